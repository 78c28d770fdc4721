/**
 * Which file of the built renderer a request names, shared by the static server (`npm run serve`)
 * and the desktop app's `app://` protocol: only files inside the folder (no `..`, no encoded
 * escapes, no symlink out of it), with their MIME type. No Electron import.
 */
import { realpath, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';

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

export function isInside(root: string, file: string): boolean {
  const rel = relative(root, file);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}

/** The headers every served file and error carries, whatever serves it. */
export function servedHeaders(csp: string): Record<string, string> {
  return { 'Content-Security-Policy': csp, 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' };
}

/** `Cache-Control` for a served file: index.html names the hashed bundles, so it is always revalidated. */
export function cacheControl(file: string): string {
  return extname(file).toLowerCase() === '.html' ? 'no-cache' : 'public, max-age=0, must-revalidate';
}

export type ServedFile =
  | { readonly status: 200; readonly file: string; readonly size: number; readonly modified: Date }
  | { readonly status: 403 | 404 };

/**
 * The file inside `root` that `requestPath` (the URL's path, still percent-encoded, with any
 * query) names: a folder means its index.html; 403 for a path that leaves `root`, also through a
 * symlink; 404 for anything that is not a regular file.
 */
export async function findServedFile(root: string, requestPath: string): Promise<ServedFile> {
  const rootFolder = resolve(root);
  const requested = resolveRequestPath(rootFolder, requestPath);
  if (requested === null) return { status: 403 };
  let file = requested;
  try {
    let info = await stat(file);
    if (info.isDirectory()) {
      file = join(file, 'index.html');
      info = await stat(file);
    }
    if (!info.isFile()) return { status: 404 };
    // Resolved at each request: the folder may be rebuilt while the app or server runs.
    const [realFile, realFolder] = await Promise.all([realpath(file), realpath(rootFolder)]);
    if (!isInside(realFolder, realFile)) return { status: 403 };
    return { status: 200, file, size: info.size, modified: info.mtime };
  } catch {
    return { status: 404 };
  }
}
