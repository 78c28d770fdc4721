import * as Y from 'yjs';
import {
  byOrder,
  journeyBoardFromTemplate,
  makeNote,
  orderAfterLast,
  orderBetween,
  type Board,
  type Collection,
  type Lane,
  type Locale,
  type Note,
  type RecordOf,
  type TemplateId,
  type WorkspaceMeta,
} from '../model';
import { LOCAL_ORIGIN } from './origins';
import { collectionMap, metaMap, newRecordMap, readRecord, writeField } from './ydoc';

/**
 * Commands: every user edit is one of these plain functions over the doc, each exactly one
 * transaction with the local origin (so it is one undo step and one update to peers).
 * Tests call them directly; the renderer's actions call them too.
 */

function local<T>(doc: Y.Doc, fn: () => T): T {
  let result!: T;
  doc.transact(() => {
    result = fn();
  }, LOCAL_ORIGIN);
  return result;
}

function records<C extends Collection>(doc: Y.Doc, collection: C, filter: (record: Y.Map<unknown>) => boolean): RecordOf[C][] {
  const out: RecordOf[C][] = [];
  for (const [id, map] of collectionMap(doc, collection).entries()) {
    if (!filter(map)) continue;
    const record = readRecord(collection, id, map);
    if (record) out.push(record);
  }
  return out;
}

function insertRecord(doc: Y.Doc, collection: Collection, record: { id: string }): void {
  collectionMap(doc, collection).set(record.id, newRecordMap(collection, record as Record<string, unknown>));
}

/** The time stamp commands write; injectable so tests are deterministic. */
export type Clock = () => Date;
const systemClock: Clock = () => new Date();

function touch(doc: Y.Doc, clock: Clock): void {
  metaMap(doc).set('modifiedAt', clock().toISOString());
}

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
  return orderBetween(cell[index - 1]?.order ?? null, cell[index]!.order);
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

export function updateNote(doc: Y.Doc, noteId: string, patch: NotePatch, clock: Clock = systemClock): boolean {
  return local(doc, () => {
    const note = collectionMap(doc, 'notes').get(noteId);
    if (!note) return false;
    for (const [key, value] of Object.entries(patch)) writeField('notes', note, key, value);
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

