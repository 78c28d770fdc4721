import { cellKey, LAYOUT, type BoardLayout } from '../layout/board-layout';
import { CURVE, curvePath, curvesOf, emotionBand, emotionLane, neutralLine, pointPlaces } from '../layout/emotion-curve';
import { NOTE_FILL, type LaneKind, type Note, type Persona } from '../model';
import { exportT } from '../i18n/resources/export';
import type { BoardRecords } from '../doc/board-records';
import type { EmotionPoint } from '../model';
import { esc, n, safeColor } from './html';
import { intersects, type Rect } from './paper';
import { COLORS, LANE_STRIPE, NOTE_FONT_SIZE, NOTE_LINE_HEIGHT, NOTE_PADDING } from '../layout/theme';
import { fitNoteText, noteTextArea, TEXT_WIDTH_SLACK } from '../layout/text-fit';

/**
 * One journey board as HTML and SVG in board units, the same picture the canvas draws
 * (renderer/src/board: BoardBackground, NoteShape, EmotionCurves) from the same layout.
 * Text stays text, so a PDF of it is selectable and searchable.
 */

/** The canvas's colours (shared/layout/theme.ts). */
export const PRINT_COLORS = COLORS;
export { LANE_STRIPE };
export const NOTE_TEXT = { fontSize: NOTE_FONT_SIZE, lineHeight: NOTE_LINE_HEIGHT, padding: NOTE_PADDING } as const;
const ACCENT: Partial<Record<LaneKind, 'bar' | 'diamond' | 'dot'>> = { painPoints: 'bar', momentsOfTruth: 'diamond', opportunities: 'dot' };

/** The line under a note's text (the canvas's noteFooter), in the print's language. */
export function printNoteFooter(note: Note, locale: string): string {
  const parts: string[] = [];
  if (note.channel) parts.push(exportT(locale, note.channel === 'online' ? 'export.note.online' : 'export.note.offline'));
  if (note.impact !== undefined) parts.push(exportT(locale, 'export.note.impact', { n: note.impact }));
  if (note.metric !== undefined || note.current !== undefined || note.target !== undefined) parts.push(`${note.current ?? '–'} → ${note.target ?? '–'}`);
  if (note.evidence) parts.push(exportT(locale, note.evidence === 'quantitative' ? 'export.note.quantitative' : 'export.note.qualitative'));
  return parts.join(' · ');
}

export const BOARD_CSS = `
.board{position:absolute;left:0;top:0;transform-origin:0 0;font-family:"Noto Sans","Noto Color Emoji",sans-serif;color:${PRINT_COLORS.noteText}}
.board *{box-sizing:border-box}
.cell,.lane,.stage,.note{position:absolute}
.cell{border:1px solid ${PRINT_COLORS.grid}}
.lane{background:${PRINT_COLORS.laneLabel};border:1px solid ${PRINT_COLORS.grid};border-left-width:6px;padding:13px 10px 0 12px;font-size:17px;font-weight:700;line-height:1.25;overflow:hidden;overflow-wrap:anywhere}
.stage{background:${PRINT_COLORS.header};border:1px solid ${PRINT_COLORS.grid};display:flex;align-items:center;padding:0 14px;overflow:hidden}
.stage-title{margin:0;font-size:20px;font-weight:700;line-height:1.2;color:${PRINT_COLORS.headerText};display:-webkit-box;-webkit-box-orient:vertical;-webkit-line-clamp:2;overflow:hidden;overflow-wrap:anywhere}
.note{border:1px solid ${PRINT_COLORS.noteBorder};border-radius:4px;padding:${NOTE_TEXT.padding}px;overflow:hidden}
.note-text{margin:0;line-height:${NOTE_TEXT.lineHeight};white-space:pre-wrap;overflow-wrap:anywhere;overflow:hidden}
.note-foot{position:absolute;left:${NOTE_TEXT.padding}px;right:${NOTE_TEXT.padding}px;bottom:${NOTE_TEXT.padding - 2}px;font-size:12px;line-height:16px;color:${PRINT_COLORS.muted};white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.accent-bar{position:absolute;left:-1px;top:-1px;bottom:-1px;width:6px;border-radius:4px 0 0 4px}
.accent-diamond{position:absolute;width:10px;height:10px;transform:rotate(45deg);transform-origin:0 0}
.dot{position:absolute;width:10px;height:10px;border-radius:50%}
.persona-dot{position:absolute;width:13px;height:13px;border-radius:50%;border:1.5px solid #fff}
.curves{position:absolute;left:0;top:0;overflow:visible}
`;

