import { message } from '../../../shared/i18n';
import { addLane, addStage, deleteLane, deleteStage } from '../../../shared/doc';
import { byOrder, LANE_KINDS, type LaneKind } from '../../../shared/model';
import type { Action } from '../editor/actions';
import type { Editor } from '../editor/editor';
import { confirmDelete, laneOf, notesOn, stageOf } from './targets';

/** After a stage or lane is deleted nothing stays selected (it may have been in it). */
function clearSelection(editor: Editor): void {
  editor.select([], null);
}

/** Stages and lanes: rename, add beside, delete (asking when notes would go), zoom to a stage. */
export const STAGE_LANE_ACTIONS: readonly Action[] = [
  {
    id: 'renameStage',
    labelKey: 'action.rename',
    shortcuts: [],
    contexts: ['stage'],
    enabled: (editor, t) => !!stageOf(editor, t),
    run: (editor, t) => editor.rename({ kind: 'stage', id: stageOf(editor, t)!.id }),
  },
  {
    id: 'zoomToStage',
    labelKey: 'action.zoomToStage',
    shortcuts: [],
    contexts: ['stage'],
    enabled: (editor, t) => !!stageOf(editor, t),
    run: (editor, t) => editor.boardView?.fitStage(stageOf(editor, t)!.id),
  },
  ...(['before', 'after'] as const).map(
    (side): Action => ({
      id: `addStage:${side}`,
      labelKey: side === 'before' ? 'action.addStageBefore' : 'action.addStageAfter',
      shortcuts: [],
      contexts: ['stage'],
      enabled: (editor, t) => !!stageOf(editor, t),
      run: (editor, t) => {
        const stage = stageOf(editor, t)!;
        const siblings = Object.values(editor.view().stages)
          .filter((s) => s.boardId === stage.boardId)
          .sort(byOrder);
        const before = side === 'before' ? stage.id : (siblings[siblings.findIndex((s) => s.id === stage.id) + 1]?.id ?? null);
        const id = editor.edit(() => addStage(editor.doc, stage.boardId, editor.t('stage.new'), before));
        if (id) editor.rename({ kind: 'stage', id });
      },
    }),
  ),
  {
    id: 'deleteStage',
    labelKey: 'action.deleteStage',
    shortcuts: [],
    contexts: ['stage'],
    danger: true,
    enabled: (editor, t) => !!stageOf(editor, t),
    run: async (editor, t) => {
      const stage = stageOf(editor, t)!;
      if (!(await confirmDelete(editor, message('confirm.deleteStage', { name: stage.title }), notesOn(editor, (n) => n.stageId === stage.id)))) return;
      editor.edit(() => deleteStage(editor.doc, stage.id));
      clearSelection(editor);
    },
  },
  {
    id: 'renameLane',
    labelKey: 'action.rename',
    shortcuts: [],
    contexts: ['lane'],
    enabled: (editor, t) => !!laneOf(editor, t),
    run: (editor, t) => editor.rename({ kind: 'lane', id: laneOf(editor, t)!.id }),
  },
  {
    id: 'deleteLane',
    labelKey: 'action.deleteLane',
    shortcuts: [],
    contexts: ['lane'],
    danger: true,
    enabled: (editor, t) => !!laneOf(editor, t),
    run: async (editor, t) => {
      const lane = laneOf(editor, t)!;
      if (!(await confirmDelete(editor, message('confirm.deleteLane', { name: lane.title }), notesOn(editor, (n) => n.laneId === lane.id)))) return;
      editor.edit(() => deleteLane(editor.doc, lane.id));
      clearSelection(editor);
    },
  },
  ...LANE_KINDS.map(
    (kind: LaneKind): Action => ({
      id: `addLane:${kind}`,
      labelKey: `lane.${kind}`,
      shortcuts: [],
      contexts: ['lane'],
      group: 'menu.addLaneBelow',
      enabled: (editor, t) => !!laneOf(editor, t),
      run: (editor, t) => {
        const lane = laneOf(editor, t)!;
        const siblings = Object.values(editor.view().lanes)
          .filter((l) => l.boardId === lane.boardId)
          .sort(byOrder);
        const before = siblings[siblings.findIndex((l) => l.id === lane.id) + 1]?.id ?? null;
        editor.edit(() => addLane(editor.doc, lane.boardId, kind, editor.uiLocale, before));
      },
    }),
  ),
];
