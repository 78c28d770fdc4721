import { memo, useMemo } from 'react';
import { Image } from 'react-konva';
import { NOTE_FILL, type Note } from '../../../shared/model';
import type { BoardLayout, NoteBox } from '../../../shared/layout/board-layout';
import { FONT_FAMILY, NOTE_FONT_SIZE, NOTE_PADDING } from './theme';

/** Below this zoom the board draws its notes as one picture (level of detail). */
export const LOD_SCALE = 0.3;
/** Largest side of the picture, in pixels (canvas limits, memory). */
const MAX_CANVAS_SIDE = 8192;

/** The zoom the picture is drawn at: the view's, rounded up to a power of two so small zoom steps reuse it. */
export function bitmapScale(scale: number, layout: BoardLayout, pixelRatio: number): number {
  const wanted = 2 ** Math.ceil(Math.log2(Math.max(scale * pixelRatio, 1 / 64)));
  return Math.min(wanted, MAX_CANVAS_SIDE / Math.max(1, layout.width), MAX_CANVAS_SIDE / Math.max(1, layout.height));
}

/** Draw every note of the board into one canvas: coloured cards, text where it is still legible, grey lines where not. */
export function drawNotes(notes: readonly Note[], layout: BoardLayout, scale: number): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.ceil(layout.width * scale));
  canvas.height = Math.max(1, Math.ceil(layout.height * scale));
  const ctx = canvas.getContext('2d');
  if (!ctx) return canvas;
  const fontPx = NOTE_FONT_SIZE * scale;
  const legible = fontPx >= 6;
  if (legible) {
    ctx.font = `${fontPx}px ${FONT_FAMILY}`;
    ctx.textBaseline = 'top';
  }
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
  if (legible) {
    ctx.fillStyle = '#1f2328';
    for (const { note, box } of boxes) {
      if (note.text) ctx.fillText(note.text.slice(0, 40), box.x * scale + pad, box.y * scale + pad, box.width * scale - 2 * pad);
    }
  } else {
    // Text too small to read: suggest it, as lines (one line when the card is tiny).
    ctx.fillStyle = 'rgba(31,35,40,0.28)';
    const lineH = Math.max(1, fontPx * 0.6);
    for (const { note, box } of boxes) {
      if (!note.text) continue;
      const w = box.width * scale - 2 * pad;
      const lines = box.width * scale < 24 ? 1 : Math.min(3, Math.ceil(note.text.length / 18));
      for (let i = 0; i < lines; i++) ctx.fillRect(box.x * scale + pad, box.y * scale + pad + i * fontPx * 1.3, w * (i === lines - 1 && lines > 1 ? 0.6 : 1), lineH);
    }
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
  const canvas = useMemo(() => drawNotes(notes, layout, drawScale), [notes, layout, drawScale]);
  return <Image image={canvas} x={0} y={0} width={layout.width} height={layout.height} listening={false} perfectDrawEnabled={false} />;
});
