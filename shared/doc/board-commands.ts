import * as Y from 'yjs';
import {
  byOrder,
  EMOTION_MAX,
  EMOTION_MIN,
  LANE_TITLES,
  newId,
  orderAfterLast,
  orderBetween,
  STAGE_MIN_WIDTH,
  LANE_MIN_HEIGHT,
  DEFAULT_STAGE_WIDTH,
  NOTE_MAX_SIZE,
  NOTE_MIN_SIZE,
  type Collection,
  type LaneKind,
  type Locale,
  type Note,
  type EmotionPoint,
} from '../model';
import { insertRecord, local, recordById, records, systemClock, touch, type Clock } from './command-kit';
import { moveNote, updateNote, type NotePatch } from './commands';
import { collectionMap, writeField } from './ydoc';

/**
 * Commands for the board editor: several notes at once, stages, lanes, boards and the emotion
 * curve. Same rules as commands.ts: one local transaction each, so one undo step.
 */

/** Move several notes into a cell, keeping their relative order, before a note or at the end. */
export function moveNotes(
  doc: Y.Doc,
  noteIds: readonly string[],
  target: { stageId: string; laneId: string; beforeNoteId?: string },
  clock: Clock = systemClock,
): number {
  return local(doc, () => {
    const found = noteIds.map((id) => recordById(doc, 'notes', id)).filter((n): n is Note => n !== null);
    // Group by cell (cells in the order they were picked), by order within a cell. A comparator
    // that calls notes of different cells equal is not an order: sort() could then swap two
    // notes of one cell when the selection interleaves cells.
    const cellRank = new Map<string, number>();
    const cellOf = (n: Note) => `${n.stageId}|${n.laneId}`;
    for (const n of found) if (!cellRank.has(cellOf(n))) cellRank.set(cellOf(n), cellRank.size);
    const notes = found.sort((a, b) => cellRank.get(cellOf(a))! - cellRank.get(cellOf(b))! || byOrder(a, b));
    const before = target.beforeNoteId && noteIds.includes(target.beforeNoteId) ? undefined : target.beforeNoteId;
    let moved = 0;
    for (const note of notes) {
      const placed = moveNote(doc, note.id, before ? { ...target, beforeNoteId: before } : { stageId: target.stageId, laneId: target.laneId }, clock);
      if (placed) moved++;
    }
    return moved;
  });
}

/** The fields of a note that travel with a copy (not its id, place or authorship). */
export type NoteContent = Pick<Note, 'text' | 'color' | 'width' | 'height'> &
  Partial<Pick<Note, 'channel' | 'impact' | 'metric' | 'target' | 'current' | 'evidence' | 'personaIds'>>;

const PLACE_FIELDS = new Set(['id', 'boardId', 'stageId', 'laneId', 'order', 'author', 'createdAt']);

/** A note's content, including fields a newer version added (they travel too). */
export function noteContent(note: Note): NoteContent {
  return Object.fromEntries(Object.entries(note).filter(([key]) => !PLACE_FIELDS.has(key))) as NoteContent;
}

/**
 * Insert notes with the given contents into a cell (paste, duplicate), in order, after
 * `afterNoteId` or at the end. Returns the new ids; none when the cell is gone.
 */
export function insertNotes(
  doc: Y.Doc,
  contents: readonly NoteContent[],
  target: { boardId: string; stageId: string; laneId: string; afterNoteId?: string },
  author: string,
  clock: Clock = systemClock,
): string[] {
  return local(doc, () => {
    const stage = recordById(doc, 'stages', target.stageId);
    const lane = recordById(doc, 'lanes', target.laneId);
    if (!stage || !lane || stage.boardId !== target.boardId || lane.boardId !== target.boardId) return [];
    const cell = records(doc, 'notes', (m) => m.get('stageId') === target.stageId && m.get('laneId') === target.laneId).sort(byOrder);
    const index = target.afterNoteId ? cell.findIndex((n) => n.id === target.afterNoteId) : -1;
    let prev = index >= 0 ? cell[index]!.order : (cell.at(-1)?.order ?? null);
    const next = index >= 0 ? (cell.slice(index + 1).find((n) => n.order > prev!)?.order ?? null) : null;
    const now = clock().toISOString();
    const ids: string[] = [];
    for (const content of contents) {
      const order = orderBetween(prev, next);
      const note: Note = {
        ...content,
        width: Math.min(NOTE_MAX_SIZE, Math.max(NOTE_MIN_SIZE, content.width)),
        height: Math.min(NOTE_MAX_SIZE, Math.max(NOTE_MIN_SIZE, content.height)),
        id: newId(),
        boardId: target.boardId,
        stageId: target.stageId,
        laneId: target.laneId,
        order,
        author,
        createdAt: now,
      };
      insertRecord(doc, 'notes', note);
      ids.push(note.id);
      prev = order;
    }
    if (ids.length) touch(doc, clock);
    return ids;
  });
}

