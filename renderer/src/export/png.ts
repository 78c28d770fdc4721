import { cellKey, LAYOUT } from '../../../shared/layout/board-layout';
import { CURVE, curvePath, curvesOf, emotionBand, emotionLane, neutralLine, pointPlaces } from '../../../shared/layout/emotion-curve';
import { intersects, type Rect } from '../../../shared/export/paper';
import { LANE_STRIPE, NOTE_TEXT, PRINT_COLORS, printNoteFooter, type BoardPicture } from '../../../shared/export/print-board';
import { NOTE_FILL, type LaneKind } from '../../../shared/model';
import { fitNoteText, NOTE_FOOTER_HEIGHT } from '../../../shared/layout/text-fit';
import { pngWriter } from './png-encode';

/**
 * A board as a PNG at 1×, 2× or 4×, drawn on a small canvas tile by tile (strips of tiles,
 * encoded as they are drawn) so a big board never needs a canvas past the browser's limits.
 * Draws what the canvas and the print document draw, from the same layout.
 */
const FONT = '"Noto Sans", "Noto Color Emoji", sans-serif';
const ACCENT: Partial<Record<LaneKind, 'bar' | 'diamond' | 'dot'>> = { painPoints: 'bar', momentsOfTruth: 'diamond', opportunities: 'dot' };

/** Words that fit `width`, at most `maxLines` lines, the last one with an ellipsis when cut. */
function wrap(ctx: CanvasRenderingContext2D, text: string, width: number, maxLines: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/(?<=\s)/)) {
      const next = line + word;
      if (ctx.measureText(next.trimEnd()).width <= width) {
        line = next;
        continue;
      }
      if (line) lines.push(line.trimEnd());
      line = '';
      // A word longer than the line breaks anywhere.
      for (const ch of Array.from(word)) {
        if (ctx.measureText(line + ch).width > width && line) {
          lines.push(line);
          line = '';
        }
        line += ch;
      }
      if (lines.length > maxLines) break;
    }
    lines.push(line.trimEnd());
    if (lines.length > maxLines) break;
  }
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    let last = kept[maxLines - 1]!;
    while (last && ctx.measureText(`${last}…`).width > width) last = last.slice(0, -1);
    kept[maxLines - 1] = `${last}…`;
    return kept;
  }
  return lines;
}

function roundRect(ctx: CanvasRenderingContext2D, x: number, y: number, w: number, h: number, r: number | number[]) {
  ctx.beginPath();
  ctx.roundRect(x, y, w, h, r);
}

