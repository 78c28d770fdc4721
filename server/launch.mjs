#!/usr/bin/env node
/**
 * `npm run room-server -- …` from the project root, on any Node: installs the server's own
 * packages on first use (server/package-lock.json, which brings Node 22 as the `node` package:
 * Hocuspocus 4 declares Node ≥ 22 while the app stays on Node 20), then runs server/src/cli.ts
 * on that Node 22. Signals are passed on so Ctrl+C stores every open room before it exits.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const node = join(here, 'node_modules', '.bin', process.platform === 'win32' ? 'node.cmd' : 'node');

export function ensureServerInstalled() {
  if (existsSync(node) && existsSync(join(here, 'node_modules', '@hocuspocus', 'server'))) return node;
  console.error('room-server: installing its packages (once): npm ci --prefix server');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['ci', '--no-audit', '--no-fund'], { cwd: here, stdio: 'inherit' });
  if (result.status !== 0 || !existsSync(node)) {
    console.error('room-server: could not install server/ packages (see above).');
    process.exit(1);
  }
  return node;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const bin = ensureServerInstalled();
  const child = spawn(bin, ['--disable-warning=ExperimentalWarning', join(here, 'src', 'cli.ts'), ...process.argv.slice(2)], { stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}
