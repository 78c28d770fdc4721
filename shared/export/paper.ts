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
  return { page, content, scale, rows: 1, cols: 1, overlap: 0, tiles: [{ row: 0, col: 0, label: 'A1', rect: { x: 0, y: 0, width: size.width, height: size.height } }] };
}

/** Most tiles one board may be cut into (a 100 % poster of a huge board on A4 stays printable). */
export const MAX_TILES = 400;

/**
 * A wall poster: the board at `scale` across as many pages as it needs, left to right then top
 * to bottom, each tile repeating `overlapMm` of its neighbour on the right and below.
 * Throws a RangeError when the poster would need more than MAX_TILES pages.
 */
export function posterPlan(size: { width: number; height: number }, page: PageSize, options: PosterOptions): BoardPlan {
  if (!(options.scale > 0) || !Number.isFinite(options.scale)) throw new RangeError(`poster scale must be positive, not ${options.scale}`);
  const content = contentRect(page, PAGE.tileHeader);
  const tileW = content.width / options.scale;
  const tileH = content.height / options.scale;
  const overlap = Math.min(mmToPx(Math.max(0, options.overlapMm)) / options.scale, tileW / 2, tileH / 2);
  const count = (total: number, tile: number) => Math.max(1, Math.ceil((total - overlap) / (tile - overlap) - 1e-9));
  const cols = count(size.width, tileW);
  const rows = count(size.height, tileH);
  if (rows * cols > MAX_TILES) throw new RangeError(`the poster would need ${rows * cols} pages (at most ${MAX_TILES}); lower the scale or pick bigger paper`);
  const tiles: BoardTile[] = [];
  for (let row = 0; row < rows; row++) {
    for (let col = 0; col < cols; col++) {
      tiles.push({ row, col, label: tileLabel(row, col), rect: { x: col * (tileW - overlap), y: row * (tileH - overlap), width: tileW, height: tileH } });
    }
  }
  return { page, content, scale: options.scale, rows, cols, overlap, tiles };
}

export const intersects = (a: Rect, b: Rect): boolean => a.x < b.x + b.width && a.x + a.width > b.x && a.y < b.y + b.height && a.y + a.height > b.y;
