import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { serializeWorkspace } from '../../shared/file/save';
import { DEFAULT_PRINT_OPTIONS, planBoards, type PrintOptions } from '../../shared/export/print-document';
import { byOrder, benchWorkspace, type Locale, type WorkspaceSnapshot } from '../../shared/model';
import { loadedDoc } from '../unit/doc/helpers';
import { multilingualWorkspace, STAGE_TEXTS } from '../unit/export/fixtures';
import { ARTIFACTS, openApp, pageErrors } from './harness';
import { useServedBrowser } from './rig';

/**
 * The print document rendered to PDF by Chromium's print engine (`page.pdf()`, what Electron's
 * `printToPDF` uses) and checked with poppler: real text in stage order, embedded fonts, page
 * count and size, tagged, an outline per board and stage. Pages are also turned into PNGs
 * (tests/e2e/artifacts/print-*) to look at.
 */
const rig = useServedBrowser();
const OUT = join(ARTIFACTS, 'print');

const fileOf = (snapshot: WorkspaceSnapshot) => serializeWorkspace(loadedDoc(snapshot), { appVersion: '0.1.0', now: new Date('2026-03-01T10:00:00Z') });

async function appWith(snapshot: WorkspaceSnapshot, lang: Locale = 'en'): Promise<Page> {
  const page = await openApp(rig.browser(), rig.served(), `lang=${lang}`);
  const result = await page.evaluate((text) => window.journeyDebug.load(text), fileOf(snapshot));
  expect(result.ok).toBe(true);
  return page;
}

/** Print the app's print document to a PDF file as the desktop app does; returns its path. */
async function printPdf(page: Page, options: Partial<PrintOptions>, name: string): Promise<{ path: string; pages: number }> {
  const { html, pages } = await page.evaluate((o) => window.journeyDebug.exports.printHtml(o), options);
  const printer = await page.context().newPage();
  await printer.setContent(html, { waitUntil: 'load' });
  await printer.evaluate(() => document.fonts.ready.then(() => undefined));
  const pdf = await printer.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: true });
  await printer.close();
  mkdirSync(OUT, { recursive: true });
  const path = join(OUT, `${name}.pdf`);
  writeFileSync(path, pdf);
  return { path, pages };
}

const run = (tool: string, ...args: string[]) => execFileSync(tool, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
const info = (path: string) => Object.fromEntries(run('pdfinfo', path).split('\n').filter(Boolean).map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 1).trim()]));
const outline = (path: string) => [...run('pdftohtml', '-xml', '-i', '-stdout', '-q', path).matchAll(/<item page="(\d+)">([^<]*)<\/item>/g)].map((m) => m[2]!.replace(/&amp;/g, '&').replace(/&quot;/g, '"'));
const toPng = (path: string, prefix: string, dpi = 50) => run('pdftoppm', '-r', String(dpi), '-png', path, join(OUT, prefix));
const pts = (mm: number) => (mm * 72) / 25.4;
const squash = (text: string) => text.replace(/\s+/g, '');
/**
 * Whether a note's text is in a page's text: whole, or (a note too long for its box ends in an
 * ellipsis, as on the canvas) a prefix of at least 12 characters followed by "…".
 */
function shows(pageText: string, note: string): boolean {
  const page = squash(pageText);
  const text = squash(note);
  if (page.includes(text)) return true;
  for (let k = text.length - 1; k >= 12; k--) if (page.includes(`${text.slice(0, k)}…`)) return true;
  return false;
}

