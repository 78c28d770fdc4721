/**
 * The desktop renderer is served from `app://journey/…` (Electron's security checklist: prefer a
 * custom protocol to file://, so the GrantFileProtocolExtraPrivileges fuse can be off). Only the
 * built `out/renderer` folder is reachable through it; no Electron import beyond types, so the
 * handler is tested as a plain function.
 */
import { readFile } from 'node:fs/promises';
import type { CustomScheme } from 'electron';
import { CONTENT_SECURITY_POLICY } from './security-policy';
import { cacheControl, findServedFile, mimeType, servedHeaders } from './served-file';

export const APP_SCHEME = 'app';
/** The one host: `app://journey/index.html`. Any other host is refused. */
export const APP_HOST = 'journey';
export const APP_INDEX_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * Registered before `ready`. `standard` gives the pages a real origin (relative URLs, localStorage,
 * IndexedDB, `'self'` in the CSP); `secure` makes it a secure context (clipboard, crypto.subtle);
 * `supportFetchAPI` lets the renderer fetch its own lazy chunks; `codeCache` keeps start-up fast.
 * Not `bypassCSP`, not `corsEnabled`, no service workers.
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
};

/** Whether `url` is one of our pages: `app://journey/` followed by a path inside the folder. */
export function isAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST || parsed.username || parsed.password || parsed.port) return false;
  // `new URL` has already folded `..`, so a path that still carries an encoded one is refused.
  return !/%2e%2e|%2f|%5c|%00/i.test(parsed.pathname);
}

const plain = (status: number, text: string, csp: string, extra: Record<string, string> = {}) =>
  new Response(text, { status, headers: { ...servedHeaders(csp), ...extra, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-cache' } });

/**
 * The response to a request on `app://`: the file of `folder` its path names, with its MIME type
 * and our CSP; 405 for anything but GET/HEAD, 404 for another host or a missing file, 403 for a
 * path that would leave the folder.
 */
export async function appProtocolResponse(request: Pick<Request, 'url' | 'method'>, folder: string, csp: string = CONTENT_SECURITY_POLICY): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method Not Allowed', csp, { Allow: 'GET, HEAD' });
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return plain(400, 'Bad Request', csp);
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return plain(404, 'Not Found', csp);
  const found = await findServedFile(folder, url.pathname);
  if (found.status !== 200) return plain(found.status, found.status === 403 ? 'Forbidden' : 'Not Found', csp);
  const headers = {
    ...servedHeaders(csp),
    'Content-Type': mimeType(found.file),
    'Content-Length': String(found.size),
    'Cache-Control': cacheControl(found.file),
  };
  if (request.method === 'HEAD') return new Response(null, { status: 200, headers });
  try {
    return new Response(new Uint8Array(await readFile(found.file)), { status: 200, headers });
  } catch {
    return plain(404, 'Not Found', csp);
  }
}
