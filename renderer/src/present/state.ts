/**
 * Presentation mode's local state (a slice of the editor's store, never the doc) and its verbs:
 * present a journey board whole or stage by stage, step, leave; follow a presenter. What is
 * presented goes out through awareness (`presenting`), so peers can follow; full screen through
 * the host (the browser's Fullscreen API, Electron's BrowserWindow.setFullScreen).
 */
import { message } from '../../../shared/i18n';
import { boardRecords } from '../../../shared/doc/board-records';
import { stepStage } from '../../../shared/layout/present';
import type { Editor } from '../editor/editor';
import { EDITING, SELECTION } from '../editor/slices';
import { defineSlice } from '../editor/store';
import { collabFor } from '../collab/manager';

export interface PresentState {
  /** `presenting`: this screen presents; `following`: it shows what a presenter presents. */
  readonly mode: 'off' | 'presenting' | 'following';
  readonly boardId: string | null;
  /** The stage shown; null: the whole journey. */
  readonly stageId: string | null;
  /** Following: whose presentation (awareness client id). */
  readonly presenterId: number | null;
  /** The stage last shown, where O goes back to from the whole journey. */
  readonly lastStageId: string | null;
}

export const PRESENT = defineSlice<PresentState>('present', () => ({ mode: 'off', boardId: null, stageId: null, presenterId: null, lastStageId: null }));

export const isPresenting = (editor: Editor): boolean => editor.get(PRESENT).mode === 'presenting';

function stageIds(editor: Editor, boardId: string): string[] {
  return boardRecords(editor.view(), boardId).stages.map((s) => s.id);
}

function publish(editor: Editor): void {
  const { mode, boardId, stageId } = editor.get(PRESENT);
  collabFor(editor).setPresence('presenting', mode === 'presenting' && boardId ? { boardId, stageId } : null);
  if (mode !== 'presenting') collabFor(editor).setPresence('laser', null);
}

/** Start presenting the open journey board: a stage (the selection's, else the first) or the whole journey. */
export function startPresenting(editor: Editor, whole: boolean): void {
  const boardId = editor.selection.activeBoardId;
  const board = boardId ? editor.view().boards[boardId] : undefined;
  if (!boardId || board?.kind !== 'journey') return;
  const ids = stageIds(editor, boardId);
  const view = editor.view();
  const selected = editor.selection.selectedNoteIds.map((id) => view.notes[id]?.stageId).find((id) => id !== undefined) ?? editor.selection.selectedCell?.stageId;
  const stageId = whole || !ids.length ? null : selected && ids.includes(selected) ? selected : ids[0]!;
  editor.update(EDITING, { editingNoteId: null });
  editor.update(PRESENT, { mode: 'presenting', boardId, stageId, presenterId: null });
  publish(editor);
  editor.host.window.setFullScreen(true);
}

export function stopPresenting(editor: Editor): void {
  if (editor.get(PRESENT).mode !== 'presenting') return;
  editor.update(PRESENT, { mode: 'off', boardId: null, stageId: null, presenterId: null });
  publish(editor);
  editor.host.window.setFullScreen(false);
}

/** Next (+1) or previous (−1) stage; before the first stage comes the whole journey. */
export function step(editor: Editor, direction: 1 | -1): void {
  const { mode, boardId, stageId } = editor.get(PRESENT);
  if (mode !== 'presenting' || !boardId) return;
  const next = stepStage(stageIds(editor, boardId), stageId, direction);
  if (next === stageId) return;
  editor.update(PRESENT, { stageId: next });
  publish(editor);
}

/** Between the whole journey and one stage (the first, or the one last shown). */
export function toggleWhole(editor: Editor): void {
  const { mode, boardId, stageId, lastStageId } = editor.get(PRESENT);
  if (mode !== 'presenting' || !boardId) return;
  const ids = stageIds(editor, boardId);
  const next = stageId !== null ? null : lastStageId && ids.includes(lastStageId) ? lastStageId : (ids[0] ?? null);
  editor.update(PRESENT, { stageId: next, lastStageId: stageId ?? lastStageId });
  publish(editor);
}

/** Follow a presenter: this board shows what they present, until they stop or leave. */
export function follow(editor: Editor, presenterId: number): void {
  const presenter = collabFor(editor).state.participants.find((p) => p.clientId === presenterId);
  if (!presenter?.presenting || isPresenting(editor)) return;
  editor.update(PRESENT, { mode: 'following', presenterId, boardId: presenter.presenting.boardId, stageId: presenter.presenting.stageId });
  syncFollow(editor);
}

export function stopFollowing(editor: Editor, ended = false): void {
  const { mode, presenterId } = editor.get(PRESENT);
  if (mode !== 'following') return;
  const name = collabFor(editor).state.participants.find((p) => p.clientId === presenterId)?.name;
  editor.update(PRESENT, { mode: 'off', boardId: null, stageId: null, presenterId: null });
  if (ended && name) editor.showStatus(message('present.ended', { name }));
}

/** A follower keeps up with the presenter (called when participants change). */
export function syncFollow(editor: Editor): void {
  const state = editor.get(PRESENT);
  if (state.mode !== 'following') return;
  const presenter = collabFor(editor).state.participants.find((p) => p.clientId === state.presenterId);
  const presenting = presenter?.presenting;
  if (!presenting || !editor.view().boards[presenting.boardId]) return stopFollowing(editor, true);
  if (editor.selection.activeBoardId !== presenting.boardId) editor.update(SELECTION, { activeBoardId: presenting.boardId, selectedNoteIds: [], selectedCell: null });
  if (state.boardId !== presenting.boardId || state.stageId !== presenting.stageId) editor.update(PRESENT, { boardId: presenting.boardId, stageId: presenting.stageId });
}
