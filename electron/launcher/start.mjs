#!/usr/bin/env node
// `npm start`: build, then start Electron on the built app. Electron's binary (about 100 MB) is
// not in the npm package: it is downloaded on first start. When that download cannot happen
// (offline, a proxy, a firewall), @electron/get ends in a raw "fetch failed" stack trace; this
// launcher says instead, in one paragraph, what happened and what to do.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
// JOURNEY_ELECTRON_DIR: another electron package folder (the launcher's test gives a fake one).
const electronDir = process.env.JOURNEY_ELECTRON_DIR ?? dirname(require.resolve('electron/package.json'));
const { version, engines } = require(join(electronDir, 'package.json'));

function nodeIsOldForElectronTooling() {
  const [major, minor] = process.versions.node.split('.').map(Number);
  return major < 22 || (major === 22 && minor < 12);
}

// 1. The binary: present, or fetched now with the output kept for a readable explanation.
if (!process.env.ELECTRON_OVERRIDE_DIST_PATH) {
  const install = spawnSync(process.execPath, [join(electronDir, 'install.js')], { encoding: 'utf8' });
  if (install.status !== 0) {
    const output = `${install.stdout ?? ''}${install.stderr ?? ''}`;
    const reason = /ENOTFOUND|EAI_AGAIN|fetch failed|ECONNREFUSED|ETIMEDOUT|ECONNRESET|getaddrinfo/i.test(output)
      ? 'the download could not reach the internet'
      : (output.split('\n').find((line) => line.trim() !== '') ?? `install.js exited with ${install.status}`).trim();
    console.error(
      [
        '',
        `Journey could not start: Electron ${version}'s binary is downloaded on first start, and that failed (${reason}).`,
        'What to do: connect to the internet (behind a proxy, set HTTPS_PROXY) and run `npm start` again;',
        'or point ELECTRON_MIRROR at a mirror you can reach; or download',
        `electron-v${version}-${process.platform}-${process.arch}.zip from https://github.com/electron/electron/releases,`,
        'unzip it and set ELECTRON_OVERRIDE_DIST_PATH to that folder.',
        nodeIsOldForElectronTooling()
          ? `Electron's tooling declares Node ${engines?.node ?? '>= 22.12'}; this is Node ${process.versions.node}: use Node 22.12 or newer for \`npm start\` and \`npm run dist\`.`
          : '',
        'Without Electron, `npm run serve` runs the same app in a browser (live sessions included).',
        '',
      ]
        .filter((line) => line !== '')
        .join('\n'),
    );
    process.exit(1);
  }
}

// 2. Start the app; Electron's exit code is ours.
const child = spawn(process.execPath, [join(electronDir, 'cli.js'), '.', ...process.argv.slice(2)], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
