/**
 * A dependency-free static file server for the built renderer (`out/renderer`), so people can
 * join a workshop from a browser and e2e tests can drive the real build. Serves files only
 * from inside `root`, with the app's CSP. No Electron import.
 */
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from './security-policy';

export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 5180;

export const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.json': 'application/json; charset=utf-8',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.journey': 'application/x-journey+json',
};

export function mimeType(path: string): string {
  return MIME_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The file inside `root` that a request path names, or null if the path is malformed or would
 * leave `root` (`..`, encoded `%2e%2e`, backslashes, NUL bytes, absolute drive paths).
 */
export function resolveRequestPath(root: string, requestUrl: string): string | null {
  const rawPath = requestUrl.split(/[?#]/, 1)[0] ?? '';
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return null;
  }
  if (!decoded.startsWith('/') || decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/');
  if (segments.some((s) => s === '..')) return null;
  const relativePath = decoded.endsWith('/') ? `${decoded}index.html` : decoded;
  const file = resolve(root, `.${relativePath}`);
  return isInside(root, file) ? file : null;
}

function isInside(root: string, file: string): boolean {
  const rel = relative(root, file);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}

export interface StaticServerOptions {
  /** Folder to serve (absolute or relative to the current directory). */
  readonly root: string;
  readonly csp?: string;
}

export function createStaticServer({ root, csp = CONTENT_SECURITY_POLICY }: StaticServerOptions): Server {
  const rootFolder = resolve(root);
  // Resolved lazily: the folder may be rebuilt while the server runs.
  const realRoot = () => realpath(rootFolder);

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const common = {
      'Content-Security-Policy': csp,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    };
    const fail = (status: number, message: string, extra: Record<string, string> = {}) => {
      res.writeHead(status, { ...common, ...extra, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-cache' });
      res.end(req.method === 'HEAD' ? undefined : `${message}\n`);
    };

    if (req.method !== 'GET' && req.method !== 'HEAD') return fail(405, 'Method Not Allowed', { Allow: 'GET, HEAD' });
    const requested = resolveRequestPath(rootFolder, req.url ?? '/');
    if (requested === null) return fail(403, 'Forbidden');

    let file = requested;
    try {
      let info = await stat(file);
      if (info.isDirectory()) {
        file = join(file, 'index.html');
        info = await stat(file);
      }
      if (!info.isFile()) return fail(404, 'Not Found');
      // A symlink inside the folder must not lead outside it.
      const [realFile, realFolder] = await Promise.all([realpath(file), realRoot()]);
      if (!isInside(realFolder, realFile)) return fail(403, 'Forbidden');

      res.writeHead(200, {
        ...common,
        'Content-Type': mimeType(file),
        'Content-Length': String(info.size),
        // index.html names the hashed bundles: always revalidate it so a rebuild is picked up.
        'Cache-Control': extname(file).toLowerCase() === '.html' ? 'no-cache' : 'public, max-age=0, must-revalidate',
        'Last-Modified': info.mtime.toUTCString(),
      });
      if (req.method === 'HEAD') {
        res.end();
        return;
      }
      const stream = createReadStream(file);
      stream.on('error', () => res.destroy());
      stream.pipe(res);
    } catch {
      fail(404, 'Not Found');
    }
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
