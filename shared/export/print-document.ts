import { boardRecords } from '../doc/board-records';
import { layoutBoard } from '../layout/board-layout';
import { byOrder, type Board, type Persona, type WorkspaceSnapshot } from '../model';
import { exportT } from '../i18n/resources/export';
import { esc, n, safeColor } from './html';
import { fitPlan, mmToPx, PAGE, pageSize, posterPlan, tileLabel, type BoardPlan, type BoardTile, type Orientation, type PaperName } from './paper';
import { BOARD_CSS, boardTileHtml, type BoardPicture } from './print-board';
import { EXTRA_CSS, insightsPagesHtml, personaPagesHtml } from './print-extras';

/**
 * The print document: the boards (fit on one page each, or tiled as wall posters), persona
 * pages and the insights summary, as one self-contained HTML page with the app's fonts
 * embedded. Chromium prints it to PDF (`page.pdf()` in tests, `webContents.printToPDF` in the
 * desktop app, the print dialog in a browser); headings give the PDF its outline.
 */

export interface PrintOptions {
  readonly paper: PaperName;
  readonly orientation: Orientation;
  readonly layout: 'fit' | 'poster';
  /** Poster scale, 1 = 100 % (one board unit = one CSS pixel = 1/96 inch). */
  readonly scale: number;
  /** Poster overlap between neighbouring pages, mm. */
  readonly overlapMm: number;
  /** Poster cut and assembly marks and neighbour labels. */
  readonly marks: boolean;
  /** Journey boards to print, in this order; all journey boards when absent. */
  readonly boardIds?: readonly string[];
  readonly personaPages: boolean;
  readonly insights: boolean;
  /** Language of the page furniture; the workspace's when absent. */
  readonly locale?: string;
}

export const DEFAULT_PRINT_OPTIONS: PrintOptions = {
  paper: 'A4',
  orientation: 'landscape',
  layout: 'fit',
  scale: 1,
  overlapMm: 10,
  marks: true,
  personaPages: false,
  insights: false,
};

/** A font embedded in the document as a data: URL (the shipped Noto Sans subsets). */
export interface EmbeddedFont {
  readonly family: string;
  readonly weight: number;
  readonly unicodeRange?: string;
  /** `data:font/woff2;base64,…` */
  readonly src: string;
}

export interface PrintDocument {
  readonly html: string;
  /** The document's style sheet and its pages, for hosting it inside another page (the browser's own Print). */
  readonly css: string;
  readonly body: string;
  readonly pages: number;
  readonly paper: { readonly widthMm: number; readonly heightMm: number };
  /** The document's headings (the PDF outline): boards, then their stages. */
  readonly outline: readonly { readonly level: 1 | 2; readonly title: string }[];
}

export interface PrintInput {
  readonly snapshot: WorkspaceSnapshot;
  readonly options: PrintOptions;
  readonly fonts: readonly EmbeddedFont[];
  /** The date printed in each header, already formatted for the reader. */
  readonly date: string;
}

/** The journey boards a print covers, in order (unknown ids are skipped). */
export function printedBoards(snapshot: WorkspaceSnapshot, boardIds?: readonly string[]): Board[] {
  const journeys = snapshot.boards.filter((b) => b.kind === 'journey').sort(byOrder);
  if (!boardIds) return journeys;
  return boardIds.map((id) => journeys.find((b) => b.id === id)).filter((b): b is Board => !!b);
}

/** The board's picture: records, layout, curves and personas, from a snapshot. */
export function boardPicture(snapshot: WorkspaceSnapshot, boardId: string): BoardPicture {
  const view = {
    stages: Object.fromEntries(snapshot.stages.map((s) => [s.id, s])),
    lanes: Object.fromEntries(snapshot.lanes.map((l) => [l.id, l])),
    notes: Object.fromEntries(snapshot.notes.map((x) => [x.id, x])),
  };
  const records = boardRecords(view as never, boardId);
  const layout = layoutBoard(records.stages, records.lanes, records.notes);
  const personas = new Map(snapshot.personas.map((p) => [p.id, p]));
  return { records, layout, emotions: snapshot.emotions.filter((e) => e.boardId === boardId), personas };
}