/** Draw the part `rect` of the board (board units) into the context, already scaled and translated. */
export function drawBoard(ctx: CanvasRenderingContext2D, picture: BoardPicture, rect: Rect, locale: string): void {
  const { layout, records } = picture;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(rect.x, rect.y, rect.width, rect.height);
  ctx.lineWidth = 1;
  layout.lanes.forEach((lane, li) => {
    for (const stage of layout.stages) {
      const box = { x: stage.x, y: lane.y, width: stage.width, height: lane.height };
      if (!intersects(box, rect)) continue;
      ctx.fillStyle = li % 2 ? PRINT_COLORS.cellAlt : PRINT_COLORS.cell;
      ctx.fillRect(box.x, box.y, box.width, box.height);
      ctx.strokeStyle = PRINT_COLORS.grid;
      ctx.strokeRect(box.x + 0.5, box.y + 0.5, box.width - 1, box.height - 1);
    }
  });
  ctx.textBaseline = 'top';
  for (const lane of layout.lanes) {
    if (!intersects({ x: 0, y: lane.y, width: LAYOUT.laneLabelWidth, height: lane.height }, rect)) continue;
    ctx.fillStyle = PRINT_COLORS.laneLabel;
    ctx.fillRect(0, lane.y, LAYOUT.laneLabelWidth, lane.height);
    ctx.strokeStyle = PRINT_COLORS.grid;
    ctx.strokeRect(0.5, lane.y + 0.5, LAYOUT.laneLabelWidth - 1, lane.height - 1);
    ctx.fillStyle = LANE_STRIPE[lane.kind];
    ctx.fillRect(0, lane.y, 6, lane.height);
    ctx.fillStyle = PRINT_COLORS.headerText;
    ctx.font = `700 17px ${FONT}`;
    wrap(ctx, lane.title, LAYOUT.laneLabelWidth - 28, Math.max(1, Math.floor((lane.height - 28) / 21))).forEach((line, i) => ctx.fillText(line, 18, lane.y + 14 + i * 21));
  }
  for (const stage of layout.stages) {
    if (!intersects({ x: stage.x, y: 0, width: stage.width, height: LAYOUT.headerHeight }, rect)) continue;
    ctx.fillStyle = PRINT_COLORS.header;
    ctx.fillRect(stage.x, 0, stage.width, LAYOUT.headerHeight);
    ctx.strokeStyle = PRINT_COLORS.grid;
    ctx.strokeRect(stage.x + 0.5, 0.5, stage.width - 1, LAYOUT.headerHeight - 1);
    ctx.fillStyle = PRINT_COLORS.headerText;
    ctx.font = `700 20px ${FONT}`;
    const lines = wrap(ctx, stage.title, stage.width - 28, 2);
    lines.forEach((line, i) => ctx.fillText(line, stage.x + 14, LAYOUT.headerHeight / 2 - (lines.length * 24) / 2 + i * 24 + 2));
  }
  const notes = new Map(records.notes.map((x) => [x.id, x]));
  for (const lane of layout.lanes) {
    const accent = ACCENT[lane.kind];
    for (const stage of layout.stages) {
      for (const id of layout.cells.get(cellKey(stage.id, lane.id)) ?? []) {
        const box = layout.notes.get(id);
        const note = notes.get(id);
        if (!box || !note || !intersects(box, rect)) continue;
        roundRect(ctx, box.x, box.y, box.width, box.height, 4);
        ctx.fillStyle = NOTE_FILL[note.color];
        ctx.fill();
        ctx.strokeStyle = PRINT_COLORS.noteBorder;
        ctx.stroke();
        ctx.fillStyle = LANE_STRIPE[lane.kind];
        if (accent === 'bar') {
          roundRect(ctx, box.x, box.y, 6, box.height, [4, 0, 0, 4]);
          ctx.fill();
        } else if (accent === 'diamond') {
          ctx.save();
          ctx.translate(box.x + box.width - 12, box.y + 4);
          ctx.rotate(Math.PI / 4);
          ctx.fillRect(0, 0, 10, 10);
          ctx.restore();
        } else if (accent === 'dot') {
          ctx.beginPath();
          ctx.arc(box.x + box.width - 10, box.y + 10, 5, 0, Math.PI * 2);
          ctx.fill();
        }
        (note.personaIds ?? []).forEach((pid, i) => {
          const persona = picture.personas.get(pid);
          if (!persona) return;
          ctx.beginPath();
          ctx.arc(box.x + box.width - (accent && accent !== 'bar' ? 28 : 10) - i * 13, box.y + 10, 5, 0, Math.PI * 2);
          ctx.fillStyle = persona.color;
          ctx.fill();
          ctx.strokeStyle = '#fff';
          ctx.lineWidth = 1.5;
          ctx.stroke();
          ctx.lineWidth = 1;
        });
        const footer = printNoteFooter(note, locale);
        // The same lines at the same size as the canvas and the print (shared/layout/text-fit.ts).
        const fit = fitNoteText(note.text, box, !!footer, 'print');
        ctx.fillStyle = PRINT_COLORS.noteText;
        ctx.font = `400 ${fit.fontSize}px ${FONT}`;
        fit.lines.forEach((line, i) => ctx.fillText(line, box.x + NOTE_TEXT.padding, box.y + NOTE_TEXT.padding + i * fit.lineHeight + (fit.lineHeight - fit.fontSize) / 2));
        if (footer) {
          ctx.fillStyle = PRINT_COLORS.muted;
          ctx.font = `400 12px ${FONT}`;
          ctx.fillText(wrap(ctx, footer, box.width - 2 * NOTE_TEXT.padding, 1)[0] ?? '', box.x + NOTE_TEXT.padding, box.y + box.height - NOTE_TEXT.padding - NOTE_FOOTER_HEIGHT + 6);
        }
      }
    }
  }
  const lane = emotionLane(layout);
  if (!lane || !intersects({ x: 0, y: lane.y, width: layout.width, height: lane.height }, rect)) return;
  const band = emotionBand(lane);
  const [x1, y1, x2, y2] = neutralLine(layout, band);
  ctx.setLineDash([6, 6]);
  ctx.strokeStyle = '#adb5bd';
  ctx.beginPath();
  ctx.moveTo(x1, y1);
  ctx.lineTo(x2, y2);
  ctx.stroke();
  ctx.setLineDash([]);
  const curves = curvesOf(picture.emotions, (id) => picture.personas.get(id)?.color);
  for (const curve of curves) {
    const places = pointPlaces(layout, band, curve, curves);
    ctx.strokeStyle = curve.color;
    ctx.fillStyle = curve.color;
    ctx.lineWidth = 3;
    ctx.lineCap = 'round';
    ctx.lineJoin = 'round';
    if (places.length > 1) ctx.stroke(new Path2D(curvePath(places)));
    ctx.lineWidth = 2;
    for (const p of places) {
      ctx.beginPath();
      ctx.arc(p.x, p.y, CURVE.pointRadius, 0, Math.PI * 2);
      ctx.fillStyle = curve.color;
      ctx.fill();
      ctx.strokeStyle = '#fff';
      ctx.stroke();
      if (p.label) {
        const { fontSize, padX, fill, text } = CURVE.label;
        const l = p.label;
        roundRect(ctx, l.x, l.y, l.width, l.height, l.height / 2);
        ctx.fillStyle = fill;
        ctx.fill();
        ctx.lineWidth = 1.5;
        ctx.strokeStyle = curve.color;
        ctx.stroke();
        ctx.lineWidth = 2;
        ctx.fillStyle = text;
        ctx.font = `700 ${fontSize}px ${FONT}`;
        ctx.textBaseline = 'middle';
        ctx.fillText(p.point.label, l.x + padX, l.y + l.height / 2, l.width - 2 * padX);
        ctx.textBaseline = 'top';
      }
    }
    ctx.lineWidth = 1;
  }
}

