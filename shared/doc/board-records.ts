import { byOrder, type Lane, type Note, type Stage } from '../model';
import type { WorkspaceView } from './view-store';

export interface BoardRecords {
  readonly stages: readonly Stage[];
  readonly lanes: readonly Lane[];
  readonly notes: readonly Note[];
}

/** The records of one board from the view, stages and lanes sorted (what its layout is computed from). */
export function boardRecords(view: Pick<WorkspaceView, 'stages' | 'lanes' | 'notes'>, boardId: string): BoardRecords {
  const stages = Object.values(view.stages).filter((s) => s.boardId === boardId).sort(byOrder);
  const lanes = Object.values(view.lanes).filter((l) => l.boardId === boardId).sort(byOrder);
  // A plain loop: this runs on every edit, over every note of the workspace.
  const notes: Note[] = [];
  const table = view.notes;
  for (const id in table) {
    const note = table[id]!;
    if (note.boardId === boardId) notes.push(note);
  }
  return { stages, lanes, notes };
}