/** How each chosen board falls on pages (the dialog's page count uses this too). */
export function planBoards(snapshot: WorkspaceSnapshot, options: PrintOptions): { board: Board; picture: BoardPicture; plan: BoardPlan }[] {
  const page = pageSize(options.paper, options.orientation);
  return printedBoards(snapshot, options.boardIds).map((board) => {
    const picture = boardPicture(snapshot, board.id);
    const size = { width: picture.layout.width, height: picture.layout.height };
    const plan = options.layout === 'poster' ? posterPlan(size, page, { scale: options.scale, overlapMm: options.overlapMm }, [...picture.layout.notes.values()]) : fitPlan(size, page);
    return { board, picture, plan };
  });
}

/** How many pages a print has (the dialog shows it before anything is built). */
export function printPageCount(snapshot: WorkspaceSnapshot, options: PrintOptions): number {
  const locale = options.locale ?? snapshot.workspace.locale;
  const boards = planBoards(snapshot, options);
  const tiles = boards.reduce((sum, b) => sum + b.plan.tiles.length, 0);
  const personas = options.personaPages ? snapshot.personas.length : 0;
  const insights = options.insights ? insightsPagesHtml(boards, (key, params) => exportT(locale, key, params), pageSize(options.paper, options.orientation)).length : 0;
  return tiles + personas + insights;
}

function fontCss(fonts: readonly EmbeddedFont[]): string {
  return fonts
    .map((f) => `@font-face{font-family:"${f.family.replace(/["\\]/g, '')}";font-style:normal;font-weight:${f.weight};font-display:block;src:url(${f.src.replace(/[()'"\s]/g, '')}) format("woff2");${f.unicodeRange ? `unicode-range:${f.unicodeRange.replace(/[^0-9A-Fa-f+,?\- U]/g, '')};` : ''}}`)
    .join('\n');
}

/** Pages done of all, while a print document is built. */
export interface PrintBuildProgress {
  readonly done: number;
  readonly total: number;
}

