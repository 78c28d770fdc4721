import { cellKey, type BoardLayout } from './board-layout';

export type Direction = 'left' | 'right' | 'up' | 'down';

export interface Place {
  readonly noteId: string | null;
  readonly stageId: string;
  readonly laneId: string;
}

/**
 * Keyboard navigation over the grid: left/right walk the notes of a cell in reading order and
 * then on into the neighbouring stage; up/down step to the lane above or below. Landing on an
 * empty cell selects the cell itself (so N adds a note there).
 */
export function neighbour(layout: BoardLayout, from: Place, direction: Direction): Place | null {
  const stageIndex = layout.stages.findIndex((s) => s.id === from.stageId);
  const laneIndex = layout.lanes.findIndex((l) => l.id === from.laneId);
  if (stageIndex < 0 || laneIndex < 0) return null;
  const notesOf = (s: number, l: number) => layout.cells.get(cellKey(layout.stages[s]!.id, layout.lanes[l]!.id)) ?? [];
  const place = (s: number, l: number, pick: 'first' | 'last'): Place => {
    const ids = notesOf(s, l);
    const noteId = (pick === 'first' ? ids[0] : ids.at(-1)) ?? null;
    return { noteId, stageId: layout.stages[s]!.id, laneId: layout.lanes[l]!.id };
  };
  const ids = notesOf(stageIndex, laneIndex);
  const index = from.noteId ? ids.indexOf(from.noteId) : -1;
  switch (direction) {
    case 'right':
      if (index >= 0 && index < ids.length - 1) return { ...from, noteId: ids[index + 1]! };
      return stageIndex < layout.stages.length - 1 ? place(stageIndex + 1, laneIndex, 'first') : null;
    case 'left':
      if (index > 0) return { ...from, noteId: ids[index - 1]! };
      return stageIndex > 0 ? place(stageIndex - 1, laneIndex, 'last') : null;
    case 'down':
      return laneIndex < layout.lanes.length - 1 ? place(stageIndex, laneIndex + 1, 'first') : null;
    case 'up':
      return laneIndex > 0 ? place(stageIndex, laneIndex - 1, 'first') : null;
  }
}

/** The cell next to a cell, for moving notes with the keyboard. */
export function adjacentCell(layout: BoardLayout, from: { stageId: string; laneId: string }, direction: Direction): { stageId: string; laneId: string } | null {
  const s0 = layout.stages.findIndex((x) => x.id === from.stageId);
  const l0 = layout.lanes.findIndex((x) => x.id === from.laneId);
  // From a stage or lane that is gone there is no neighbour (not "index −1 + 1", the first one).
  if (s0 < 0 || l0 < 0) return null;
  const s = s0 + (direction === 'right' ? 1 : direction === 'left' ? -1 : 0);
  const l = l0 + (direction === 'down' ? 1 : direction === 'up' ? -1 : 0);
  const stage = layout.stages[s];
  const lane = layout.lanes[l];
  return stage && lane ? { stageId: stage.id, laneId: lane.id } : null;
}
