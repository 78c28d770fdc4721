import * as Y from 'yjs';
import {
  byOrder,
  journeyBoardFromTemplate,
  makeNote,
  orderAfterLast,
  orderBetween,
  NOTE_MAX_SIZE,
  NOTE_MIN_SIZE,
  type Board,
  type Lane,
  type Locale,
  type Note,
  type TemplateId,
  type WorkspaceMeta,
} from '../model';
import { insertRecord, local, records, systemClock, touch, type Clock } from './command-kit';
import { collectionMap, metaMap, readRecord, writeField } from './ydoc';

export type { Clock } from './command-kit';

/**
 * Commands: every user edit is one of these plain functions over the doc, each exactly one
 * transaction with the local origin (so it is one undo step and one update to peers).
 * Tests call them directly; the renderer's actions call them too.
 */

export interface AddNoteInput {
  boardId: string;
  stageId: string;
  laneId: string;
  text?: string;
  author: string;
  /** Insert before this note of the same cell; at the end when absent. */
  beforeNoteId?: string;
}

/** Add a note at the end of a cell (or before a given note); returns its id, or null if the cell is gone. */
export function addNote(doc: Y.Doc, input: AddNoteInput, clock: Clock = systemClock): string | null {
  return local(doc, () => {
    const lane = readRecord('lanes', input.laneId, collectionMap(doc, 'lanes').get(input.laneId));
    const stage = readRecord('stages', input.stageId, collectionMap(doc, 'stages').get(input.stageId));
    if (!lane || !stage || lane.boardId !== input.boardId || stage.boardId !== input.boardId) return null;
    const cell = cellNotes(doc, input.stageId, input.laneId);
    const order = orderInCell(cell, input.beforeNoteId);
    const note = makeNote({ ...input, laneKind: lane.kind, order, now: clock().toISOString() });
    insertRecord(doc, 'notes', note);
    touch(doc, clock);
    return note.id;
  });
}

function cellNotes(doc: Y.Doc, stageId: string, laneId: string): Note[] {
  return records(doc, 'notes', (m) => m.get('stageId') === stageId && m.get('laneId') === laneId).sort(byOrder);
}

function orderInCell(cell: readonly Note[], beforeNoteId: string | undefined): string {
  const index = beforeNoteId ? cell.findIndex((n) => n.id === beforeNoteId) : -1;
  if (index < 0) return orderAfterLast(cell);
  // Peers inserting at one spot at once can leave equal keys, and no key sorts between equal
  // keys (the library throws): go before the whole tied group instead.
  const next = cell[index]!.order;
  let prev = index - 1;
  while (prev >= 0 && cell[prev]!.order >= next) prev--;
  return orderBetween(cell[prev]?.order ?? null, next);
}

/** Replace a note's text; only the changed characters are written, so concurrent typing merges. */
export function setNoteText(doc: Y.Doc, noteId: string, text: string, clock: Clock = systemClock): boolean {
  return local(doc, () => {
    const note = collectionMap(doc, 'notes').get(noteId);
    if (!note) return false;
    writeField('notes', note, 'text', text);
    touch(doc, clock);
    return true;
  });
}

export type NotePatch = Partial<Pick<Note, 'color' | 'width' | 'height' | 'channel' | 'impact' | 'metric' | 'target' | 'current' | 'evidence' | 'personaIds'>>;

function clampNoteSize(value: unknown): number | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return null;
  return Math.round(Math.min(NOTE_MAX_SIZE, Math.max(NOTE_MIN_SIZE, value)));
}

export function updateNote(doc: Y.Doc, noteId: string, patch: NotePatch, clock: Clock = systemClock): boolean {
  return local(doc, () => {
    const note = collectionMap(doc, 'notes').get(noteId);
    if (!note) return false;
    for (const [key, raw] of Object.entries(patch)) {
      // Sizes outside the schema's range would make the note invalid, and so vanish from every view.
      const value = key === 'width' || key === 'height' ? clampNoteSize(raw) : raw;
      if (value === null) continue;
      writeField('notes', note, key, value);
    }
    touch(doc, clock);
    return true;
  });
}

/**
 * Move a note into a cell of its board (same or another stage/lane), before a given note or
 * at the end. Returns false, changing nothing, when the note or the cell is gone (a peer
 * deleted it mid-drag): the note must never land in a cell no board shows.
 */
export function moveNote(
  doc: Y.Doc,
  noteId: string,
  target: { stageId: string; laneId: string; beforeNoteId?: string },
  clock: Clock = systemClock,
): boolean {
  return local(doc, () => {
    const note = collectionMap(doc, 'notes').get(noteId);
    if (!note) return false;
    const lane = readRecord('lanes', target.laneId, collectionMap(doc, 'lanes').get(target.laneId));
    const stage = readRecord('stages', target.stageId, collectionMap(doc, 'stages').get(target.stageId));
    const boardId = note.get('boardId');
    if (!lane || !stage || lane.boardId !== boardId || stage.boardId !== boardId) return false;
    const cell = cellNotes(doc, target.stageId, target.laneId);
    const stays = target.beforeNoteId === noteId && cell.some((n) => n.id === noteId);
    // Dropped "before itself": it keeps its place (not sent to the end of the cell).
    if (!stays) note.set('order', orderInCell(cell.filter((n) => n.id !== noteId), target.beforeNoteId));
    if (note.get('stageId') !== target.stageId) note.set('stageId', target.stageId);
    if (note.get('laneId') !== target.laneId) note.set('laneId', target.laneId);
    touch(doc, clock);
    return true;
  });
}

export function deleteNotes(doc: Y.Doc, noteIds: readonly string[], clock: Clock = systemClock): number {
  return local(doc, () => {
    const notes = collectionMap(doc, 'notes');
    let deleted = 0;
    for (const id of noteIds) {
      if (notes.has(id)) {
        notes.delete(id);
        deleted++;
      }
    }
    if (deleted) touch(doc, clock);
    return deleted;
  });
}

export function setWorkspaceFields(doc: Y.Doc, patch: Partial<Pick<WorkspaceMeta, 'title' | 'goal' | 'locale'>>, clock: Clock = systemClock): void {
  local(doc, () => {
    const meta = metaMap(doc);
    for (const [key, value] of Object.entries(patch)) if (value !== undefined) meta.set(key, value);
    touch(doc, clock);
  });
}

/** Add a journey board from a template after the last board; returns its id. */
export function addJourneyBoard(doc: Y.Doc, template: TemplateId, locale: Locale, clock: Clock = systemClock): string {
  return local(doc, () => {
    const boards = records(doc, 'boards', () => true);
    const parts = journeyBoardFromTemplate(template, locale, orderAfterLast(boards));
    insertRecord(doc, 'boards', parts.board);
    for (const stage of parts.stages) insertRecord(doc, 'stages', stage);
    for (const lane of parts.lanes) insertRecord(doc, 'lanes', lane);
    touch(doc, clock);
    return parts.board.id;
  });
}

export function renameBoard(doc: Y.Doc, boardId: string, title: string, clock: Clock = systemClock): boolean {
  return local(doc, () => {
    const board = collectionMap(doc, 'boards').get(boardId);
    if (!board) return false;
    writeField('boards', board, 'title', title);
    touch(doc, clock);
    return true;
  });
}

/** Sorted records of a board, straight from the doc (for commands and tests). */
export function boardLanes(doc: Y.Doc, boardId: string): Lane[] {
  return records(doc, 'lanes', (m) => m.get('boardId') === boardId).sort(byOrder);
}

export function boardsInOrder(doc: Y.Doc): Board[] {
  return records(doc, 'boards', () => true).sort(byOrder);
}

