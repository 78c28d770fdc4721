import { cellKey, layoutBoard } from '../../shared/layout/board-layout';
import { boardRecords } from '../../shared/doc/board-records';
import type { JourneyDebug, PageRect } from '../../shared/debug-api';
import type { Editor } from './editor/editor';
import { EDITING, DOCUMENT } from './editor/slices';
import type Konva from 'konva';
import { createBenchApi } from './bench-hook';
import { cellHintId } from './board/CellHints';
import { createExportsApi } from './export/exports';
import { measureLegibility } from './board/legibility';

/** Install `window.journeyDebug` (only with `?debug=1`): real state, and the real Open path. */
export function installDebugHook(app: Editor): void {
  const toPage = (box: { x: number; y: number; width: number; height: number }): PageRect | null => {
    const board = app.drawnBoard;
    if (!board?.container) return null;
    const origin = board.container.getBoundingClientRect();
    const { x, y, scale } = board.viewport;
    return { x: origin.left + x + box.x * scale, y: origin.top + y + box.y * scale, width: box.width * scale, height: box.height * scale };
  };
  /** The open board's layout computed now from the doc's view (the same maths the canvas draws), never a stale copy. */
  const freshLayout = () => {
    const boardId = app.selection.activeBoardId;
    if (!boardId) return null;
    const records = boardRecords(app.view(), boardId);
    return layoutBoard(records.stages, records.lanes, records.notes);
  };
  const debug: JourneyDebug = {
    snapshot: () => app.snapshot(),
    fileText: () => app.fileText(),
    load: async (text) => app.openText(text, 'debug.journey'),
    cellRect(stageIndex, laneIndex) {
      const layout = freshLayout();
      const stage = layout?.stages[stageIndex];
      const lane = layout?.lanes[laneIndex];
      return stage && lane ? toPage({ x: stage.x, y: lane.y, width: stage.width, height: lane.height }) : null;
    },
    noteRect(noteId) {
      const box = freshLayout()?.notes.get(noteId);
      return box ? toPage(box) : null;
    },
    cellNotes(stageIndex, laneIndex) {
      const layout = freshLayout();
      const stage = layout?.stages[stageIndex];
      const lane = layout?.lanes[laneIndex];
      return stage && lane ? [...(layout.cells.get(cellKey(stage.id, lane.id)) ?? [])] : [];
    },
    cellHint(stageIndex, laneIndex) {
      const layout = freshLayout();
      const [stage, lane] = [layout?.stages[stageIndex], layout?.lanes[laneIndex]];
      const text = stage && lane ? (app.drawnBoard?.stage as Konva.Stage | null | undefined)?.findOne<Konva.Text>(`#${cellHintId(stage.id, lane.id)}`) : undefined;
      return text ? text.text() : null;
    },
    bench: createBenchApi(app),
    exports: createExportsApi(app),
    legibility: () => measureLegibility(app),
    state() {
      const { fileName, dirty } = app.get(DOCUMENT);
      const { activeBoardId, selectedNoteIds } = app.selection;
      return { fileName, dirty, activeBoardId, selectedNoteIds, editingNoteId: app.get(EDITING).editingNoteId };
    },
  };
  (window as unknown as { journeyDebug: JourneyDebug }).journeyDebug = debug;
}