/** Duplicate notes next to their originals; returns the copies' ids. */
export function duplicateNotes(doc: Y.Doc, noteIds: readonly string[], author: string, clock: Clock = systemClock): string[] {
  return local(doc, () =>
    noteIds.flatMap((id) => {
      const note = recordById(doc, 'notes', id);
      return note ? insertNotes(doc, [noteContent(note)], { boardId: note.boardId, stageId: note.stageId, laneId: note.laneId, afterNoteId: note.id }, author, clock) : [];
    }),
  );
}

/** Give a record a new place among its siblings: before `beforeId`, or last. */
function reorder(doc: Y.Doc, collection: 'stages' | 'lanes' | 'boards' | 'personas', id: string, beforeId: string | null, siblingsOf: (m: Y.Map<unknown>) => boolean): boolean {
  const map = collectionMap(doc, collection).get(id);
  if (!map) return false;
  const siblings = records(doc, collection, siblingsOf)
    .filter((r) => r.id !== id)
    .sort(byOrder) as { id: string; order: string }[];
  const index = beforeId ? siblings.findIndex((s) => s.id === beforeId) : -1;
  // Peers adding at one spot at once leave equal keys, and no key sorts between equal keys:
  // go before the whole tied group (else orderBetween falls back to a key after it).
  let prev = index - 1;
  while (prev >= 0 && siblings[prev]!.order >= siblings[index]!.order) prev--;
  const order = index < 0 ? orderAfterLast(siblings) : orderBetween(siblings[prev]?.order ?? null, siblings[index]!.order);
  map.set('order', order);
  return true;
}

function setFields(doc: Y.Doc, collection: Collection, id: string, fields: Record<string, unknown>, clock: Clock): boolean {
  return local(doc, () => {
    const map = collectionMap(doc, collection).get(id);
    if (!map) return false;
    for (const [key, value] of Object.entries(fields)) writeField(collection, map, key, value);
    touch(doc, clock);
    return true;
  });
}

// ── Stages ────────────────────────────────────────────────────────────────────────────────

export function addStage(doc: Y.Doc, boardId: string, title: string, beforeStageId: string | null, clock: Clock = systemClock): string | null {
  return local(doc, () => {
    if (!recordById(doc, 'boards', boardId)) return null;
    const id = newId();
    insertRecord(doc, 'stages', { id, boardId, title, order: 'a0', width: DEFAULT_STAGE_WIDTH });
    reorder(doc, 'stages', id, beforeStageId, (m) => m.get('boardId') === boardId);
    touch(doc, clock);
    return id;
  });
}

export const renameStage = (doc: Y.Doc, stageId: string, title: string, clock: Clock = systemClock) => setFields(doc, 'stages', stageId, { title }, clock);

export const resizeStage = (doc: Y.Doc, stageId: string, width: number, clock: Clock = systemClock) =>
  Number.isFinite(width) && setFields(doc, 'stages', stageId, { width: Math.round(Math.min(4000, Math.max(STAGE_MIN_WIDTH, width))) }, clock);

export function moveStage(doc: Y.Doc, stageId: string, beforeStageId: string | null, clock: Clock = systemClock): boolean {
  return local(doc, () => {
    const stage = recordById(doc, 'stages', stageId);
    if (!stage || !reorder(doc, 'stages', stageId, beforeStageId, (m) => m.get('boardId') === stage.boardId)) return false;
    touch(doc, clock);
    return true;
  });
}

