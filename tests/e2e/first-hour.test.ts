/**
 * What tripped a first-time facilitator (the first-hour issue), each as a person meets it in
 * Chromium: "New board…" offers only the kinds of board to add.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, serveRenderer, type Served } from './harness';

let served: Served;
let browser: Browser;

beforeAll(async () => {
  served = await serveRenderer();
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await served?.stop();
});

async function open(lang: string): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  await page.goto(`${served.url}?debug=1&lang=${lang}`);
  await page.waitForSelector('html[data-ready="true"]');
  return page;
}

describe('the first hour', () => {
  it('"New board…" offers the templates only, never the open board’s Rename, Duplicate or Delete', async () => {
    for (const [lang, add, forbidden] of [
      ['en', 'New board…', ['Rename', 'Delete board']],
      ['ru', 'Новая доска…', ['Переименовать', 'Удалить доску']],
    ] as const) {
      const page = await open(lang);
      await page.getByRole('button', { name: add }).click();
      const menu = page.getByRole('menu');
      await menu.waitFor();
      const items = await menu.getByRole('menuitem').allTextContents();
      expect(items.length).toBe(4);
      for (const word of forbidden) expect(items.join('|')).not.toContain(word);
      const boards = (await page.evaluate(() => window.journeyDebug.snapshot()!.boards.length)) as number;
      await menu.getByRole('menuitem').first().click();
      await page.waitForFunction((n) => window.journeyDebug.snapshot()!.boards.length === n + 1, boards);
      await page.context().close();
    }
  }, 60_000);
});
