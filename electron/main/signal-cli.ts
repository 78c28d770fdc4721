/**
 * `node out/main/signal-cli.js [--port N] [--host H]` (`npm run signal -- --port N`): the
 * signaling server the desktop app hosts, standalone, for teams that run their own.
 * Prints `Journey signaling at ws://HOST:PORT` once listening; stops on SIGINT/SIGTERM.
 */
import { startSignalingServer } from './signaling/server';

const USAGE = `Usage: npm run signal -- [--port N] [--host H]
  --port N   port to listen on (default 4444; 0 = any free port)
  --host H   address to listen on (default 0.0.0.0 = every interface; 127.0.0.1 = this machine only)`;

function parse(argv: readonly string[]): { host: string; port: number } | string | null {
  let host = '0.0.0.0';
  let port = 4444;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = argv[i + 1];
    if (arg === '--help' || arg === '-h') return null;
    if (arg === '--port' && value !== undefined) {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 0 || n > 65535) return `--port must be a number from 0 to 65535, not ${JSON.stringify(value)}.`;
      port = n;
      i++;
    } else if (arg === '--host' && value !== undefined) {
      host = value;
      i++;
    } else return `Unknown argument ${JSON.stringify(arg)}.\n${USAGE}`;
  }
  return { host, port };
}

const parsed = parse(process.argv.slice(2));
if (parsed === null) console.log(USAGE);
else if (typeof parsed === 'string') {
  console.error(parsed);
  process.exitCode = 1;
} else {
  startSignalingServer(parsed).then(
    (running) => {
      console.log(`Journey signaling at ${running.url}`);
      let stopping = false;
      const stop = (signal: NodeJS.Signals) => {
        if (stopping) return;
        stopping = true;
        console.log(`\n${signal}: stopping the signaling server.`);
        void running.close().then(() => process.exit(0));
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    },
    (error: unknown) => {
      console.error(`Could not listen on ${parsed.host}:${parsed.port}: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}
