/**
 * Presentation mode's geometry, pure (the board, the follow of a presenter and the bench use it):
 * the slide of one stage (that stage alone, widened to a 16:9 slide, with the lanes that have
 * something written in it), the camera that fills the screen with a slide, and the mapping of a
 * board point between two layouts (a presenter's laser onto a peer's board).
 */
import type { BoardRecords } from '../doc/board-records';
import { fitRect, LAYOUT, layoutBoard, type BoardLayout } from './board-layout';
import type { Viewport } from './viewport';

/** Slides are this wide for their height (a projector's 16:9), in board units, whatever the screen. */
export const SLIDE_ASPECT = 16 / 9;
/** The largest zoom a slide is shown at (a stage with one note does not become one giant note). */
export const PRESENT_MAX_SCALE = 3;
/** Screen pixels left around a stage slide; the whole journey uses every pixel. */
export const STAGE_MARGIN_PX = 12;

/**
 * What a presented stage shows: the stage alone, as wide as a 16:9 slide of its height, with
 * the lanes that hold a written note in that stage (all lanes when none does). `null`: the
 * whole journey, its stages widened to a 16:9 slide too. The result depends on the records only, so every peer that shows
 * the same stage computes the same layout.
 */
export function presentRecords(records: BoardRecords, stageId: string | null): BoardRecords {
  if (stageId === null) return widen(records);
  const stage = records.stages.find((s) => s.id === stageId);
  if (!stage) return widen(records);
  const notes = records.notes.filter((n) => n.stageId === stageId);
  const used = new Set(notes.filter((n) => n.text.trim()).map((n) => n.laneId));
  const lanes = used.size ? records.lanes.filter((l) => used.has(l.id)) : records.lanes;
  return widen({ stages: [stage], lanes, notes });
}

/** Widths tried for the stages of a slide: their own, then this much wider each time. */
const WIDEN_STEP = 40;
const WIDEN_TRIES = 16;

/**
 * Stages widened (never narrowed) to what shows the board largest on a 16:9 slide: wider cells
 * hold their notes in fewer rows, so lanes get lower and the text larger, until the width is
 * what limits. A few widths are tried.
 */
function widen(records: BoardRecords): BoardRecords {
  const { stages, lanes, notes } = records;
  if (!stages.length) return records;
  let best = { extra: 0, scale: 0 };
  const tries = stages.length === 1 ? WIDEN_TRIES * 3 : WIDEN_TRIES;
  for (let i = 0; i <= tries; i++) {
    const extra = i * WIDEN_STEP;
    const layout = layoutBoard(stages.map((s) => ({ ...s, width: s.width + extra })), lanes, notes);
    const scale = Math.min(SLIDE_ASPECT / layout.width, 1 / layout.height);
    // One stage takes the widest of its best widths (the slide fills the screen's width too);
    // the whole journey the narrowest (it stays closest to the board people worked on).
    const fits = layout.width <= layout.height * SLIDE_ASPECT;
    if (scale > best.scale * 1.0001 || (stages.length === 1 && fits && scale >= best.scale * 0.9999)) best = { extra, scale };
    // Wider than the slide: widening further only shrinks it.
    if (layout.width > layout.height * SLIDE_ASPECT) break;
  }
  if (best.extra === 0) return records;
  return { stages: stages.map((s) => ({ ...s, width: s.width + best.extra })), lanes, notes };
}

/** The camera that shows a presented layout whole, centred, as large as the screen allows. */
export function presentViewport(layout: BoardLayout, size: { width: number; height: number }, stage: boolean): Viewport {
  return fitRect({ x: 0, y: 0, width: layout.width, height: layout.height }, size, { min: 0.05, max: PRESENT_MAX_SCALE, margin: stage ? STAGE_MARGIN_PX : 0 });
}

/** The stage shown after (+1) or before (−1) this one; null is the whole journey, before the first stage. */
export function stepStage(stageIds: readonly string[], current: string | null, step: 1 | -1): string | null {
  if (!stageIds.length) return null;
  const index = current === null ? -1 : stageIds.indexOf(current);
  const next = Math.min(stageIds.length - 1, Math.max(-1, index + step));
  return next < 0 ? null : stageIds[next]!;
}

/**
 * A board point of one layout in another of the same board: the same stage (or lane-label
 * column) and lane (or header row), at the same fraction of their size. Null where the other
 * layout does not show that stage or lane (a slide leaves lanes out).
 */
export function mapBoardPoint(from: BoardLayout, to: BoardLayout, point: { x: number; y: number }): { x: number; y: number } | null {
  const col = (layout: BoardLayout, x: number) => {
    if (x < LAYOUT.laneLabelWidth) return { id: '', start: 0, size: LAYOUT.laneLabelWidth };
    const s = layout.stages.find((st) => x >= st.x && x < st.x + st.width);
    return s ? { id: s.id, start: s.x, size: s.width } : null;
  };
  const row = (layout: BoardLayout, y: number) => {
    if (y < LAYOUT.headerHeight) return { id: '', start: 0, size: LAYOUT.headerHeight };
    const l = layout.lanes.find((ln) => y >= ln.y && y < ln.y + ln.height);
    return l ? { id: l.id, start: l.y, size: l.height } : null;
  };
  const c = col(from, point.x);
  const r = row(from, point.y);
  if (!c || !r) return null;
  const toCol = c.id === '' ? { start: 0, size: LAYOUT.laneLabelWidth } : to.stages.find((s) => s.id === c.id);
  const toRow = r.id === '' ? { start: 0, size: LAYOUT.headerHeight } : to.lanes.find((l) => l.id === r.id);
  if (!toCol || !toRow) return null;
  const cs = 'x' in toCol ? { start: toCol.x, size: toCol.width } : toCol;
  const rs = 'y' in toRow ? { start: toRow.y, size: toRow.height } : toRow;
  return { x: cs.start + ((point.x - c.start) / c.size) * cs.size, y: rs.start + ((point.y - r.start) / r.size) * rs.size };
}