/** Delete a stage with its notes and emotion points (undo brings all of them back). */
export function deleteStage(doc: Y.Doc, stageId: string, clock: Clock = systemClock): boolean {
  return local(doc, () => {
    if (!collectionMap(doc, 'stages').has(stageId)) return false;
    deleteWhere(doc, 'notes', (m) => m.get('stageId') === stageId);
    deleteWhere(doc, 'emotions', (m) => m.get('stageId') === stageId);
    collectionMap(doc, 'stages').delete(stageId);
    touch(doc, clock);
    return true;
  });
}

// ── Lanes ─────────────────────────────────────────────────────────────────────────────────

export function addLane(doc: Y.Doc, boardId: string, kind: LaneKind, locale: Locale, beforeLaneId: string | null, clock: Clock = systemClock): string | null {
  return local(doc, () => {
    if (!recordById(doc, 'boards', boardId)) return null;
    const id = newId();
    insertRecord(doc, 'lanes', { id, boardId, kind, title: LANE_TITLES[locale][kind], order: 'a0' });
    reorder(doc, 'lanes', id, beforeLaneId, (m) => m.get('boardId') === boardId);
    touch(doc, clock);
    return id;
  });
}

export const renameLane = (doc: Y.Doc, laneId: string, title: string, clock: Clock = systemClock) => setFields(doc, 'lanes', laneId, { title }, clock);

/** Set a lane's minimum height (its notes still make it taller). */
export const resizeLane = (doc: Y.Doc, laneId: string, height: number, clock: Clock = systemClock) =>
  Number.isFinite(height) && setFields(doc, 'lanes', laneId, { height: Math.round(Math.min(4000, Math.max(LANE_MIN_HEIGHT, height))) }, clock);

export function moveLane(doc: Y.Doc, laneId: string, beforeLaneId: string | null, clock: Clock = systemClock): boolean {
  return local(doc, () => {
    const lane = recordById(doc, 'lanes', laneId);
    if (!lane || !reorder(doc, 'lanes', laneId, beforeLaneId, (m) => m.get('boardId') === lane.boardId)) return false;
    touch(doc, clock);
    return true;
  });
}

/** Delete a lane with its notes (undo brings them back). */
export function deleteLane(doc: Y.Doc, laneId: string, clock: Clock = systemClock): boolean {
  return local(doc, () => {
    if (!collectionMap(doc, 'lanes').has(laneId)) return false;
    deleteWhere(doc, 'notes', (m) => m.get('laneId') === laneId);
    collectionMap(doc, 'lanes').delete(laneId);
    touch(doc, clock);
    return true;
  });
}

function deleteWhere(doc: Y.Doc, collection: Collection, match: (m: Y.Map<unknown>) => boolean): number {
  const map = collectionMap(doc, collection);
  const ids = [...map.entries()].filter(([, m]) => match(m)).map(([id]) => id);
  for (const id of ids) map.delete(id);
  return ids.length;
}

// ── Boards ────────────────────────────────────────────────────────────────────────────────

export const setBoardGoal = (doc: Y.Doc, boardId: string, goal: string, clock: Clock = systemClock) => setFields(doc, 'boards', boardId, { goal }, clock);

export function addPersonaBoard(doc: Y.Doc, title: string, clock: Clock = systemClock): string {
  return local(doc, () => {
    const id = newId();
    insertRecord(doc, 'boards', { id, kind: 'persona', title, goal: '', order: orderAfterLast(records(doc, 'boards')), personaIds: [] });
    touch(doc, clock);
    return id;
  });
}

export function moveBoard(doc: Y.Doc, boardId: string, beforeBoardId: string | null, clock: Clock = systemClock): boolean {
  return local(doc, () => {
    if (!reorder(doc, 'boards', boardId, beforeBoardId, () => true)) return false;
    touch(doc, clock);
    return true;
  });
}

/** Delete a board with everything on it (undo brings it all back). */
export function deleteBoard(doc: Y.Doc, boardId: string, clock: Clock = systemClock): boolean {
  return local(doc, () => {
    if (!collectionMap(doc, 'boards').has(boardId)) return false;
    for (const collection of ['notes', 'emotions', 'stages', 'lanes'] as const) deleteWhere(doc, collection, (m) => m.get('boardId') === boardId);
    collectionMap(doc, 'boards').delete(boardId);
    touch(doc, clock);
    return true;
  });
}

