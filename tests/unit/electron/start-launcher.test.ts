import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const LAUNCHER = resolve(__dirname, '../../../electron/launcher/start.mjs');

/** An electron package folder whose binary download fails the way @electron/get does offline. */
function fakeElectron(install: string, cli = 'process.exit(0)'): string {
  const dir = mkdtempSync(join(tmpdir(), 'fake-electron-'));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'electron', version: '45.4.1', engines: { node: '>= 22.12.0' } }));
  writeFileSync(join(dir, 'install.js'), install);
  writeFileSync(join(dir, 'cli.js'), cli);
  return dir;
}

function run(dir: string) {
  const env: NodeJS.ProcessEnv = { ...process.env, JOURNEY_ELECTRON_DIR: dir };
  delete env['ELECTRON_OVERRIDE_DIST_PATH'];
  return spawnSync(process.execPath, [LAUNCHER], { encoding: 'utf8', env });
}

describe('npm start without a downloadable Electron binary', () => {
  it('explains in one paragraph what happened and what to do, without a stack trace', () => {
    const dir = fakeElectron(`console.error('TypeError: fetch failed\\n    at node:internal/deps/undici/undici:13502:13\\n    at async downloadArtifact'); process.exit(1);`);
    const result = run(dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("Electron 45.4.1's binary is downloaded on first start, and that failed (the download could not reach the internet)");
    expect(result.stderr).toContain('ELECTRON_MIRROR');
    expect(result.stderr).toContain('npm run serve');
    expect(result.stderr).not.toMatch(/^\s+at /m);
  });

  it('starts Electron on the app when the binary is there', () => {
    const dir = fakeElectron('process.exit(0)', `process.stdout.write('electron args: ' + process.argv.slice(2).join(' ')); process.exit(3);`);
    const result = run(dir);
    expect(result.stdout).toBe('electron args: .');
    expect(result.status).toBe(3);
  });
});
