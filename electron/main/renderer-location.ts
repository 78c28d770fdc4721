/** Where the renderer is loaded from, and whether a URL belongs to it. No Electron import. */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export type RendererSource =
  /** Built renderer: `out/renderer/index.html` loaded from disk. */
  | { readonly kind: 'file'; readonly folder: string; readonly indexFile: string }
  /** electron-vite's dev server (`ELECTRON_RENDERER_URL`). */
  | { readonly kind: 'dev'; readonly url: string; readonly origin: string };

/**
 * The dev server URL is honoured only in unpackaged runs: a packaged app must never be pointed at
 * another page (which would get the preload's HostApi) by an environment variable.
 */
export function rendererSource(rendererFolder: string, devUrl: string | undefined, isPackaged: boolean): RendererSource {
  if (!isPackaged && devUrl) {
    try {
      const url = new URL(devUrl);
      if (url.protocol === 'http:' || url.protocol === 'https:') return { kind: 'dev', url: url.href, origin: url.origin };
    } catch {
      // Not a URL: fall back to the built files.
    }
  }
  const folder = resolve(rendererFolder);
  return { kind: 'file', folder, indexFile: resolve(folder, 'index.html') };
}

/** Whether `url` is a page of our renderer (same dev-server origin, or a file inside the built folder). */
export function isRendererUrl(url: string, source: RendererSource): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (source.kind === 'dev') return parsed.origin === source.origin;
  if (parsed.protocol !== 'file:' || (parsed.host !== '' && parsed.host !== 'localhost')) return false;
  parsed.search = '';
  parsed.hash = '';
  let path: string;
  try {
    path = fileURLToPath(parsed);
  } catch {
    return false;
  }
  const inside = relative(source.folder, path);
  return inside !== '' && inside !== '..' && !inside.startsWith(`..${sep}`) && !isAbsolute(inside);
}