export interface BoardPicture {
  readonly records: BoardRecords;
  readonly layout: BoardLayout;
  readonly emotions: readonly EmotionPoint[];
  readonly personas: ReadonlyMap<string, Persona>;
}

export interface BoardTileOptions {
  /** The part of the board to draw (board units); elements outside it are left out. */
  readonly rect: Rect;
  readonly locale: string;
  /** Stage ids whose title is a heading here (a bookmark in the PDF's outline); others are plain text. */
  readonly headingStages: ReadonlySet<string>;
}

/** The board's elements inside `rect`, in reading order: lane labels, then stage by stage its title and its notes lane by lane, then the curves. */
export function boardTileHtml(picture: BoardPicture, options: BoardTileOptions): string {
  const { layout, records } = picture;
  const { rect } = options;
  const out: string[] = [];
  const visible = (box: Rect) => intersects(box, rect);
  layout.lanes.forEach((lane, li) => {
    for (const stage of layout.stages) {
      const box = { x: stage.x, y: lane.y, width: stage.width, height: lane.height };
      if (visible(box)) out.push(`<div class="cell" style="left:${n(box.x)}px;top:${n(box.y)}px;width:${n(box.width)}px;height:${n(box.height)}px;background:${li % 2 ? PRINT_COLORS.cellAlt : PRINT_COLORS.cell}"></div>`);
    }
  });
  for (const lane of layout.lanes) {
    const box = { x: 0, y: lane.y, width: LAYOUT.laneLabelWidth, height: lane.height };
    if (visible(box)) out.push(`<div class="lane" style="left:0;top:${n(lane.y)}px;width:${LAYOUT.laneLabelWidth}px;height:${n(lane.height)}px;border-left-color:${LANE_STRIPE[lane.kind]}">${esc(lane.title)}</div>`);
  }
  const notesById = new Map(records.notes.map((note) => [note.id, note]));
  for (const stage of layout.stages) {
    const head = { x: stage.x, y: 0, width: stage.width, height: LAYOUT.headerHeight };
    if (visible(head)) {
      const tag = options.headingStages.has(stage.id) ? 'h2' : 'div';
      out.push(`<div class="stage" style="left:${n(stage.x)}px;top:0;width:${n(stage.width)}px;height:${LAYOUT.headerHeight}px"><${tag} class="stage-title">${esc(stage.title)}</${tag}></div>`);
    }
    for (const lane of layout.lanes) {
      for (const id of layout.cells.get(cellKey(stage.id, lane.id)) ?? []) {
        const note = notesById.get(id);
        const box = layout.notes.get(id);
        if (note && box && visible(box)) out.push(noteHtml(note, box, lane.kind, picture.personas, options.locale));
      }
    }
  }
  out.push(curvesSvg(picture, options.locale));
  return out.join('');
}

