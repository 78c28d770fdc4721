import { esc } from './html';
import { mmToPx, PAGE, type PageSize } from './paper';

/**
 * The insights summary split over as many pages as it needs, so nothing is cut: each page's
 * lists flow down its first column, then its second (CSS columns, `column-fill: auto`, items kept
 * whole). Heights are estimated on the generous side (wide glyphs, wrapping losses), so a page
 * holds at most what really fits; a lane continued on the next page repeats its title there.
 */

/** One lane of the summary: its title and its items (`<li>…</li>` HTML). */
export interface SummarySection {
  readonly title: string;
  readonly items: readonly string[];
}

/** Type sizes of the summary (px), matching SUMMARY_CSS. */
const FONT = 11;
const LINE = FONT * 1.4;
const KICKER = 18;
const TITLE = 52;
const LANE_TITLE = 36;
const COLUMN_GAP_MM = 8;
const INDENT_MM = 5;

export const SUMMARY_CSS = `
.insights .kicker{height:${KICKER}px}
.insights h2,.insights .h2{margin:0;padding:4mm 0 2mm;height:${TITLE}px;box-sizing:border-box;font-size:18px;font-weight:700;line-height:1.3;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.insights .flow{column-count:2;column-gap:${COLUMN_GAP_MM}mm;column-fill:auto;overflow:hidden}
.insights h3,.insights .h3{margin:3mm 0 1mm;font-size:13px;font-weight:700;line-height:1.4;break-after:avoid;break-inside:avoid}
.insights ul{margin:0;padding-left:${INDENT_MM}mm;font-size:${FONT}px;line-height:1.4}
.insights li{break-inside:avoid;white-space:pre-wrap;overflow-wrap:anywhere}
.insights li b{color:#57606a;font-weight:700}
`;

/** Width of text in px at FONT, on the wide side: Latin ~0.55 em, Cyrillic and capitals wider, emoji and CJK a full em. */
function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    w += c >= 0x2e80 || (c >= 0x2190 && c < 0x2c00) ? 1.15 : c >= 0x0400 || (c >= 65 && c <= 90) ? 0.66 : 0.57;
  }
  return w * FONT;
}

const plain = (html: string) => html.replace(/<[^>]*>/g, '').replace(/&#?\w+;/g, '&');

/** An item's height (px) in a column of `width` px: its hard lines, each wrapped with a loss of a fifth for word breaks. */
export function itemHeight(html: string, width: number): number {
  const lines = plain(html)
    .split('\n')
    .reduce((sum, line) => sum + Math.max(1, Math.ceil((textWidth(line) * 1.12) / Math.max(1, width))), 0);
  return lines * LINE + 1;
}

/**
 * Lay `sections` on pages of `page` (below the kicker and title bands): returns each page's flow
 * HTML and the flow's height. At least one page, empty when there are no sections.
 */
export function paginateSummary(sections: readonly SummarySection[], page: PageSize): { pages: string[]; height: number } {
  const m = mmToPx(PAGE.margin);
  const sheetWidth = page.width - 2 * m;
  const height = page.height - 2 * m - mmToPx(PAGE.footer) - KICKER - TITLE - 4;
  const column = (sheetWidth - mmToPx(COLUMN_GAP_MM)) / 2;
  const text = column - mmToPx(INDENT_MM);
  const pages: string[] = [];
  let html: string[] = [];
  let col = 0;
  let used = 0;
  let open: { title: string; items: string[] } | null = null;
  const close = () => {
    if (open?.items.length) html.push(`<ul>${open.items.join('')}</ul>`);
    open = open ? { title: open.title, items: [] } : null;
  };
  const newPage = () => {
    const lane = open?.title;
    close();
    pages.push(html.join(''));
    html = [];
    col = 0;
    used = 0;
    if (lane !== undefined) {
      html.push(`<div class="h3">${esc(lane)}</div>`);
      used = LANE_TITLE;
    }
  };
  /** Room for `h` more px: in this column, else the next, else a new page. */
  const room = (h: number) => {
    if (used + h <= height || used === 0) return;
    if (col === 0) {
      col = 1;
      used = 0;
      return;
    }
    newPage();
  };
  for (const section of sections) {
    if (!section.items.length) continue;
    close();
    open = { title: section.title, items: [] };
    // A lane title stays with its first item.
    room(LANE_TITLE + itemHeight(section.items[0]!, text));
    html.push(`<h3>${esc(section.title)}</h3>`);
    used += LANE_TITLE;
    for (const item of section.items) {
      const h = itemHeight(item, text);
      // On a new page, newPage() has repeated the lane title; the list goes on below it.
      room(h);
      open!.items.push(item);
      used += h;
      // An item taller than a column runs on into the next one.
      while (used > height && col === 0) {
        used -= height;
        col = 1;
      }
    }
  }
  close();
  pages.push(html.join(''));
  return { pages, height };
}
