import { byOrder, type Lane, type Note, type Stage } from '../../../shared/model';
import type { WorkspaceView } from '../../../shared/doc';

export interface BoardRecords {
  readonly stages: readonly Stage[];
  readonly lanes: readonly Lane[];
  readonly notes: readonly Note[];
}

/** The records of one board, sorted. Recomputed only when a table the board uses changes. */
export function selectBoard(view: WorkspaceView, boardId: string): BoardRecords {
  const stages = Object.values(view.stages).filter((s) => s.boardId === boardId).sort(byOrder);
  const lanes = Object.values(view.lanes).filter((l) => l.boardId === boardId).sort(byOrder);
  const notes = Object.values(view.notes).filter((n) => n.boardId === boardId);
  return { stages, lanes, notes };
}
