/**
 * Paper, orientation and how a board is laid on pages: fit on one page, or a wall poster tiled
 * across pages at a chosen scale with an overlap margin. Pure maths in CSS pixels (96 per inch,
 * the unit Chromium's print engine and the board's layout share: 1 board unit = 1 CSS px at 100 %).
 */

export const PAPER_SIZES_MM = {
  A4: [210, 297],
  A3: [297, 420],
  A2: [420, 594],
  A1: [594, 841],
  A0: [841, 1189],
  Letter: [215.9, 279.4],
  Legal: [215.9, 355.6],
  Tabloid: [279.4, 431.8],
} as const satisfies Record<string, readonly [number, number]>;
export type PaperName = keyof typeof PAPER_SIZES_MM;
export const PAPER_NAMES = Object.keys(PAPER_SIZES_MM) as PaperName[];
export type Orientation = 'portrait' | 'landscape';

export const PX_PER_MM = 96 / 25.4;
export const mmToPx = (mm: number): number => mm * PX_PER_MM;

/** Page furniture, in millimetres. */
export const PAGE = {
  margin: 10,
  /** Header band above the board (title, workspace, goal, date, persona legend). */
  header: 18,
  footer: 8,
  /** Header band of a poster tile (board title and the tile's place): smaller. */
  tileHeader: 8,
} as const;

/** The largest and smallest fit-on-one-page scale (a tiny board is not blown up beyond this). */
export const FIT_SCALE_MAX = 2;

export interface PageSize {
  /** CSS px. */
  readonly width: number;
  readonly height: number;
  /** For the `@page { size }` rule. */
  readonly widthMm: number;
  readonly heightMm: number;
}

export function pageSize(paper: PaperName, orientation: Orientation): PageSize {
  const [short, long] = PAPER_SIZES_MM[paper];
  const [widthMm, heightMm] = orientation === 'portrait' ? [short, long] : [long, short];
  return { widthMm, heightMm, width: mmToPx(widthMm), height: mmToPx(heightMm) };
}

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface PosterOptions {
  /** 1 = 100 %: one board unit is one CSS px (1/96 in) on paper. */
  readonly scale: number;
  /** How far neighbouring tiles repeat each other, to glue them together (mm). */
  readonly overlapMm: number;
}

export interface BoardTile {
  /** 0-based. */
  readonly row: number;
  readonly col: number;
  /** "B3": row letter, column number, as printed on the tile. */
  readonly label: string;
  /** The part of the board this tile shows, in board units. */
  readonly rect: Rect;
  /** How much of this tile the neighbour on the right / below repeats (board units; 0 at the edge). */
  readonly overlapRight: number;
  readonly overlapBelow: number;
}

export interface BoardPlan {
  readonly page: PageSize;
  /** Where the board sits on each page (px on the page). */
  readonly content: Rect;
  /** Board units → page px. */
  readonly scale: number;
  readonly rows: number;
  readonly cols: number;
  /** Overlap between neighbouring tiles, in board units (0 when fitting). */
  readonly overlap: number;
  readonly tiles: readonly BoardTile[];
}

