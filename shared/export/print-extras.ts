import { cellKey } from '../layout/board-layout';
import type { Board, LaneKind, Persona } from '../model';
import type { exportT } from '../i18n/resources/export';
import { esc, safeColor } from './html';
import { mmToPx, PAGE } from './paper';
import type { BoardPicture } from './print-board';
import type { BoardPlan, PageSize } from './paper';
import { paginateSummary, SUMMARY_CSS, type SummarySection } from './print-paginate';

type T = (key: Parameters<typeof exportT>[1], params?: Record<string, string | number>) => string;

/** Persona pages (one full card a page, with its photo) and the insights summary. */
export const EXTRA_CSS = `
.sheet{position:absolute;left:${mmToPx(PAGE.margin)}px;right:${mmToPx(PAGE.margin)}px;top:${mmToPx(PAGE.margin)}px;bottom:${mmToPx(PAGE.margin + PAGE.footer)}px;overflow:hidden}
.sheet .kicker{margin:0;font-size:11px;color:#57606a;letter-spacing:.04em}
.persona{display:grid;grid-template-columns:42mm 1fr;gap:8mm;margin-top:4mm}
.persona img,.persona .nophoto{width:42mm;height:42mm;object-fit:cover;border-radius:6px}
.persona .nophoto{display:flex;align-items:center;justify-content:center;font-size:48px;font-weight:700;color:#fff}
.persona h2{margin:0 0 2mm;font-size:24px;line-height:1.2}
.persona .swatch{height:3px;margin:2mm 0 4mm}
.persona blockquote{margin:0 0 4mm;font-size:15px;font-style:italic}
.persona dl{margin:0;display:grid;grid-template-columns:36mm 1fr;gap:2mm 6mm;font-size:12px;line-height:1.4}
.persona dt{font-weight:700;color:#57606a}
.persona dd{margin:0;white-space:pre-wrap;overflow-wrap:anywhere}
${SUMMARY_CSS}`;

const FIELDS = ['demographics', 'goals', 'needs', 'frustrations', 'behaviours', 'motivations'] as const;

export function personaPagesHtml(personas: readonly Persona[], t: T): string[] {
  return personas.map((p, i) => {
    const photo = p.photo && /^data:image\/(png|jpeg|webp);base64,[A-Za-z0-9+/=]+$/.test(p.photo)
      ? `<img src="${p.photo}" alt="${esc(p.name)}">`
      : `<div class="nophoto" style="background:${safeColor(p.color)}">${esc(Array.from(p.name.trim())[0] ?? '?')}</div>`;
    const rows: string[] = [];
    if (p.role) rows.push(`<dt>${esc(t('export.persona.role'))}</dt><dd>${esc(p.role)}</dd>`);
    if (p.age) rows.push(`<dt>${esc(t('export.persona.age'))}</dt><dd>${esc(p.age)}</dd>`);
    for (const field of FIELDS) if (p[field]) rows.push(`<dt>${esc(t(`export.persona.${field}`))}</dt><dd>${esc(p[field])}</dd>`);
    if (p.channels.length) rows.push(`<dt>${esc(t('export.persona.channels'))}</dt><dd>${esc(p.channels.map((c) => t(c === 'online' ? 'export.note.online' : 'export.note.offline')).join(', '))}</dd>`);
    const heading = i === 0 ? `<h1 class="kicker">${esc(t('print.personas'))}</h1>` : `<p class="kicker">${esc(t('print.personas'))}</p>`;
    return `<div class="sheet">${heading}<div class="persona">${photo}<div><h2>${esc(p.name)}</h2><div class="swatch" style="background:${safeColor(p.color)}"></div>${p.quote ? `<blockquote>“${esc(p.quote)}”</blockquote>` : ''}<dl>${rows.join('')}</dl></div></div></div>`;
  });
}

/** The lanes the summary collects, in this order. */
const SUMMARY_KINDS: readonly LaneKind[] = ['painPoints', 'momentsOfTruth', 'opportunities', 'insights'];

/** Per board its pain points, moments of truth, opportunities and insights, stage by stage, over as many pages as they need. */
export function insightsPagesHtml(boards: readonly { board: Board; picture: BoardPicture; plan: BoardPlan }[], t: T, page: PageSize): string[] {
  if (!boards.length) return [`<div class="sheet insights"><h1 class="kicker">${esc(t('print.insights'))}</h1><p>${esc(t('print.noNotes'))}</p></div>`];
  return boards.flatMap(({ board, picture }, i) => {
    const { layout, records } = picture;
    const notes = new Map(records.notes.map((x) => [x.id, x]));
    const sections: SummarySection[] = [];
    for (const kind of SUMMARY_KINDS) {
      for (const lane of layout.lanes.filter((l) => l.kind === kind)) {
        const items: string[] = [];
        for (const stage of layout.stages) {
          for (const id of layout.cells.get(cellKey(stage.id, lane.id)) ?? []) {
            const note = notes.get(id);
            if (note?.text.trim()) items.push(`<li><b>${esc(stage.title)}:</b> ${esc(note.text)}</li>`);
          }
        }
        if (items.length) sections.push({ title: lane.title, items });
      }
    }
    const { pages, height } = paginateSummary(sections, page);
    return pages.map((flow, k) => {
      const kicker = i === 0 && k === 0 ? `<h1 class="kicker">${esc(t('print.insights'))}</h1>` : `<p class="kicker">${esc(t('print.insights'))}</p>`;
      const title = k === 0 ? `<h2>${esc(board.title)}</h2>` : `<div class="h2">${esc(board.title)}</div>`;
      const body = sections.length ? `<div class="flow" style="height:${Math.floor(height)}px">${flow}</div>` : `<p>${esc(t('print.noNotes'))}</p>`;
      return `<div class="sheet insights">${kicker}${title}${body}</div>`;
    });
  });
}
