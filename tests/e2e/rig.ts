import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, serveRenderer, type Served } from './harness';

/**
 * The usual file setup: one served renderer and one Chromium for the whole file, both stopped
 * after it. Returns getters, since they exist only once `beforeAll` has run.
 */
export function useServedBrowser(): { served: () => Served; browser: () => Browser } {
  let served: Served | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    served = await serveRenderer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await served?.stop();
  });
  return {
    served: () => served ?? missing('served renderer'),
    browser: () => browser ?? missing('browser'),
  };
}

function missing(what: string): never {
  throw new Error(`The ${what} is not ready: call useServedBrowser() at the top of the test file.`);
}
