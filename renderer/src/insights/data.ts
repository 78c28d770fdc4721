import { useMemo } from 'react';
import { boardRecords, type BoardRecords } from '../../../shared/doc/board-records';
import type { WorkspaceView } from '../../../shared/doc/view-store';
import type { EmotionPoint, Persona } from '../../../shared/model';
import type { Editor } from '../editor/editor';
import { useView } from '../editor/hooks';

export interface BoardInsightInput {
  readonly records: BoardRecords;
  readonly emotions: readonly EmotionPoint[];
  readonly personas: readonly Persona[];
}

/** What shared/insights reads of one journey board: its records, curve points and linked personas. */
export function insightInput(view: WorkspaceView, boardId: string): BoardInsightInput {
  const records = boardRecords(view, boardId);
  const emotions = Object.values(view.emotions).filter((e) => e.boardId === boardId);
  const personas = (view.boards[boardId]?.personaIds ?? []).flatMap((id) => view.personas[id] ?? []);
  return { records, emotions, personas };
}

export function useInsightInput(app: Editor, boardId: string): BoardInsightInput {
  const view = useView(app);
  return useMemo(() => insightInput(view, boardId), [view, boardId]);
}
