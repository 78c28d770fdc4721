import * as Y from 'yjs';
import { byOrder, newId, orderBetween, type Note } from '../model';
import type { ImportedNote } from '../export/csv-import';
import { insertRecord, local, recordById, records, systemClock, touch, type Clock } from './command-kit';

/**
 * Add imported notes (a checked CSV import) to a board in ONE transaction, so it is one undo
 * step and one update to peers: each at the end of its cell, in file order. Rows whose cell is
 * gone by now (a peer deleted it) are skipped and counted. Returns the new ids.
 */
export function importNotes(doc: Y.Doc, boardId: string, notes: readonly ImportedNote[], author: string, clock: Clock = systemClock): { ids: string[]; skipped: number } {
  return local(doc, () => {
    const now = clock().toISOString();
    const lastOrder = new Map<string, string | null>();
    const ids: string[] = [];
    let skipped = 0;
    for (const item of notes) {
      const key = `${item.stageId}|${item.laneId}`;
      if (!lastOrder.has(key)) {
        const stage = recordById(doc, 'stages', item.stageId);
        const lane = recordById(doc, 'lanes', item.laneId);
        if (!stage || !lane || stage.boardId !== boardId || lane.boardId !== boardId) {
          skipped++;
          continue;
        }
        const cell = records(doc, 'notes', (m) => m.get('stageId') === item.stageId && m.get('laneId') === item.laneId).sort(byOrder);
        lastOrder.set(key, cell.at(-1)?.order ?? null);
      }
      const order = orderBetween(lastOrder.get(key) ?? null, null);
      lastOrder.set(key, order);
      const note: Note = { ...item.content, id: newId(), boardId, stageId: item.stageId, laneId: item.laneId, order, author, createdAt: now };
      insertRecord(doc, 'notes', note);
      ids.push(note.id);
    }
    if (ids.length) touch(doc, clock);
    return { ids, skipped };
  });
}