export function printDocument(input: PrintInput): PrintDocument {
  const steps = printSteps(input);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** The document built page by page: each step says pages done; the return value is the document (renderer/src/export/exports.ts runs it a slice at a time). */
export function* printSteps(input: PrintInput): Generator<PrintBuildProgress, PrintDocument> {
  const { snapshot, options } = input;
  const locale = options.locale ?? snapshot.workspace.locale;
  const t = (key: Parameters<typeof exportT>[1], params?: Record<string, string | number>) => exportT(locale, key, params);
  const page = pageSize(options.paper, options.orientation);
  const boards = planBoards(snapshot, options);
  const personas = [...snapshot.personas].sort(byOrder);
  const personaPages = options.personaPages ? personas.length : 0;
  // The summary first: how many pages it takes is part of every footer's "page n of m".
  const insightSheets = options.insights ? insightsPagesHtml(boards, t, page) : [];
  const total = boards.reduce((sum, b) => sum + b.plan.tiles.length, 0) + personaPages + insightSheets.length;
  const outline: { level: 1 | 2; title: string }[] = [];
  const pages: string[] = [];
  const footer = (no: number, extra = '') =>
    `<footer class="foot" style="left:${n(mmToPx(PAGE.margin))}px;right:${n(mmToPx(PAGE.margin))}px;bottom:${n(mmToPx(PAGE.margin) - 4)}px"><span>${esc(snapshot.workspace.title)}${extra ? ` · ${esc(extra)}` : ''}</span><span>${esc(t('print.page', { n: no, m: total }))}</span></footer>`;

  for (const { board, picture, plan } of boards) {
    outline.push({ level: 1, title: board.title });
    const headingStages = firstTileOfStages(picture, plan);
    for (const stage of picture.layout.stages) outline.push({ level: 2, title: stage.title });
    for (const tile of plan.tiles) {
      const no = pages.length + 1;
      const first = tile.row === 0 && tile.col === 0;
      const poster = options.layout === 'poster';
      const head = poster ? tileHeader(board, tile, plan, first, t) : boardHeader(snapshot, board, picture, input.date, t);
      const headings = new Set([...headingStages].filter(([, key]) => key === tile.label).map(([id]) => id));
      const body = boardTileHtml(picture, { rect: tile.rect, locale, headingStages: headings });
      const { content, scale } = plan;
      const view = `<div class="view" style="left:${n(content.x)}px;top:${n(content.y)}px;width:${n(Math.min(content.width, (picture.layout.width - tile.rect.x) * scale))}px;height:${n(Math.min(content.height, (picture.layout.height - tile.rect.y) * scale))}px"><div class="board" style="width:${n(picture.layout.width)}px;height:${n(picture.layout.height)}px;transform:scale(${scale}) translate(${n(-tile.rect.x)}px,${n(-tile.rect.y)}px)">${body}</div></div>`;
      const marks = poster && options.marks ? posterMarks(tile, plan, t) : '';
      pages.push(`<section class="page">${head}${view}${marks}${footer(no, poster ? t('print.tileShort', { label: tile.label }) : '')}</section>`);
      yield { done: pages.length, total };
    }
  }
  if (options.personaPages && personas.length) {
    outline.push({ level: 1, title: t('print.personas') });
    for (const persona of personas) outline.push({ level: 2, title: persona.name });
    for (const html of personaPagesHtml(personas, t)) {
      pages.push(`<section class="page">${html}${footer(pages.length + 1)}</section>`);
      yield { done: pages.length, total };
    }
  }
  if (options.insights) {
    outline.push({ level: 1, title: t('print.insights') });
    for (const html of insightSheets) pages.push(`<section class="page">${html}${footer(pages.length + 1)}</section>`);
  }

  const title = [snapshot.workspace.title, ...boards.map((b) => b.board.title)].join(' — ');
  const css = `${fontCss(input.fonts)}
@page{size:${n(page.widthMm)}mm ${n(page.heightMm)}mm;margin:0}
html,body{margin:0;padding:0;background:#fff}
body{font-family:"Noto Sans","Noto Color Emoji",sans-serif;color:#1f2328;-webkit-print-color-adjust:exact;print-color-adjust:exact}
.page{position:relative;width:${n(page.width)}px;height:${n(page.height)}px;overflow:hidden;contain:strict;break-after:page;page-break-after:always}
.page:last-child{break-after:auto;page-break-after:auto}
.view{position:absolute;overflow:hidden;contain:strict}
.head{position:absolute;left:${n(mmToPx(PAGE.margin))}px;right:${n(mmToPx(PAGE.margin))}px;top:${n(mmToPx(PAGE.margin))}px;overflow:hidden}
.head h1,.head .h1{margin:0;font-size:20px;line-height:1.25;font-weight:700;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.head p{margin:2px 0 0;font-size:11px;line-height:1.35;color:#57606a;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.legend span{display:inline-block;margin-right:10px}
.legend i{display:inline-block;width:9px;height:9px;border-radius:50%;margin-right:4px;vertical-align:-1px}
.tile-head{display:flex;justify-content:space-between;align-items:baseline;gap:12px;left:${n(mmToPx(PAGE.margin + 3))}px;right:${n(mmToPx(PAGE.margin + 3))}px}
.tile-head .h1,.tile-head h1{min-width:0;flex:1 1 auto}
.tile-head p{flex:0 0 auto}
.tile-head .h1,.tile-head h1{font-size:14px}
.foot{position:absolute;display:flex;justify-content:space-between;font-size:10px;color:#57606a;white-space:nowrap}
.mark{position:absolute;background:#000}
.overlap{position:absolute;border:0 dashed #868e96}
.nb{position:absolute;font-size:9px;color:#57606a;white-space:nowrap}
${BOARD_CSS}
${EXTRA_CSS}
@media screen{body{background:#e9ecef}.page{margin:16px auto;background:#fff;box-shadow:0 1px 4px rgba(0,0,0,.2)}}`;
  const body = pages.join('\n');
  const html = `<!doctype html><html lang="${esc(locale)}"><head><meta charset="utf-8"><title>${esc(title)}</title><style>
${css}
</style></head><body>${body}</body></html>`;
  return { html, css, body, pages: pages.length, paper: { widthMm: page.widthMm, heightMm: page.heightMm }, outline };
}

/** For every stage, the tile that carries its title as a heading (the first that shows it). */
function firstTileOfStages(picture: BoardPicture, plan: BoardPlan): Map<string, string> {
  const out = new Map<string, string>();
  for (const stage of picture.layout.stages) {
    const x = stage.x + 14;
    const tile = plan.tiles.find((t) => t.row === 0 && x >= t.rect.x && x < t.rect.x + t.rect.width) ?? plan.tiles.find((t) => t.row === 0 && stage.x < t.rect.x + t.rect.width);
    if (tile) out.set(stage.id, tile.label);
  }
  return out;
}

type T = (key: Parameters<typeof exportT>[1], params?: Record<string, string | number>) => string;

function boardHeader(snapshot: WorkspaceSnapshot, board: Board, picture: BoardPicture, date: string, t: T): string {
  const meta = [snapshot.workspace.title, board.goal ? t('print.goal', { goal: board.goal }) : '', t('print.printed', { date })].filter(Boolean).join(' · ');
  const legend = board.personaIds
    .map((id) => picture.personas.get(id))
    .filter((p): p is Persona => !!p)
    .map((p) => `<span><i style="background:${safeColor(p.color)}"></i>${esc(p.name)}</span>`)
    .join('');
  return `<header class="head"><h1>${esc(board.title)}</h1><p>${esc(meta)}</p>${legend ? `<p class="legend">${legend}</p>` : ''}</header>`;
}

function tileHeader(board: Board, tile: BoardTile, plan: BoardPlan, first: boolean, t: T): string {
  const tag = first ? 'h1' : 'div';
  const where = t('print.tile', { row: tile.row + 1, col: tile.col + 1, label: tile.label });
  return `<header class="head tile-head"><${tag} class="h1">${esc(board.title)}</${tag}><p>${esc(where)} · ${plan.rows}×${plan.cols}</p></header>`;
}

/** Crop marks at the content's corners, dashed lines where the neighbours' overlap begins, and the neighbours' labels. */
function posterMarks(tile: BoardTile, plan: BoardPlan, t: T): string {
  const { content, scale } = plan;
  // Short enough to stay clear of the footer below and, with the header inset, of the title above.
  const len = mmToPx(4);
  const gap = mmToPx(1);
  const out: string[] = [];
  const x0 = content.x;
  const y0 = content.y;
  const x1 = content.x + content.width;
  const y1 = content.y + content.height;
  for (const [x, y] of [
    [x0, y0],
    [x1, y0],
    [x0, y1],
    [x1, y1],
  ] as const) {
    const left = x === x0 ? x - gap - len : x + gap;
    const top = y === y0 ? y - gap - len : y + gap;
    out.push(`<span class="mark" style="left:${n(left)}px;top:${n(y - 0.25)}px;width:${n(len)}px;height:0.5px"></span>`);
    out.push(`<span class="mark" style="left:${n(x - 0.25)}px;top:${n(top)}px;width:0.5px;height:${n(len)}px"></span>`);
  }
  const label = tileLabel;
  const ovRight = tile.overlapRight * scale;
  const ovBelow = tile.overlapBelow * scale;
  if (tile.col + 1 < plan.cols && ovRight > 0) {
    out.push(`<span class="overlap" style="left:${n(x1 - ovRight)}px;top:${n(y0)}px;height:${n(content.height)}px;border-left-width:0.75px"></span>`);
    out.push(`<span class="nb" style="left:${n(x1 + gap)}px;top:${n(y0 + content.height / 2)}px;transform:rotate(90deg);transform-origin:0 0">${esc(t('print.glue', { label: label(tile.row, tile.col + 1) }))} →</span>`);
  }
  if (tile.row + 1 < plan.rows && ovBelow > 0) {
    out.push(`<span class="overlap" style="left:${n(x0)}px;top:${n(y1 - ovBelow)}px;width:${n(content.width)}px;border-top-width:0.75px"></span>`);
    out.push(`<span class="nb" style="left:${n(x0 + content.width / 2)}px;top:${n(y1 + gap)}px">↓ ${esc(t('print.glue', { label: label(tile.row + 1, tile.col) }))}</span>`);
  }
  if (tile.col > 0) out.push(`<span class="nb" style="left:${n(gap)}px;top:${n(y0 + content.height / 2)}px">← ${esc(label(tile.row, tile.col - 1))}</span>`);
  if (tile.row > 0) out.push(`<span class="nb" style="left:${n(x0 + content.width / 2)}px;top:${n(mmToPx(PAGE.margin) - 14)}px">↑ ${esc(label(tile.row - 1, tile.col))}</span>`);
  return out.join('');
}

