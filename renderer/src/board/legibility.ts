import { viewRect, pinOf } from '../../../shared/layout/viewport';
import { fitNoteText } from '../../../shared/layout/text-fit';
import type { Legibility } from '../../../shared/debug-api';
import type { Editor } from '../editor/editor';
import { STAGE_TITLE_SIZE } from './BoardBackground';
import { hasNoteFooter, lodText } from './lod-text';
import { LOD_SCALE } from './NotesBitmap';

const median = (values: readonly number[]): number => {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const round = (v: number) => Math.round(v * 10) / 10;

/**
 * How big the open board's text is on screen now (journeyDebug.legibility(), docs/DEBUG_HOOK.md):
 * the font size each note within the view is drawn at (the canvas's fit, or the zoomed-out
 * picture's first words; 0 for a note whose text shows only as grey lines) times the camera's
 * zoom, and the stage titles' size. Notes without text draw none and are not counted.
 */
export function measureLegibility(app: Editor): Legibility {
  const board = app.drawnBoard;
  const empty = { medianNotePx: 0, minNotePx: 0, stageHeaderPx: 0, notesOnScreen: 0 };
  if (!board?.container) return empty;
  const { layout, viewport } = board;
  const size = { width: board.container.clientWidth, height: board.container.clientHeight };
  const r = viewRect(viewport, size);
  const lod = viewport.scale < LOD_SCALE;
  const notes = app.view().notes;
  const sizes: number[] = [];
  for (const box of layout.notes.values()) {
    if (box.x >= r.right || box.x + box.width <= r.left || box.y >= r.bottom || box.y + box.height <= r.top) continue;
    const note = notes[box.id];
    if (!note?.text.trim()) continue;
    if (lod) sizes.push(lodText(note.text, box, hasNoteFooter(note), viewport.scale)?.screenPx ?? 0);
    else sizes.push(fitNoteText(note.text, box, hasNoteFooter(note)).fontSize * viewport.scale);
  }
  return {
    medianNotePx: round(median(sizes)),
    minNotePx: round(sizes.length ? Math.min(...sizes) : 0),
    stageHeaderPx: layout.stages.length ? round(STAGE_TITLE_SIZE * pinOf(viewport).bandScale * viewport.scale) : 0,
    notesOnScreen: sizes.length,
  };
}