/** Row labels: A…Z, then AA, AB… (spreadsheet style). */
export function rowLabel(row: number): string {
  let n = row + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
export const tileLabel = (row: number, col: number): string => `${rowLabel(row)}${col + 1}`;

/** The printable area of a page below its header band and above its footer. */
export function contentRect(page: PageSize, headerMm: number): Rect {
  const m = mmToPx(PAGE.margin);
  const top = m + mmToPx(headerMm);
  const bottom = m + mmToPx(PAGE.footer);
  return { x: m, y: top, width: page.width - 2 * m, height: page.height - top - bottom };
}

/** A board of `size` (board units) on one page, as large as fits (centred). */
export function fitPlan(size: { width: number; height: number }, page: PageSize): BoardPlan {
  const area = contentRect(page, PAGE.header);
  const scale = Math.min(FIT_SCALE_MAX, area.width / Math.max(1, size.width), area.height / Math.max(1, size.height));
  const width = size.width * scale;
  const height = size.height * scale;
  const content = { x: area.x + (area.width - width) / 2, y: area.y, width, height };
  return { page, content, scale, rows: 1, cols: 1, overlap: 0, tiles: [{ row: 0, col: 0, label: 'A1', rect: { x: 0, y: 0, width: size.width, height: size.height }, overlapRight: 0, overlapBelow: 0 }] };
}

/** Most tiles one board may be cut into (a 100 % poster of a huge board on A4 stays printable). */
export const MAX_TILES = 400;

/**
 * Where tiles start along one axis: each step is the tile less the overlap, except that a cut
 * that would leave a note whole on neither neighbour (it covers the whole overlap) moves back to
 * just before the first such note, so that note is whole on the next tile, as long as the step
 * stays at least half a tile. `spans` are the notes' [start, end] on this axis.
 */
function tileStarts(total: number, tile: number, overlap: number, spans: readonly (readonly [number, number])[]): number[] {
  const out = [0];
  let x = 0;
  while (x + tile < total - 1e-6 && out.length <= MAX_TILES) {
    const edge = x + tile;
    let next = x + tile - overlap;
    const split = spans.filter(([a, b]) => a < next && b > edge && b - a <= tile - 2 * CUT_GAP);
    if (split.length) {
      const earliest = Math.min(...split.map(([a]) => a)) - CUT_GAP;
      if (earliest >= x + tile / 2) next = earliest;
    }
    out.push(next);
    x = next;
  }
  return out;
}
/** Board units kept clear before a note that a moved cut puts whole on the next tile. */
const CUT_GAP = 4;

/**
 * A wall poster: the board at `scale` across as many pages as it needs, left to right then top
 * to bottom, each tile repeating at least `overlapMm` of its neighbour on the right and below.
 * With the notes' boxes, cut lines move so no note is cut on both neighbouring tiles where the
 * notes leave room (a note is then whole on one of them).
 * Throws a RangeError when the poster would need more than MAX_TILES pages.
 */
export function posterPlan(size: { width: number; height: number }, page: PageSize, options: PosterOptions, notes: readonly Rect[] = []): BoardPlan {
  if (!(options.scale > 0) || !Number.isFinite(options.scale)) throw new RangeError(`poster scale must be positive, not ${options.scale}`);
  const content = contentRect(page, PAGE.tileHeader);
  const tileW = content.width / options.scale;
  const tileH = content.height / options.scale;
  const overlap = Math.min(mmToPx(Math.max(0, options.overlapMm)) / options.scale, tileW / 2, tileH / 2);
  const xs = tileStarts(size.width, tileW, overlap, notes.map((r) => [r.x, r.x + r.width] as const));
  const ys = tileStarts(size.height, tileH, overlap, notes.map((r) => [r.y, r.y + r.height] as const));
  const cols = xs.length;
  const rows = ys.length;
  if (rows * cols > MAX_TILES) throw new RangeError(`the poster would need ${rows * cols} pages (at most ${MAX_TILES}); lower the scale or pick bigger paper`);
  const tiles: BoardTile[] = [];
  for (let row = 0; row < rows; row++) {
    for (let col = 0; col < cols; col++) {
      const x = xs[col]!;
      const y = ys[row]!;
      const overlapRight = col + 1 < cols ? x + tileW - xs[col + 1]! : 0;
      const overlapBelow = row + 1 < rows ? y + tileH - ys[row + 1]! : 0;
      tiles.push({ row, col, label: tileLabel(row, col), rect: { x, y, width: tileW, height: tileH }, overlapRight, overlapBelow });
    }
  }
  return { page, content, scale: options.scale, rows, cols, overlap, tiles };
}

export const intersects = (a: Rect, b: Rect): boolean => a.x < b.x + b.width && a.x + a.width > b.x && a.y < b.y + b.height && a.y + a.height > b.y;