function noteHtml(note: Note, box: Rect, laneKind: LaneKind, personas: ReadonlyMap<string, Persona>, locale: string): string {
  const footer = printNoteFooter(note, locale);
  // The canvas's lines at the canvas's size (shared/layout/text-fit.ts); where the screen would
  // cut a long text at its floor, print goes smaller so the whole text is on paper.
  const fit = fitNoteText(note.text, box, !!footer, 'print');
  const accent = ACCENT[laneKind];
  const color = LANE_STRIPE[laneKind];
  const parts: string[] = [];
  if (accent === 'bar') parts.push(`<span class="accent-bar" style="background:${color}"></span>`);
  if (accent === 'diamond') parts.push(`<span class="accent-diamond" style="left:${n(box.width - 13)}px;top:3px;background:${color}"></span>`);
  if (accent === 'dot') parts.push(`<span class="dot" style="left:${n(box.width - 16)}px;top:4px;background:${color}"></span>`);
  const tagged = (note.personaIds ?? []).map((id) => personas.get(id)).filter((p): p is Persona => !!p);
  tagged.forEach((persona, i) => {
    const cx = box.width - (accent && accent !== 'bar' ? 28 : 10) - i * 13;
    parts.push(`<span class="persona-dot" style="left:${n(cx - 6.5)}px;top:3.5px;background:${safeColor(persona.color)}" title="${esc(persona.name)}"></span>`);
  });
  // The text itself, not the lines, so a PDF's text reads and searches as written; as wide as the
  // lines the fit laid out, so the browser breaks them where the canvas does. (Only a note too
  // long even for the print's floor runs past its box, clipped; its text is still in the PDF.)
  const area = noteTextArea(box, !!footer);
  parts.push(`<p class="note-text" style="font-size:${n(fit.fontSize)}px;width:${n(area.width * TEXT_WIDTH_SLACK)}px;max-height:${n(area.height)}px">${esc(note.text)}</p>`);
  if (footer) parts.push(`<div class="note-foot">${esc(footer)}</div>`);
  return `<div class="note" style="left:${n(box.x)}px;top:${n(box.y)}px;width:${n(box.width)}px;height:${n(box.height)}px;background:${NOTE_FILL[note.color]}">${parts.join('')}</div>`;
}

/** The emotion curves: the canvas's neutral line, splines, points and feeling labels. */
function curvesSvg(picture: BoardPicture, _locale: string): string {
  const { layout } = picture;
  const lane = emotionLane(layout);
  if (!lane) return '';
  const band = emotionBand(lane);
  const curves = curvesOf(picture.emotions, (id) => picture.personas.get(id)?.color);
  const [x1, y1, x2, y2] = neutralLine(layout, band);
  const parts: string[] = [`<line x1="${n(x1)}" y1="${n(y1)}" x2="${n(x2)}" y2="${n(y2)}" stroke="#adb5bd" stroke-width="1" stroke-dasharray="6 6"/>`];
  for (const curve of curves) {
    const color = safeColor(curve.color);
    const places = pointPlaces(layout, band, curve, curves);
    if (places.length > 1) parts.push(`<path d="${curvePath(places)}" fill="none" stroke="${color}" stroke-width="3" stroke-linecap="round" stroke-linejoin="round"/>`);
    for (const p of places) {
      parts.push(`<circle cx="${n(p.x)}" cy="${n(p.y)}" r="${CURVE.pointRadius}" fill="${color}" stroke="#fff" stroke-width="2"/>`);
      if (p.label) {
        const { fontSize, padX, fill, text } = CURVE.label;
        const l = p.label;
        parts.push(`<rect x="${n(l.x)}" y="${n(l.y)}" width="${n(l.width)}" height="${n(l.height)}" rx="${n(l.height / 2)}" fill="${fill}" stroke="${color}" stroke-width="1.5"/>`);
        parts.push(`<text x="${n(l.x + padX)}" y="${n(l.y + l.height / 2)}" dominant-baseline="central" font-size="${fontSize}" font-weight="700" fill="${text}">${esc(p.point.label)}</text>`);
      }
    }
  }
  return `<svg class="curves" width="${n(layout.width)}" height="${n(layout.height)}" viewBox="0 0 ${n(layout.width)} ${n(layout.height)}" aria-hidden="false" role="img">${parts.join('')}</svg>`;
}
