import { byOrder, type Lane, type Note, type Stage } from '../model';

/**
 * Where everything on a journey board sits, in board units (1 unit = 1 CSS pixel at 100%).
 * Pure maths over the records, shared by the Konva view, print and export, so they never drift.
 * Notes flow left to right inside their cell and wrap; a lane is as tall as its fullest cell.
 */
export const LAYOUT = {
  headerHeight: 72,
  laneLabelWidth: 190,
  cellPadding: 12,
  noteGap: 10,
  minLaneHeight: 134,
  /**
   * The emotions lane's top band is the curve's own: its notes flow below it, so a point and its
   * feeling are never under a note (pressing a point grabs the point, not the note).
   */
  curveBandHeight: 160,
  /** The emotions lane also carries the curve, so it never gets shorter than this. */
  minEmotionLaneHeight: 220,
} as const;

export interface StageBox {
  readonly id: string;
  readonly title: string;
  readonly x: number;
  readonly width: number;
}
export interface LaneBox {
  readonly id: string;
  readonly title: string;
  readonly kind: Lane['kind'];
  readonly y: number;
  readonly height: number;
}
export interface NoteBox {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}
export interface BoardLayout {
  readonly stages: readonly StageBox[];
  readonly lanes: readonly LaneBox[];
  readonly notes: ReadonlyMap<string, NoteBox>;
  /** Notes of each cell in order, keyed by `cellKey(stageId, laneId)`. */
  readonly cells: ReadonlyMap<string, readonly string[]>;
  readonly width: number;
  readonly height: number;
}

export const cellKey = (stageId: string, laneId: string): string => `${stageId}|${laneId}`;

/** Positions of a cell's notes relative to the cell's top-left corner, and the height they need. */
function flowCell(notes: readonly Note[], cellWidth: number): { boxes: { x: number; y: number }[]; height: number } {
  const { cellPadding: pad, noteGap: gap } = LAYOUT;
  const inner = cellWidth - 2 * pad;
  const boxes: { x: number; y: number }[] = [];
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  for (const note of notes) {
    const width = Math.min(note.width, inner);
    if (x > 0 && x + width > inner) {
      x = 0;
      y += rowHeight + gap;
      rowHeight = 0;
    }
    boxes.push({ x: pad + x, y: pad + y });
    x += width + gap;
    rowHeight = Math.max(rowHeight, note.height);
  }
  return { boxes, height: notes.length ? y + rowHeight + 2 * pad : 0 };
}

export function layoutBoard(stagesIn: readonly Stage[], lanesIn: readonly Lane[], notesIn: readonly Note[]): BoardLayout {
  const stages = [...stagesIn].sort(byOrder);
  const lanes = [...lanesIn].sort(byOrder);
  const stageIds = new Set(stages.map((s) => s.id));
  const laneIds = new Set(lanes.map((l) => l.id));

  const byCell = new Map<string, Note[]>();
  for (const note of notesIn) {
    if (!stageIds.has(note.stageId) || !laneIds.has(note.laneId)) continue;
    const key = cellKey(note.stageId, note.laneId);
    const list = byCell.get(key);
    if (list) list.push(note);
    else byCell.set(key, [note]);
  }

  const stageBoxes: StageBox[] = [];
  let x = LAYOUT.laneLabelWidth;
  for (const stage of stages) {
    stageBoxes.push({ id: stage.id, title: stage.title, x, width: stage.width });
    x += stage.width;
  }

  const notes = new Map<string, NoteBox>();
  const cells = new Map<string, readonly string[]>();
  const laneBoxes: LaneBox[] = [];
  let y = LAYOUT.headerHeight;
  for (const lane of lanes) {
    let height: number = Math.max(lane.kind === 'emotions' ? LAYOUT.minEmotionLaneHeight : LAYOUT.minLaneHeight, lane.height ?? 0);
    const flows: { stage: StageBox; notes: Note[]; boxes: { x: number; y: number }[] }[] = [];
    // In the emotions lane the notes flow below the curve's band.
    const top = lane.kind === 'emotions' ? LAYOUT.curveBandHeight : 0;
    for (const stage of stageBoxes) {
      const cellNotes = (byCell.get(cellKey(stage.id, lane.id)) ?? []).sort(byOrder);
      const flow = flowCell(cellNotes, stage.width);
      height = Math.max(height, flow.height && top + flow.height);
      flows.push({ stage, notes: cellNotes, boxes: flow.boxes });
      cells.set(cellKey(stage.id, lane.id), cellNotes.map((n) => n.id));
    }
    for (const { stage, notes: cellNotes, boxes } of flows) {
      cellNotes.forEach((note, i) => {
        const box = boxes[i]!;
        const width = Math.min(note.width, stage.width - 2 * LAYOUT.cellPadding);
        notes.set(note.id, { id: note.id, x: stage.x + box.x, y: y + top + box.y, width, height: note.height });
      });
    }
    laneBoxes.push({ id: lane.id, title: lane.title, kind: lane.kind, y, height });
    y += height;
  }
  return { stages: stageBoxes, lanes: laneBoxes, notes, cells, width: x, height: y };
}

/** The cell under a board point, or null outside the grid. */
export function cellAt(layout: BoardLayout, point: { x: number; y: number }): { stageId: string; laneId: string } | null {
  const stage = layout.stages.find((s) => point.x >= s.x && point.x < s.x + s.width);
  const lane = layout.lanes.find((l) => point.y >= l.y && point.y < l.y + l.height);
  return stage && lane ? { stageId: stage.id, laneId: lane.id } : null;
}

/**
 * Where notes dropped at a board point land: the cell under it, and the note they go before
 * (reading order: rows top to bottom, left to right within a row), ignoring the dragged notes.
 */
export function dropTarget(
  layout: BoardLayout,
  point: { x: number; y: number },
  dragged: ReadonlySet<string>,
): { stageId: string; laneId: string; beforeNoteId?: string } | null {
  const cell = cellAt(layout, point);
  if (!cell) return null;
  const ids = (layout.cells.get(cellKey(cell.stageId, cell.laneId)) ?? []).filter((id) => !dragged.has(id));
  for (const id of ids) {
    const box = layout.notes.get(id);
    if (!box) continue;
    const above = point.y < box.y;
    const inRowBefore = point.y <= box.y + box.height && point.x < box.x + box.width / 2;
    if (above || inRowBefore) return { ...cell, beforeNoteId: id };
  }
  return cell;
}

/** The notes whose boxes meet a rectangle (rubber-band selection), in board units. */
export function notesInRect(layout: BoardLayout, rect: { x: number; y: number; width: number; height: number }): string[] {
  const x2 = rect.x + rect.width;
  const y2 = rect.y + rect.height;
  const out: string[] = [];
  for (const box of layout.notes.values()) {
    if (box.x < x2 && box.x + box.width > rect.x && box.y < y2 && box.y + box.height > rect.y) out.push(box.id);
  }
  return out;
}

/** The viewport that shows a board rectangle whole, centred, in a view of the given size. */
export function fitRect(
  rect: { x: number; y: number; width: number; height: number },
  view: { width: number; height: number },
  limits: { min: number; max: number; margin: number },
): { x: number; y: number; scale: number } {
  const scale = Math.min(limits.max, Math.max(limits.min, Math.min((view.width - 2 * limits.margin) / rect.width, (view.height - 2 * limits.margin) / rect.height)));
  return {
    scale,
    x: (view.width - rect.width * scale) / 2 - rect.x * scale,
    y: (view.height - rect.height * scale) / 2 - rect.y * scale,
  };
}
