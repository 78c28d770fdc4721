/**
 * The app's security rules as plain data and functions, shared by the Electron glue
 * (`window.ts`) and the static server. No Electron import.
 */

/**
 * The Content-Security-Policy of every page we serve. The built `index.html` carries the same
 * policy in a `<meta>` tag (file:// pages get no response headers), added by the renderer build
 * in `electron.vite.config.ts`; a test keeps the two equal.
 * `connect-src` allows ws/http(s) for WebRTC signaling servers the user configures.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' ws: wss: http: https:",
].join('; ');

/**
 * Development only (`electron-vite dev`, never built files): @vitejs/plugin-react injects an
 * inline module script (the React Refresh preamble), which `script-src 'self'` would block.
 */
export const DEV_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'");

/** Response headers with our CSP replacing any the response had (header names are case-insensitive). */
export function withCspHeader(
  headers: Readonly<Record<string, string | string[]>> | undefined,
  csp: string = CONTENT_SECURITY_POLICY,
): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() === 'content-security-policy') continue;
    result[name] = Array.isArray(value) ? [...value] : [value];
  }
  result['Content-Security-Policy'] = [csp];
  return result;
}

/** Web permissions the renderer may have: copying and pasting notes. Everything else is denied. */
export const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set(['clipboard-read', 'clipboard-sanitized-write']);

export function isPermissionAllowed(permission: string): boolean {
  return ALLOWED_PERMISSIONS.has(permission);
}

/** Links that may be handed to the OS (browser, mail client). Never file:, javascript:, custom schemes. */
export function isSafeExternalUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:' || protocol === 'mailto:';
  } catch {
    return false;
  }
}
