import { describe, expect, it } from 'vitest';
import { serializeWorkspace } from '../../shared/file/save';
import { multilingualWorkspace } from '../unit/export/fixtures';
import { loadedDoc } from '../unit/doc/helpers';
import { openApp, pageErrors, screenshot } from './harness';
import { pdfInfo, pdfText, pts, savePdf, squash, toPng } from './pdf-tools';
import { useServedBrowser } from './rig';

/**
 * The browser's own Print of the app page (its menu; Chromium's print engine, `page.pdf()`, fires
 * `beforeprint` as the dialog does): the open board's print document, not the window around it.
 */
const rig = useServedBrowser();

describe('the browser’s Print of the app page', () => {
  it('prints the open board’s notes on an A4 landscape page, without the toolbar; the screen is unchanged after', async () => {
    const snapshot = multilingualWorkspace('ru');
    const page = await openApp(rig.browser(), rig.served(), 'lang=ru');
    const file = serializeWorkspace(loadedDoc(snapshot), { appVersion: '0.1.0', now: new Date('2026-03-01T10:00:00Z') });
    expect((await page.evaluate((text) => window.journeyDebug.load(text), file)).ok).toBe(true);
    // What the window shows around the board: its buttons' labels (toolbar, board list, persona bar).
    const labels = await page.evaluate(() => Array.from(document.querySelectorAll('button'), (b) => b).map((b) => (b.textContent ?? '').trim()).filter((t) => t.length >= 4));
    expect(labels.length).toBeGreaterThan(5);
    const path = savePdf(await page.pdf({ preferCSSPageSize: true, printBackground: true }), 'browser-print-ru');
    const info = pdfInfo(path);
    expect(Number(info.Pages)).toBe(1);
    const [w, h] = info['Page size']!.split(' x ').map((v) => parseFloat(v));
    expect(Math.abs(w! - pts(297))).toBeLessThan(1.5);
    expect(Math.abs(h! - pts(210))).toBeLessThan(1.5);
    const text = pdfText(path);
    const board = snapshot.boards.find((b) => b.kind === 'journey')!;
    expect(text).toContain(board.title);
    expect(text).toContain('Страница 1 из 1');
    for (const note of snapshot.notes.filter((n) => n.boardId === board.id)) expect(squash(text), note.text).toContain(squash(note.text).slice(0, 12));
    const lines = new Set(text.split('\n').map((l) => l.trim()));
    for (const label of labels) expect(lines.has(label), label).toBe(false);
    toPng(path, 'browser-print-ru');
    // After printing the print section is empty again and the board is on screen as before.
    expect(await page.evaluate(() => document.getElementById('journey-print')?.childElementCount)).toBe(0);
    expect(await page.evaluate(() => window.journeyDebug.cellRect(0, 0))).not.toBeNull();
    await screenshot(page, 'browser-print-after');
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  });
});
