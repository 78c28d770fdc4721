/** Command-line options of `serve-cli`. */
import { DEFAULT_HOST, DEFAULT_PORT } from './static-server';

export interface ServeOptions {
  readonly host: string;
  readonly port: number;
  /** Folder to serve; null means "the renderer built next to this script". */
  readonly root: string | null;
}

export type ServeArgs = { readonly kind: 'run'; readonly options: ServeOptions } | { readonly kind: 'help' } | { readonly kind: 'error'; readonly message: string };

export const SERVE_USAGE = `Usage: node out/main/serve-cli.js [--port N] [--host ADDRESS] [--root FOLDER]

Serves the built Journey renderer over HTTP.
  --port N          port to listen on (default ${DEFAULT_PORT}; 0 = any free port)
  --host ADDRESS    address to bind (default ${DEFAULT_HOST}; 0.0.0.0 = every interface)
  --root FOLDER     folder to serve (default: the renderer built next to this script)`;

export function parseServeArgs(argv: readonly string[]): ServeArgs {
  let host = DEFAULT_HOST;
  let port = DEFAULT_PORT;
  let root: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--help' || arg === '-h') return { kind: 'help' };
    const match = /^--(port|host|root)(?:=(.*))?$/.exec(arg);
    if (!match) return { kind: 'error', message: `Unknown argument "${arg}".\n\n${SERVE_USAGE}` };
    const name = match[1];
    const value = match[2] ?? argv[++i];
    if (value === undefined || value === '') return { kind: 'error', message: `--${name} needs a value.\n\n${SERVE_USAGE}` };
    if (name === 'port') {
      if (!/^\d{1,5}$/.test(value) || Number(value) > 65535) return { kind: 'error', message: `--port must be a whole number from 0 to 65535, not "${value}".` };
      port = Number(value);
    } else if (name === 'host') {
      host = value;
    } else {
      root = value;
    }
  }
  return { kind: 'run', options: { host, port, root } };
}
