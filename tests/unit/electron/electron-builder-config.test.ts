/**
 * build/electron-builder.yml, loaded and validated the way `electron-builder` does it (its own
 * loader and JSON schema from app-builder-lib, which electron-builder depends on), so a
 * misspelt option fails here rather than at packaging time on a release machine.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './bundle-for-node';

interface BuilderConfig {
  appId?: string;
  productName?: string;
  files?: unknown;
  directories?: { output?: string };
  fileAssociations?: unknown[];
  electronFuses?: Record<string, boolean>;
  mac?: { target?: unknown };
  win?: { target?: unknown };
  linux?: { target?: unknown };
}
interface ConfigModule {
  getConfig(projectDir: string, configPath: string | null, configFromOptions: null): Promise<BuilderConfig>;
  validateConfiguration(config: BuilderConfig, debugLogger: unknown): Promise<void>;
}

const require = createRequire(import.meta.url);
const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as ConfigModule;
const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };

describe('build/electron-builder.yml', () => {
  it('passes electron-builder\'s schema and says what the release needs', async () => {
    const config = await getConfig(REPO_ROOT, 'build/electron-builder.yml', null);
    await validateConfiguration(config, new DebugLogger(false));
    expect(config).toMatchObject({
      appId: 'app.journey.desktop',
      productName: 'Journey',
      directories: { output: 'release' },
      fileAssociations: [{ ext: 'journey', name: 'Journey workspace', role: 'Editor', mimeType: 'application/x-journey+json' }],
      electronFuses: {
        runAsNode: false,
        enableNodeOptionsEnvironmentVariable: false,
        enableNodeCliInspectArguments: false,
        enableEmbeddedAsarIntegrityValidation: true,
        onlyLoadAppFromAsar: true,
        enableCookieEncryption: true,
        // The renderer is served from app://journey/ (app-protocol.ts), so file:// needs no extra rights.
        grantFileProtocolExtraPrivileges: false,
        // Apple Silicon kills an app whose signature the flip voided: re-sign ad hoc.
        resetAdHocDarwinSignature: true,
      },
      mac: { target: 'dmg' },
      win: { target: 'nsis' },
      linux: { target: ['AppImage', 'deb'] },
    });
    expect(JSON.stringify(config.files)).toContain('out/**');
    expect(JSON.stringify(config.files)).toContain('package.json');
  }, 20_000);

  it('rejects a misspelt fuse (the validation is real)', async () => {
    const config = await getConfig(REPO_ROOT, 'build/electron-builder.yml', null);
    const broken = { ...config, electronFuses: { ...config.electronFuses, runAsNodee: false } };
    await expect(validateConfiguration(broken, new DebugLogger(false))).rejects.toThrow(/electronFuses/);
  }, 20_000);
});

describe('journey:// on Windows', () => {
  it('the NSIS installer registers the scheme itself (electron-builder’s `protocols` reaches macOS and Linux only)', async () => {
    const config = (await getConfig(REPO_ROOT, 'build/electron-builder.yml', null)) as BuilderConfig & { nsis?: { include?: string }; protocols?: { schemes: string[] }[] };
    expect(config.protocols?.flatMap((p) => p.schemes)).toEqual(['journey']);
    const include = config.nsis?.include;
    expect(include).toBe('build/installer.nsh');
    const script = readFileSync(join(REPO_ROOT, include!), 'utf8');
    // A URL protocol key whose open command starts the installed executable with the link.
    expect(script).toMatch(/!macro customInstall[\s\S]*WriteRegStr SHCTX "Software\\Classes\\journey" "URL Protocol" ""[\s\S]*!macroend/);
    expect(script).toContain(`WriteRegStr SHCTX "Software\\Classes\\journey\\shell\\open\\command" "" '"$appExe" "%1"'`);
    // The uninstaller removes it again, only when it is still ours.
    expect(script).toMatch(/!macro customUnInstall[\s\S]*DeleteRegKey SHCTX "Software\\Classes\\journey"[\s\S]*!macroend/);
  }, 20_000);
});

describe('app icons', () => {
  const read = (name: string) => readFileSync(join(REPO_ROOT, 'build', name));
  it('every OS gets its icon, generated from build/icon.svg: a 1024 px PNG, an ICO up to 256 px, an ICNS up to 1024 px', async () => {
    const config = (await getConfig(REPO_ROOT, 'build/electron-builder.yml', null)) as BuilderConfig & { mac?: { icon?: string }; win?: { icon?: string }; linux?: { icon?: string }; extraResources?: unknown };
    expect([config.mac?.icon, config.win?.icon, config.linux?.icon]).toEqual(['build/icon.icns', 'build/icon.ico', 'build/icon.png']);
    expect(config.extraResources).toEqual([{ from: 'build/icon.png', to: 'icon.png' }]);
    const png = read('icon.png');
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1024, 1024]);
    const ico = read('icon.ico');
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    const sizes = Array.from({ length: ico.readUInt16LE(4) }, (_, i) => ico.readUInt8(6 + 16 * i) || 256);
    expect(sizes).toEqual([16, 24, 32, 48, 64, 128, 256]);
    const icns = read('icon.icns');
    expect(icns.subarray(0, 4).toString('ascii')).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const types: string[] = [];
    for (let at = 8; at < icns.length; at += icns.readUInt32BE(at + 4)) types.push(icns.subarray(at, at + 4).toString('ascii'));
    expect(types).toEqual(expect.arrayContaining(['ic10', 'ic09', 'ic08', 'ic07', 'icp4']));
  });
});
