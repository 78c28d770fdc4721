import { memo, useMemo } from 'react';
import { Image } from 'react-konva';
import { NOTE_FILL, type Note } from '../../../shared/model';
import type { BoardLayout, NoteBox } from '../../../shared/layout/board-layout';
import { hasNoteFooter, lodText, lodTextScale } from './lod-text';
import { FONT_FAMILY, NOTE_PADDING } from './theme';

/** Below this zoom the board draws its notes as one picture (level of detail). */
export const LOD_SCALE = 0.3;
/** Largest side of the picture, in pixels (canvas limits, memory). */
const MAX_CANVAS_SIDE = 8192;

/** The zoom the picture is drawn at: the view's, rounded up to a power of two so small zoom steps reuse it. */
export function bitmapScale(scale: number, layout: BoardLayout, pixelRatio: number): number {
  const wanted = 2 ** Math.ceil(Math.log2(Math.max(scale * pixelRatio, 1 / 64)));
  return Math.min(wanted, MAX_CANVAS_SIDE / Math.max(1, layout.width), MAX_CANVAS_SIDE / Math.max(1, layout.height));
}

/**
 * Draw every note of the board into one canvas: coloured cards, the first words wherever they fit
 * at a readable size on screen at `textScale` (./lod-text.ts), grey lines where not even that fits.
 */
export function drawNotes(notes: readonly Note[], layout: BoardLayout, scale: number, textScale: number = scale): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.ceil(layout.width * scale));
  canvas.height = Math.max(1, Math.ceil(layout.height * scale));
  const ctx = canvas.getContext('2d');
  if (!ctx) return canvas;
  ctx.textBaseline = 'top';
  // Cards first, grouped by colour, then every text mark in one grey: few canvas state changes,
  // which is what drawing thousands of tiny shapes costs.
  const byColor = new Map<Note['color'], NoteBox[]>();
  const boxes: { note: Note; box: NoteBox }[] = [];
  for (const note of notes) {
    const box = layout.notes.get(note.id);
    if (!box) continue;
    boxes.push({ note, box });
    const list = byColor.get(note.color);
    if (list) list.push(box);
    else byColor.set(note.color, [box]);
  }
  for (const [color, list] of byColor) {
    ctx.fillStyle = NOTE_FILL[color];
    for (const box of list) ctx.fillRect(box.x * scale, box.y * scale, box.width * scale, box.height * scale);
  }
  const pad = NOTE_PADDING * scale;
  const unreadable: NoteBox[] = [];
  ctx.fillStyle = '#1f2328';
  let font = '';
  for (const { note, box } of boxes) {
    const text = lodText(note.text, box, hasNoteFooter(note), textScale);
    if (!text) {
      if (note.text.trim()) unreadable.push(box);
      continue;
    }
    const wanted = `${text.fit.fontSize * scale}px ${FONT_FAMILY}`;
    if (wanted !== font) ctx.font = font = wanted;
    const x = (box.x + text.padding) * scale;
    const top = (box.y + text.padding) * scale + ((text.fit.lineHeight - text.fit.fontSize) / 2) * scale;
    text.fit.lines.forEach((line, i) => ctx.fillText(line, x, top + i * text.fit.lineHeight * scale));
  }
  // Text too small to read even as a first word: suggest it, as lines (one line when the card is tiny).
  ctx.fillStyle = 'rgba(31,35,40,0.28)';
  const fontPx = 16 * scale;
  const lineH = Math.max(1, fontPx * 0.6);
  for (const box of unreadable) {
    const w = box.width * scale - 2 * pad;
    const lines = box.width * scale < 24 ? 1 : 3;
    for (let i = 0; i < lines; i++) ctx.fillRect(box.x * scale + pad, box.y * scale + pad + i * fontPx * 1.3, w * (i === lines - 1 && lines > 1 ? 0.6 : 1), lineH);
  }
  return canvas;
}

/**
 * Zoomed out, thousands of notes are one image: panning moves a picture instead of drawing
 * every note's text each frame. Redrawn when the notes or the zoom bucket change.
 */
export const NotesBitmap = memo(function NotesBitmap({ notes, layout, scale }: { notes: readonly Note[]; layout: BoardLayout; scale: number }) {
  const pixelRatio = typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1;
  const drawScale = bitmapScale(scale, layout, pixelRatio);
  const textScale = lodTextScale(scale);
  const canvas = useMemo(() => drawNotes(notes, layout, drawScale, textScale), [notes, layout, drawScale, textScale]);
  return <Image image={canvas} x={0} y={0} width={layout.width} height={layout.height} listening={false} perfectDrawEnabled={false} />;
});
