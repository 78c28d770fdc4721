/**
 * `node out/main/serve-cli.js [--port N] [--host H] [--root DIR]`: serves the built renderer.
 * Prints `Journey is served at http://HOST:PORT/` once listening (tests wait for that line) and
 * stops cleanly on SIGINT/SIGTERM. A busy port is an error (exit 1), unless `--port 0`.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseServeArgs, SERVE_USAGE } from './serve-args';
import { listenErrorMessage, startStaticServer } from './static-server';

const args = parseServeArgs(process.argv.slice(2));
if (args.kind === 'help') {
  console.log(SERVE_USAGE);
} else if (args.kind === 'error') {
  console.error(args.message);
  process.exitCode = 1;
} else {
  const { host, port } = args.options;
  // Built as out/main/serve-cli.js; the renderer is built to out/renderer.
  const root = resolve(args.options.root ?? join(dirname(fileURLToPath(import.meta.url)), '../renderer'));
  if (!existsSync(join(root, 'index.html'))) {
    console.error(`There is no index.html in ${root}. Build the app first (npm run build), or pass --root FOLDER.`);
    process.exitCode = 1;
  } else {
    startStaticServer({ root, host, port }).then(
      (running) => {
        console.log(`Journey is served at ${running.url}`);
        let stopping = false;
        const stop = (signal: NodeJS.Signals) => {
          if (stopping) return;
          stopping = true;
          console.log(`\n${signal}: stopping the server.`);
          void running.close().then(() => process.exit(0));
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      },
      (error: unknown) => {
        console.error(listenErrorMessage(error, host, port));
        process.exit(1);
      },
    );
  }
}
