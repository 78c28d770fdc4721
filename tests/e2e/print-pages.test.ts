import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { serializeWorkspace } from '../../shared/file/save';
import { byOrder, newId, ordersBetween, type Locale, type Note, type WorkspaceSnapshot } from '../../shared/model';
import type { PrintOptions } from '../../shared/export/print-document';
import { loadedDoc } from '../unit/doc/helpers';
import { multilingualWorkspace, NOW } from '../unit/export/fixtures';
import { openApp, pageErrors } from './harness';
import { pdfImages, pdfInfo, pdfText, savePdf, squash, toPng } from './pdf-tools';
import { useServedBrowser } from './rig';

/** Persona pages with photos, and an insights summary too long for one page, printed by Chromium's print engine and read back with poppler. */
const rig = useServedBrowser();
const fileOf = (snapshot: WorkspaceSnapshot) => serializeWorkspace(loadedDoc(snapshot), { appVersion: '0.1.0', now: new Date('2026-03-01T10:00:00Z') });

async function appWith(snapshot: WorkspaceSnapshot, lang: Locale = 'en'): Promise<Page> {
  const page = await openApp(rig.browser(), rig.served(), `lang=${lang}`);
  expect((await page.evaluate((text) => window.journeyDebug.load(text), fileOf(snapshot))).ok).toBe(true);
  return page;
}

async function printPdf(page: Page, options: Partial<PrintOptions>, name: string): Promise<{ path: string; pages: number }> {
  const { html, pages } = await page.evaluate((o) => window.journeyDebug.exports.printHtml(o), options);
  const printer = await page.context().newPage();
  await printer.setContent(html, { waitUntil: 'load' });
  await printer.evaluate(() => document.fonts.ready.then(() => undefined));
  const pdf = await printer.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: true });
  await printer.close();
  return { path: savePdf(pdf, name), pages };
}

const PAINS = [
  'клиент ждёт ответа поддержки слишком долго и уходит к конкуренту',
  'не понимает, сколько стоит доставка, пока не дойдёт до оплаты',
  'pelanggan bingung dengan pilihan paket dan biaya tambahan yang tersembunyi',
  'the checkout asks for the same address twice 😤',
];

/** The board with `count` more notes in its pain-point and opportunity lanes, spread over its stages; some notes span several lines. */
function longSummary(locale: Locale, count: number): { snapshot: WorkspaceSnapshot; texts: string[] } {
  const base = multilingualWorkspace(locale);
  const board = base.boards.find((b) => b.kind === 'journey')!;
  const stages = base.stages.filter((s) => s.boardId === board.id).sort(byOrder);
  const lanes = base.lanes.filter((l) => l.boardId === board.id && (l.kind === 'painPoints' || l.kind === 'opportunities'));
  const notes: Note[] = [...base.notes];
  const texts: string[] = [];
  const last = base.notes.map((n) => n.order).sort().at(-1) ?? null;
  const orders = ordersBetween(last, null, count);
  for (let i = 0; i < count; i++) {
    const lane = lanes[i % lanes.length]!;
    const stage = stages[Math.floor(i / lanes.length) % stages.length]!;
    const text = `№${i + 1} ${PAINS[i % PAINS.length]}${i % 7 === 0 ? `\n${PAINS[(i + 1) % PAINS.length]}\n${PAINS[(i + 2) % PAINS.length]}` : ''}`;
    texts.push(text);
    notes.push({ id: newId(), boardId: board.id, stageId: stage.id, laneId: lane.id, order: orders[i]!, text, color: 'pink', width: 160, height: 110, author: 'Ана', createdAt: NOW });
  }
  return { snapshot: { ...base, notes }, texts };
}

describe('print pages beyond the board', () => {
  it('an insights summary longer than a page goes on over more pages, and every item is in the PDF once', async () => {
    const { snapshot, texts } = longSummary('ru', 260);
    const page = await appWith(snapshot, 'ru');
    const { path, pages } = await printPdf(page, { paper: 'A4', orientation: 'portrait', layout: 'fit', insights: true }, 'insights-long-ru');
    expect(Number(pdfInfo(path).Pages)).toBe(pages);
    // One board page, then the summary over several pages.
    expect(pages).toBeGreaterThanOrEqual(4);
    let summary = '';
    for (let p = 2; p <= pages; p++) {
      const text = pdfText(path, p);
      expect(text).toContain(`Страница ${p} из ${pages}`);
      summary += text;
    }
    const all = squash(summary);
    for (const text of texts) {
      const key = squash(text);
      expect(all.includes(key), text).toBe(true);
      // Once: a page's cut-off part is never repeated on the next page.
      expect(all.indexOf(key, all.indexOf(key) + 1), text).toBe(-1);
    }
    // The last item made it (nothing past the last column is hidden).
    expect(all).toContain(squash(texts.at(-1)!));
    toPng(path, 'insights-long-ru', 40);
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  }, 120_000);

  it('a persona with a photo prints it on its page; one without shows its initial', async () => {
    const base = multilingualWorkspace('en');
    const page = await appWith(base, 'en');
    // A real photo-sized PNG drawn in the page (what the persona card's downscaling stores).
    const photo = await page.evaluate(() => {
      const canvas = document.createElement('canvas');
      canvas.width = 240;
      canvas.height = 240;
      const ctx = canvas.getContext('2d')!;
      const gradient = ctx.createLinearGradient(0, 0, 240, 240);
      gradient.addColorStop(0, '#e8590c');
      gradient.addColorStop(1, '#1c7ed6');
      ctx.fillStyle = gradient;
      ctx.fillRect(0, 0, 240, 240);
      return canvas.toDataURL('image/png');
    });
    const [first, second] = [...base.personas].sort(byOrder);
    const snapshot = { ...base, personas: base.personas.map((p) => (p.id === first!.id ? { ...p, photo } : { ...p, photo: undefined })) };
    expect((await page.evaluate((text) => window.journeyDebug.load(text), fileOf(snapshot))).ok).toBe(true);
    const { path, pages } = await printPdf(page, { paper: 'A4', orientation: 'portrait', layout: 'fit', personaPages: true }, 'persona-photo-en');
    expect(pages).toBe(1 + snapshot.personas.length);
    expect(Number(pdfInfo(path).Pages)).toBe(pages);
    const images = pdfImages(path);
    // Page 2 is the first persona's: its photo is there at its own resolution; page 3 (no photo) has none.
    const onPersona = images.filter((i) => i.page === 2 && i.type === 'image');
    expect(onPersona.length).toBe(1);
    expect(onPersona[0]).toMatchObject({ width: 240, height: 240 });
    expect(images.filter((i) => i.page === 3 && i.type === 'image')).toEqual([]);
    expect(pdfText(path, 2)).toContain(first!.name);
    expect(pdfText(path, 3)).toContain(second!.name);
    toPng(path, 'persona-photo-en', 50);
    await page.context().close();
  });
});
