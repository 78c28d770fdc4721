import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { serializeWorkspace } from '../../shared/file/save';
import { benchWorkspace, type WorkspaceSnapshot } from '../../shared/model';
import { loadedDoc } from '../unit/doc/helpers';
import { multilingualWorkspace } from '../unit/export/fixtures';
import { ARTIFACTS, cellCenter, openApp, pageErrors, screenshot } from './harness';
import { useServedBrowser } from './rig';

/** PNG in tiles, CSV round trip and import errors through the app, and the Export/Print dialog as a person uses it. */
const rig = useServedBrowser();
const fileOf = (snapshot: WorkspaceSnapshot) => serializeWorkspace(loadedDoc(snapshot), { appVersion: '0.1.0', now: new Date('2026-03-01T10:00:00Z') });

async function appWith(snapshot: WorkspaceSnapshot, lang = 'en'): Promise<Page> {
  const page = await openApp(rig.browser(), rig.served(), `lang=${lang}`);
  expect((await page.evaluate((text) => window.journeyDebug.load(text), fileOf(snapshot))).ok).toBe(true);
  return page;
}

function pngSize(dataUrl: string): { width: number; height: number; bytes: Buffer } {
  const bytes = Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64');
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20), bytes };
}

describe('exports in the app', () => {
  it('PNG at 1×, 2× and 4× drawn in tiles is the whole board, and its pixels are the board’s colours', async () => {
    const page = await appWith(multilingualWorkspace('ru'), 'ru');
    const one = await page.evaluate(() => window.journeyDebug.exports.png({ pixelRatio: 1 }));
    const two = await page.evaluate(() => window.journeyDebug.exports.png({ pixelRatio: 2, tileSize: 700 }));
    const four = await page.evaluate(() => window.journeyDebug.exports.png({ pixelRatio: 4, tileSize: 2048 }));
    const a = pngSize(one.dataUrl);
    const b = pngSize(two.dataUrl);
    const c = pngSize(four.dataUrl);
    expect([b.width, b.height]).toEqual([a.width * 2, a.height * 2]);
    expect([c.width, c.height]).toEqual([a.width * 4, a.height * 4]);
    expect(two.tiles).toBeGreaterThan(4);
    mkdirSync(join(ARTIFACTS, 'print'), { recursive: true });
    writeFileSync(join(ARTIFACTS, 'print', 'board-2x.png'), b.bytes);
    // Decode the tiled 2× image in the page and look at a note's fill: the note colour, not blank.
    const fill = await page.evaluate(async (url) => {
      const img = new Image();
      img.src = url;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.width;
      canvas.height = img.height;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      // Stage 1, first lane, first note: laneLabelWidth 190 + padding 12, header 72 + padding 12, at 2×.
      return [...ctx.getImageData((190 + 12 + 80) * 2, (72 + 12 + 100) * 2, 1, 1).data];
    }, two.dataUrl);
    expect(fill.slice(0, 3)).toEqual([0xff, 0xf3, 0xa3]);
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  });

  it('CSV exported and imported back adds the same notes in one undo step; a malformed CSV imports nothing and says why per row', async () => {
    const page = await appWith(multilingualWorkspace('id'), 'id');
    const before = await page.evaluate(() => window.journeyDebug.snapshot()!.notes.length);
    const csv = await page.evaluate(() => window.journeyDebug.exports.csv());
    expect(csv).toContain("'=HYPERLINK");
    const bad = 'stage,lane,text,impact\nAwareness,Nope,x,\nAwareness,Customer actions,y,7\n';
    const refused = await page.evaluate((text) => window.journeyDebug.exports.importCsv(text), bad);
    expect(refused.imported).toBe(0);
    // Line 2's lane and line 3's impact (and both stages: the Indonesian board has no stage "Awareness"), each with its line.
    expect(refused.errors.length).toBeGreaterThanOrEqual(2);
    expect(refused.errors.some((e) => /^Baris 2: tidak ada jalur “Nope”/.test(e))).toBe(true);
    expect(refused.errors.some((e) => /^Baris 3: dampak harus bilangan bulat 1–5, bukan “7”/.test(e))).toBe(true);
    expect(await page.evaluate(() => window.journeyDebug.snapshot()!.notes.length)).toBe(before);
    const done = await page.evaluate((text) => window.journeyDebug.exports.importCsv(text), csv);
    expect(done).toEqual({ imported: before, errors: [] });
    expect(await page.evaluate(() => window.journeyDebug.snapshot()!.notes.length)).toBe(2 * before);
    const cell = await cellCenter(page, 4, 6);
    await page.mouse.click(cell.x, cell.y);
    await page.keyboard.press('Control+z');
    expect(await page.evaluate(() => window.journeyDebug.snapshot()!.notes.length)).toBe(before);
    await page.context().close();
  });

  it('the Export/Print dialog: Ctrl+P opens it, a poster shows its page count, the preview shows the pages', async () => {
    const page = await appWith(multilingualWorkspace('en'));
    const cell = await cellCenter(page, 4, 6);
    await page.mouse.click(cell.x, cell.y);
    await page.keyboard.press('Control+p');
    const dialog = page.getByRole('dialog', { name: 'Export and print' });
    await dialog.waitFor();
    await dialog.getByLabel('Layout').selectOption('poster');
    await dialog.getByLabel('Paper').selectOption('A4');
    await expect.poll(() => dialog.getByRole('status').first().textContent()).toMatch(/^\d+ pages$/);
    const count = Number((await dialog.getByRole('status').first().textContent())!.split(' ')[0]);
    expect(count).toBeGreaterThanOrEqual(4);
    await dialog.getByRole('button', { name: 'Preview' }).click();
    await dialog.locator('iframe.export-preview').waitFor();
    await page.waitForTimeout(500);
    await screenshot(page, 'export-dialog');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  });

  it('a 2,000-note board exports to PNG 2× in tiles', async () => {
    const page = await appWith(benchWorkspace(2000));
    const png = await page.evaluate(() => window.journeyDebug.exports.png({ pixelRatio: 2 }).then((r) => ({ width: r.width, height: r.height, tiles: r.tiles, length: r.dataUrl.length })));
    expect(png.width).toBeGreaterThan(16_000);
    expect(png.tiles).toBeGreaterThan(1);
    expect(png.length).toBeGreaterThan(1000);
    await page.context().close();
  }, 300_000);
});
