import { useRef } from 'react';
import { layoutBoard, type BoardLayout } from '../../../shared/layout/board-layout';
import { boardRecords, type BoardRecords } from '../../../shared/doc/board-records';

/** The records of one board, sorted (shared/doc's one definition). */
export const selectBoard = boardRecords;
export type { BoardRecords };

/**
 * The board's layout, recomputed only when something that moves notes changed: typing into a
 * note (the common edit) reuses the previous layout, so one keystroke repaints one note.
 */
export function useStableLayout(records: BoardRecords): BoardLayout {
  const previous = useRef<{ records: BoardRecords; layout: BoardLayout } | null>(null);
  const last = previous.current;
  if (last && last.records !== records && sameGeometry(last.records, records)) {
    previous.current = { records, layout: last.layout };
    return last.layout;
  }
  if (last?.records === records) return last.layout;
  const layout = layoutBoard(records.stages, records.lanes, records.notes);
  previous.current = { records, layout };
  return layout;
}

function sameGeometry(a: BoardRecords, b: BoardRecords): boolean {
  if (a.stages.length !== b.stages.length || a.lanes.length !== b.lanes.length || a.notes.length !== b.notes.length) return false;
  for (let i = 0; i < a.stages.length; i++) if (a.stages[i] !== b.stages[i]) return false;
  for (let i = 0; i < a.lanes.length; i++) if (a.lanes[i] !== b.lanes[i]) return false;
  for (let i = 0; i < a.notes.length; i++) {
    const x = a.notes[i]!;
    const y = b.notes[i]!;
    if (x === y) continue;
    if (x.id !== y.id || x.stageId !== y.stageId || x.laneId !== y.laneId || x.order !== y.order || x.width !== y.width || x.height !== y.height) return false;
  }
  return true;
}
