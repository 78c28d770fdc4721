/**
 * The desktop app serves its renderer through `app://journey/` (electron/main/app-protocol.ts).
 * Electron cannot run here, so Chromium is given the real built `out/renderer` with every response
 * (status, headers, bytes) made by that same handler: the page's requests are routed to it. The
 * app must start, draw its board and show no CSP or loading errors — so nothing in the build
 * depends on file://, and the handler's MIME types, CSP and bytes are right.
 */
import { readdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { appProtocolResponse } from '../../electron/main/app-protocol';
import { launchBrowser, screenshot } from './harness';

const RENDERER = resolve(dirname(fileURLToPath(import.meta.url)), '../../out/renderer');
/** Chromium routes only http(s); the path and query go to the handler as app://journey/… */
const ORIGIN = 'http://journey.invalid';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the renderer through the app:// handler', () => {
  it('starts, draws the sample board and loads its lazy chunks with no CSP or load errors', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const served: { path: string; status: number; type: string }[] = [];
    await context.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      if (url.origin !== ORIGIN) return route.abort();
      const response = await appProtocolResponse(new Request(`app://journey${url.pathname}${url.search}`, { method: route.request().method() }), RENDERER);
      served.push({ path: url.pathname, status: response.status, type: response.headers.get('content-type') ?? '' });
      const headers: Record<string, string> = {};
      response.headers.forEach((value, name) => {
        headers[name] = value;
      });
      await route.fulfill({ status: response.status, headers, body: Buffer.from(await response.arrayBuffer()) });
    });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    await page.goto(`${ORIGIN}/index.html?debug=1&sample=1&guide=0`);
    await page.waitForSelector('html[data-ready="true"]');
    await page.waitForFunction(() => window.journeyDebug?.cellRect(0, 0) !== null);
    expect(await page.evaluate(() => window.journeyDebug.snapshot()?.notes.length ?? 0)).toBeGreaterThan(10);
    // A lazy chunk: the print fonts are loaded on first use.
    await page.evaluate(() => window.journeyDebug.exports.printHtml({}));
    await screenshot(page, 'app-protocol-sample');

    expect(problems).toEqual([]);
    expect(served.filter((s) => s.status !== 200)).toEqual([]);
    for (const s of served.filter((r) => r.path.endsWith('.js'))) expect(s.type, s.path).toBe('text/javascript; charset=utf-8');
    expect(served.some((s) => s.path.endsWith('.css'))).toBe(true);
    await context.close();
  });

  it('every file of the build is served with a known type', async () => {
    const files = (await readdir(RENDERER, { recursive: true, withFileTypes: true })).filter((e) => e.isFile());
    expect(files.length).toBeGreaterThan(3);
    for (const entry of files) {
      const path = join(entry.parentPath, entry.name).slice(RENDERER.length).split('\\').join('/');
      const response = await appProtocolResponse(new Request(`app://journey${path.split('/').map(encodeURIComponent).join('/')}`), RENDERER);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type'), path).not.toBe('application/octet-stream');
    }
  });
});
