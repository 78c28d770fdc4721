import * as Y from 'yjs';
import { toWellFormed } from '../model/text';
import type { Collection } from '../model';
import { local, touch, systemClock, type Clock } from './command-kit';
import { collectionMap, TEXT_FIELDS, writeField } from './ydoc';

/**
 * What the renderer needs of the doc for text typed in place and for a few lookups, so it
 * never reaches into Y.Maps or Y.Text itself: does a record exist, what a field holds, a caret
 * that stays put while peers type (Yjs relative positions), and typing written as a minimal diff.
 */

/** One text field of one record (a note's text, a persona's name). */
export interface TextFieldRef {
  readonly collection: Collection;
  readonly id: string;
  readonly field: string;
}

/** A selection anchored to characters, not to indexes: it moves with a peer's typing before it. */
export interface TextAnchor {
  readonly start: Y.RelativePosition;
  readonly end: Y.RelativePosition;
}

export function hasRecord(doc: Y.Doc, collection: Collection, id: string): boolean {
  return collectionMap(doc, collection).has(id);
}

export function hasBoard(doc: Y.Doc, boardId: string): boolean {
  return hasRecord(doc, 'boards', boardId);
}

/** True when peers type into this field together (it is a Y.Text), so a caret must be anchored. */
export function isSharedTextField(ref: TextFieldRef): boolean {
  return TEXT_FIELDS[ref.collection].has(ref.field);
}

function textOf(doc: Y.Doc, ref: TextFieldRef): Y.Text | null {
  const value = collectionMap(doc, ref.collection).get(ref.id)?.get(ref.field);
  return value instanceof Y.Text ? value : null;
}

/** The field's text as the doc holds it now; null when the record or field is gone. */
export function readTextField(doc: Y.Doc, ref: TextFieldRef): string | null {
  const record = collectionMap(doc, ref.collection).get(ref.id);
  if (!record) return null;
  const value = record.get(ref.field);
  return value instanceof Y.Text ? value.toString() : typeof value === 'string' ? value : null;
}

/**
 * Write what was typed or pasted: well-formed text, as the smallest change from what the doc
 * holds (a keystroke inserts one character, so a peer typing elsewhere in the field keeps theirs).
 * One local transaction; false when the record is gone.
 */
export function writeTextField(doc: Y.Doc, ref: TextFieldRef, text: string, clock: Clock = systemClock): boolean {
  return local(doc, () => {
    const record = collectionMap(doc, ref.collection).get(ref.id);
    if (!record) return false;
    writeField(ref.collection, record, ref.field, toWellFormed(text));
    touch(doc, clock);
    return true;
  });
}

/** Anchor a selection (UTF-16 indexes) to the characters on its left; null for a field that is not shared text. */
export function anchorSelection(doc: Y.Doc, ref: TextFieldRef, start: number, end: number): TextAnchor | null {
  const text = textOf(doc, ref);
  if (!text) return null;
  return { start: Y.createRelativePositionFromTypeIndex(text, start, -1), end: Y.createRelativePositionFromTypeIndex(text, end, -1) };
}

/** Where an anchored selection is now; null when its characters are gone with their field. */
export function resolveSelection(doc: Y.Doc, anchor: TextAnchor): { start: number; end: number } | null {
  const start = Y.createAbsolutePositionFromRelativePosition(anchor.start, doc);
  const end = Y.createAbsolutePositionFromRelativePosition(anchor.end, doc);
  return start && end ? { start: start.index, end: end.index } : null;
}
