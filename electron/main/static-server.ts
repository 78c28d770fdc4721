/**
 * A dependency-free static file server for the built renderer (`out/renderer`), so people can
 * join a workshop from a browser and e2e tests can drive the real build. Serves files only
 * from inside `root`, with the app's CSP. No Electron import.
 */
import { createReadStream } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { CONTENT_SECURITY_POLICY } from './security-policy';
import { cacheControl, findServedFile, mimeType, servedHeaders } from './served-file';

export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 5180;

export interface StaticServerOptions {
  /** Folder to serve (absolute or relative to the current directory). */
  readonly root: string;
  readonly csp?: string;
}

export function createStaticServer({ root, csp = CONTENT_SECURITY_POLICY }: StaticServerOptions): Server {
  const rootFolder = resolve(root);

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const common = servedHeaders(csp);
    const fail = (status: number, message: string, extra: Record<string, string> = {}) => {
      res.writeHead(status, { ...common, ...extra, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-cache' });
      res.end(req.method === 'HEAD' ? undefined : `${message}\n`);
    };

    if (req.method !== 'GET' && req.method !== 'HEAD') return fail(405, 'Method Not Allowed', { Allow: 'GET, HEAD' });
    const found = await findServedFile(rootFolder, req.url ?? '/');
    if (found.status !== 200) return fail(found.status, found.status === 403 ? 'Forbidden' : 'Not Found');
    res.writeHead(200, {
      ...common,
      'Content-Type': mimeType(found.file),
      'Content-Length': String(found.size),
      'Cache-Control': cacheControl(found.file),
      'Last-Modified': found.modified.toUTCString(),
    });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    const stream = createReadStream(found.file);
    stream.on('error', () => res.destroy());
    stream.pipe(res);
  }

  return createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end();
    });
  });
}

export interface RunningServer {
  readonly server: Server;
  /** e.g. `http://127.0.0.1:5180/` */
  readonly url: string;
  readonly port: number;
  /** Stops listening and drops open (keep-alive) connections. */
  close(): Promise<void>;
}

/** Starts serving; rejects with the listen error (e.g. `EADDRINUSE`) if the port is not free. */
export function startStaticServer(options: StaticServerOptions & { readonly host?: string; readonly port?: number }): Promise<RunningServer> {
  const host = options.host ?? DEFAULT_HOST;
  const server = createStaticServer(options);
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? DEFAULT_PORT, host, () => {
      server.off('error', reject);
      const { port } = server.address() as AddressInfo;
      const shownHost = host.includes(':') ? `[${host}]` : host;
      resolvePromise({
        server,
        port,
        url: `http://${shownHost}:${port}/`,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}

/** A clear message for a failed `listen`. */
export function listenErrorMessage(error: unknown, host: string, port: number): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  switch (code) {
    case 'EADDRINUSE':
      return `Port ${port} on ${host} is already in use. Stop the program using it, pick another port with --port N, or use --port 0 for any free port.`;
    case 'EACCES':
      return `Not allowed to listen on port ${port} on ${host} (ports below 1024 need administrator rights). Pick another port with --port N.`;
    case 'EADDRNOTAVAIL':
    case 'ENOTFOUND':
      return `${host} is not an address of this machine. Use --host 127.0.0.1, --host 0.0.0.0 (all interfaces) or one of this machine's addresses.`;
    default:
      return `Could not listen on ${host}:${port}: ${error instanceof Error ? error.message : String(error)}`;
  }
}