/** Copy a board with its stages, lanes, notes and curves, right after the original. */
export function duplicateBoard(doc: Y.Doc, boardId: string, title: string, clock: Clock = systemClock): string | null {
  return local(doc, () => {
    const board = recordById(doc, 'boards', boardId);
    if (!board) return null;
    const boards = records(doc, 'boards').sort(byOrder);
    const next = boards[boards.findIndex((b) => b.id === boardId) + 1];
    const copyId = newId();
    insertRecord(doc, 'boards', { ...board, id: copyId, title, order: orderBetween(board.order, next?.order ?? null) });
    const ids = new Map<string, string>();
    const fresh = (id: string) => ids.get(id) ?? (ids.set(id, newId()), ids.get(id)!);
    for (const stage of records(doc, 'stages', (m) => m.get('boardId') === boardId)) insertRecord(doc, 'stages', { ...stage, id: fresh(stage.id), boardId: copyId });
    for (const lane of records(doc, 'lanes', (m) => m.get('boardId') === boardId)) insertRecord(doc, 'lanes', { ...lane, id: fresh(lane.id), boardId: copyId });
    for (const note of records(doc, 'notes', (m) => m.get('boardId') === boardId)) {
      if (ids.has(note.stageId) && ids.has(note.laneId)) insertRecord(doc, 'notes', { ...note, id: newId(), boardId: copyId, stageId: fresh(note.stageId), laneId: fresh(note.laneId) });
    }
    for (const point of records(doc, 'emotions', (m) => m.get('boardId') === boardId)) {
      if (ids.has(point.stageId)) insertRecord(doc, 'emotions', { ...point, id: newId(), boardId: copyId, stageId: fresh(point.stageId) });
    }
    touch(doc, clock);
    return copyId;
  });
}

// ── Emotion curve ─────────────────────────────────────────────────────────────────────────

/** Set the curve's score (−2…+2) and optionally its feeling label at one stage; creates the point. */
export function setEmotion(
  doc: Y.Doc,
  where: { boardId: string; stageId: string; personaId?: string },
  change: { score?: number; label?: string },
  clock: Clock = systemClock,
): string | null {
  return local(doc, () => {
    const stage = recordById(doc, 'stages', where.stageId);
    if (!stage || stage.boardId !== where.boardId) return null;
    const existing = records(
      doc,
      'emotions',
      (m) => m.get('stageId') === where.stageId && (m.get('personaId') ?? undefined) === where.personaId,
    )[0];
    if (change.score !== undefined && !Number.isFinite(change.score)) return null;
    const score = change.score === undefined ? undefined : Math.round(Math.min(EMOTION_MAX, Math.max(EMOTION_MIN, change.score)) * 2) / 2;
    if (existing) {
      const map = collectionMap(doc, 'emotions').get(existing.id)!;
      if (score !== undefined) writeField('emotions', map, 'score', score);
      if (change.label !== undefined) writeField('emotions', map, 'label', change.label);
      touch(doc, clock);
      return existing.id;
    }
    const id = newId();
    const point: EmotionPoint = { id, boardId: where.boardId, stageId: where.stageId, score: score ?? 0, label: change.label ?? '' };
    if (where.personaId) point.personaId = where.personaId;
    insertRecord(doc, 'emotions', point);
    touch(doc, clock);
    return id;
  });
}

export function deleteEmotion(doc: Y.Doc, pointId: string, clock: Clock = systemClock): boolean {
  return local(doc, () => {
    if (!collectionMap(doc, 'emotions').has(pointId)) return false;
    collectionMap(doc, 'emotions').delete(pointId);
    touch(doc, clock);
    return true;
  });
}

/** Apply the same change (a colour, a size) to several notes, as one undo step. */
export function updateNotes(doc: Y.Doc, noteIds: readonly string[], patch: NotePatch, clock: Clock = systemClock): number {
  return local(doc, () => noteIds.filter((id) => updateNote(doc, id, patch, clock)).length);
}
