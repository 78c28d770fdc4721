/** Where the renderer is loaded from, and whether a URL belongs to it. No Electron import. */
import { resolve } from 'node:path';
import { APP_INDEX_URL, isAppUrl } from './app-protocol';

export type RendererSource =
  /** Built renderer: the `out/renderer` folder, served as `app://journey/` (app-protocol.ts). */
  | { readonly kind: 'app'; readonly folder: string; readonly url: string }
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
  return { kind: 'app', folder: resolve(rendererFolder), url: APP_INDEX_URL };
}

/**
 * Whether `url` is a page of our renderer: the dev server's origin in development, else
 * `app://journey/…`. A file:// page, even one inside the built folder, is not the app.
 */
export function isRendererUrl(url: string, source: RendererSource): boolean {
  if (source.kind === 'app') return isAppUrl(url);
  try {
    return new URL(url).origin === source.origin;
  } catch {
    return false;
  }
}
