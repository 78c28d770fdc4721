import type { NoteBox } from '../../../shared/layout/board-layout';
import type { Note } from '../../../shared/model';
import { fitNoteText, fitText, type TextFit } from '../../../shared/layout/text-fit';
import { NOTE_PADDING } from '../../../shared/layout/theme';

/** The smallest note text drawn zoomed out, in screen pixels: below it, text is suggested by grey lines. */
export const READABLE_PX = 9;
/** Zoomed out a note's text sits closer to its edges (board units), so the first words fit sooner. */
export const LOD_PADDING = 5;
const LOD_LINE_HEIGHT = 1.15;

export interface LodText {
  /** Font size in board units, and where its first line starts inside the note. */
  readonly fit: TextFit;
  readonly padding: number;
  /** The size on screen at the zoom it was chosen for. */
  readonly screenPx: number;
}

/**
 * What a note's text looks like zoomed out (the level of detail, NotesBitmap): its own lines
 * when they are still readable (≥ READABLE_PX on screen); else its first words at READABLE_PX,
 * as many lines as the note holds; null when not even a short first line fits (a blank tile
 * with grey lines, the only choice left at that zoom).
 */
export function lodText(text: string, box: NoteBox, hasFooter: boolean, scale: number): LodText | null {
  if (!text.trim()) return null;
  const own = fitNoteText(text, box, hasFooter);
  if (own.fontSize * scale >= READABLE_PX) return { fit: own, padding: NOTE_PADDING, screenPx: own.fontSize * scale };
  const size = READABLE_PX / scale;
  const width = box.width - 2 * LOD_PADDING;
  const height = box.height - 2 * LOD_PADDING;
  if (size * LOD_LINE_HEIGHT > height) return null;
  const fit = fitText(text, width, height, { max: size, min: size, step: size, lineHeight: LOD_LINE_HEIGHT });
  // A line of one or two letters is not a word: leave the tile blank.
  const first = fit.lines[0] ?? '';
  if (Array.from(first.replace(/…$/, '')).length < 3 && first.replace(/…$/, '').length < text.trim().length) return null;
  return { fit, padding: LOD_PADDING, screenPx: READABLE_PX };
}

/** Whether a note draws the footer line under its text (NoteShape's noteFooter is not empty). */
export function hasNoteFooter(note: Note): boolean {
  return !!note.channel || note.impact !== undefined || note.metric !== undefined || note.current !== undefined || note.target !== undefined || !!note.evidence;
}

/** Zooms the zoomed-out picture chooses its text for: quarter octaves, so a zoom gesture redraws it a few times, not every frame. */
export function lodTextScale(scale: number): number {
  return 2 ** (Math.floor(Math.log2(scale) * 4) / 4);
}