describe('print to PDF', () => {
  it('A4 fit: every note is real text in stage order, fonts embedded, tagged, an outline per board and stage', async () => {
    for (const lang of ['en', 'id', 'ru'] as const) {
      const snapshot = multilingualWorkspace(lang);
      const page = await appWith(snapshot, lang);
      const { path, pages } = await printPdf(page, { paper: 'A4', orientation: 'landscape', layout: 'fit', personaPages: true, insights: true }, `a4-fit-${lang}`);
      const meta = info(path);
      expect(Number(meta.Pages)).toBe(pages);
      expect(pages).toBe(1 + snapshot.personas.length + 1);
      expect(meta.Tagged).toBe('yes');
      const [w, h] = meta['Page size']!.split(' x ').map((v) => parseFloat(v));
      expect(w).toBeCloseTo(pts(297), 0);
      expect(h).toBeCloseTo(pts(210), 0);
      const fonts = run('pdffonts', path).split('\n').slice(2).filter(Boolean);
      const noto = fonts.filter((l) => /NotoSans-(Regular|Bold)/.test(l));
      expect(noto.length).toBeGreaterThanOrEqual(2);
      // Every font in the file is embedded ("emb" column).
      for (const line of fonts) expect(line.split(/\s+/).slice(-5, -4)[0], line).toBe('yes');

      // Page 1's text, in content order: each stage's notes come after the previous stage's.
      // Whitespace dropped: a long word may wrap anywhere inside its note.
      const text = squash(run('pdftotext', '-raw', '-f', '1', '-l', '1', path, '-'));
      const board = snapshot.boards.find((b) => b.kind === 'journey')!;
      const stages = snapshot.stages.filter((s) => s.boardId === board.id).sort(byOrder);
      let last = -1;
      stages.forEach((stage, i) => {
        const at = text.indexOf(squash(stage.title));
        expect(at, stage.title).toBeGreaterThan(last);
        for (const note of STAGE_TEXTS[i]!) {
          const found = text.indexOf(squash(note));
          expect(found, note).toBeGreaterThan(at);
          last = Math.max(last, found);
        }
      });
      for (const note of snapshot.notes) expect(shows(text, note.text), note.text).toBe(true);
      const items = outline(path);
      expect(items.slice(0, 1 + stages.length)).toEqual([board.title, ...stages.map((s) => s.title)]);
      for (const persona of snapshot.personas) expect(items).toContain(persona.name);
      toPng(path, `a4-fit-${lang}`);
      expect(pageErrors(page)).toEqual([]);
      await page.context().close();
    }
  });

  it('page count and size for every paper and orientation, fit and poster', async () => {
    const page = await appWith(multilingualWorkspace('en'));
    const papers: [PrintOptions['paper'], number, number][] = [
      ['A4', 210, 297],
      ['A3', 297, 420],
      ['A2', 420, 594],
      ['A1', 594, 841],
      ['A0', 841, 1189],
      ['Letter', 215.9, 279.4],
      ['Legal', 215.9, 355.6],
      ['Tabloid', 279.4, 431.8],
    ];
    for (const [paper, shortMm, longMm] of papers) {
      for (const orientation of ['portrait', 'landscape'] as const) {
        const { path, pages } = await printPdf(page, { paper, orientation, layout: 'fit' }, `size-${paper}-${orientation}`);
        const meta = info(path);
        expect(Number(meta.Pages)).toBe(pages);
        const [w, h] = meta['Page size']!.split(' x ').map((v) => parseFloat(v));
        const [ew, eh] = orientation === 'portrait' ? [shortMm, longMm] : [longMm, shortMm];
        expect(Math.abs(w! - pts(ew))).toBeLessThan(1.5);
        expect(Math.abs(h! - pts(eh))).toBeLessThan(1.5);
      }
    }
    // A poster at 150 % on A4 portrait needs more pages than at 100 %, and pdfinfo agrees with the plan.
    const small = await printPdf(page, { paper: 'A4', orientation: 'portrait', layout: 'poster', scale: 1 }, 'poster-a4-100');
    const big = await printPdf(page, { paper: 'A4', orientation: 'portrait', layout: 'poster', scale: 1.5 }, 'poster-a4-150');
    expect(Number(info(small.path).Pages)).toBe(small.pages);
    expect(Number(info(big.path).Pages)).toBe(big.pages);
    expect(big.pages).toBeGreaterThan(small.pages);
    await page.context().close();
  }, 300_000);

  it('an A3 poster of a Russian board over 4+ pages: each note on a page, tile labels, one bookmark per stage', async () => {
    const snapshot = multilingualWorkspace('ru');
    const page = await appWith(snapshot, 'ru');
    const { path, pages } = await printPdf(page, { paper: 'A3', orientation: 'portrait', layout: 'poster', scale: 1.25, overlapMm: 12, marks: true }, 'poster-a3-ru');
    expect(pages).toBeGreaterThanOrEqual(4);
    expect(Number(info(path).Pages)).toBe(pages);
    // A note cut by a tile's edge is split over two pages; every note a tile shows whole is on that tile's page.
    const options = { ...DEFAULT_PRINT_OPTIONS, paper: 'A3', orientation: 'portrait', layout: 'poster', scale: 1.25, overlapMm: 12 } as const;
    const [{ picture, plan }] = planBoards(snapshot, options) as [ReturnType<typeof planBoards>[number]];
    expect(plan.tiles.length).toBe(pages);
    let whole = 0;
    for (const note of snapshot.notes) {
      const box = picture.layout.notes.get(note.id)!;
      const index = plan.tiles.findIndex((t) => box.x >= t.rect.x && box.y >= t.rect.y && box.x + box.width <= t.rect.x + t.rect.width && box.y + box.height <= t.rect.y + t.rect.height);
      if (index < 0) continue;
      whole++;
      expect(shows(run('pdftotext', '-raw', '-f', String(index + 1), '-l', String(index + 1), path, '-'), note.text), note.text).toBe(true);
    }
    expect(whole).toBeGreaterThan(snapshot.notes.length / 2);
    const text = run('pdftotext', '-raw', path, '-').replace(/\s+/g, ' ');
    expect(text).toContain('Страница 1 из');
    expect(text).toContain('Ряд 1 · столбец 2 (A2)');
    const board = snapshot.boards.find((b) => b.kind === 'journey')!;
    const stages = snapshot.stages.filter((s) => s.boardId === board.id).sort(byOrder);
    expect(outline(path)).toEqual([board.title, ...stages.map((s) => s.title)]);
    toPng(path, 'poster-a3-ru', 30);
    await page.context().close();
  });

  it('a 2,000-note board prints on A4 and as a poster', async () => {
    const snapshot = benchWorkspace(2000);
    const page = await appWith(snapshot);
    const fit = await printPdf(page, { paper: 'A4', layout: 'fit' }, 'fit-2k');
    expect(Number(info(fit.path).Pages)).toBe(1);
    const text = run('pdftotext', '-raw', fit.path, '-');
    // At this size (text about 1.5 pt) poppler folds many glyphs together, so only the first stage is checked here;
    // the poster below has every note at full size.
    expect(squash(text)).toContain(squash('Note 1: customers compare prices before they decide'));
    expect(text).toContain('Stage 1');
    const poster = await printPdf(page, { paper: 'A1', orientation: 'landscape', layout: 'poster', scale: 1 }, 'poster-2k');
    expect(Number(info(poster.path).Pages)).toBe(poster.pages);
    const all = squash(run('pdftotext', '-raw', poster.path, '-'));
    const found = new Set([...all.matchAll(/Note(\d+):/g)].map((m) => Number(m[1])));
    // Every note a tile shows whole is there; the few cut by a tile's edge are split over two pages.
    const [{ picture, plan }] = planBoards(snapshot, { ...DEFAULT_PRINT_OPTIONS, paper: 'A1', orientation: 'landscape', layout: 'poster', scale: 1 }) as [ReturnType<typeof planBoards>[number]];
    const whole = snapshot.notes.filter((note) => {
      const box = picture.layout.notes.get(note.id)!;
      return plan.tiles.some((t) => box.x >= t.rect.x && box.y >= t.rect.y && box.x + box.width <= t.rect.x + t.rect.width && box.y + box.height <= t.rect.y + t.rect.height);
    });
    expect(whole.length).toBeGreaterThan(1800);
    for (const note of whole) expect(found.has(Number(/^Note (\d+):/.exec(note.text)![1])), note.text).toBe(true);
    await page.context().close();
  }, 300_000);
});
