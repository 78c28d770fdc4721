import { byOrder, sampleWorkspace, type WorkspaceSnapshot } from '../../../shared/model';
import type { BoardRecords } from '../../../shared/doc/board-records';

/** The sample workspace's journey board as the board reads it (stages and lanes sorted). */
export function sampleJourney(locale: 'en' | 'id' | 'ru' = 'en'): { snapshot: WorkspaceSnapshot; boardId: string; records: BoardRecords } {
  const snapshot = sampleWorkspace(locale, '2026-01-01T00:00:00.000Z');
  const boardId = snapshot.boards.find((b) => b.kind === 'journey')!.id;
  const records: BoardRecords = {
    stages: snapshot.stages.filter((s) => s.boardId === boardId).sort(byOrder),
    lanes: snapshot.lanes.filter((l) => l.boardId === boardId).sort(byOrder),
    notes: snapshot.notes.filter((n) => n.boardId === boardId),
  };
  return { snapshot, boardId, records };
}