export interface PngResult {
  readonly blob: Blob;
  readonly width: number;
  readonly height: number;
  readonly tiles: number;
}

/** Most device pixels an exported PNG may have (a browser keeps the encoded file in memory). */
export const MAX_PNG_PIXELS = 1_000_000_000;

export async function boardPng(
  picture: BoardPicture,
  options: { pixelRatio: number; tileSize?: number; locale: string; onProgress?: (fraction: number) => void; signal?: AbortSignal },
): Promise<PngResult> {
  const ratio = options.pixelRatio;
  const width = Math.ceil(picture.layout.width * ratio);
  const height = Math.ceil(picture.layout.height * ratio);
  if (width * height > MAX_PNG_PIXELS) throw new RangeError(`the image would be ${width} × ${height} pixels; pick a smaller resolution`);
  const tileW = Math.min(width, options.tileSize ?? 4096);
  // Strips short enough that one strip of RGBA rows stays around 32 MB.
  const stripH = Math.max(1, Math.min(height, options.tileSize ?? 4096, Math.floor((32 * 1024 * 1024) / (width * 4))));
  const canvas = document.createElement('canvas');
  canvas.width = tileW;
  canvas.height = stripH;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) throw new Error('no 2D canvas');
  await document.fonts.load(`16px "Noto Sans"`);
  await document.fonts.load(`700 16px "Noto Sans"`);
  const writer = pngWriter(width, height);
  const strip = new Uint8ClampedArray(width * 4 * stripH);
  let tiles = 0;
  const strips = Math.ceil(height / stripH);
  for (let y0 = 0, s = 0; y0 < height; y0 += stripH, s++) {
    const h = Math.min(stripH, height - y0);
    for (let x0 = 0; x0 < width; x0 += tileW) {
      if (options.signal?.aborted) throw new DOMException('cancelled', 'AbortError');
      const w = Math.min(tileW, width - x0);
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.clearRect(0, 0, tileW, stripH);
      ctx.setTransform(ratio, 0, 0, ratio, -x0, -y0);
      drawBoard(ctx, picture, { x: x0 / ratio, y: y0 / ratio, width: w / ratio, height: h / ratio }, options.locale);
      const data = ctx.getImageData(0, 0, w, h).data;
      for (let row = 0; row < h; row++) strip.set(data.subarray(row * w * 4, (row + 1) * w * 4), row * width * 4 + x0 * 4);
      tiles++;
    }
    await writer.rows(strip, h);
    options.onProgress?.((s + 1) / strips);
    // Let the page breathe between strips (progress repaints, cancel clicks land).
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  canvas.width = canvas.height = 0;
  return { blob: await writer.finish(), width, height, tiles };
}
