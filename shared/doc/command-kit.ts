import * as Y from 'yjs';
import { type Collection, type RecordOf } from '../model';
import { LOCAL_ORIGIN } from './origins';
import { collectionMap, metaMap, newRecordMap, readRecord } from './ydoc';

/** The building blocks of commands: one local transaction, record reads and inserts, the clock. */

export function local<T>(doc: Y.Doc, fn: () => T): T {
  let result!: T;
  doc.transact(() => {
    result = fn();
  }, LOCAL_ORIGIN);
  return result;
}

/** Valid records of a collection whose Y.Map passes `filter` (unsorted). */
export function records<C extends Collection>(doc: Y.Doc, collection: C, filter: (record: Y.Map<unknown>) => boolean = () => true): RecordOf[C][] {
  const out: RecordOf[C][] = [];
  for (const [id, map] of collectionMap(doc, collection).entries()) {
    if (!filter(map)) continue;
    const record = readRecord(collection, id, map);
    if (record) out.push(record);
  }
  return out;
}

export function recordById<C extends Collection>(doc: Y.Doc, collection: C, id: string): RecordOf[C] | null {
  return readRecord(collection, id, collectionMap(doc, collection).get(id));
}

export function insertRecord<C extends Collection>(doc: Y.Doc, collection: C, record: RecordOf[C]): void {
  collectionMap(doc, collection).set(record.id, newRecordMap(collection, record as Record<string, unknown>));
}

/** The time stamp commands write; injectable so tests are deterministic. */
export type Clock = () => Date;
export const systemClock: Clock = () => new Date();

export function touch(doc: Y.Doc, clock: Clock): void {
  metaMap(doc).set('modifiedAt', clock().toISOString());
}
