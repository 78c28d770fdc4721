import { newWorkspace, type WorkspaceSnapshot } from '../../../shared/model';
import { registerActions } from '../../../renderer/src/actions/registry';
import { Editor } from '../../../renderer/src/editor/editor';
import { memoryPreferences, type Preferences } from '../../../renderer/src/editor/preferences';
import { fakeHost } from './fake-host';

export const NOW = '2026-01-02T03:04:05.000Z';

/** An editor over a fake host, with every action registered, as the app shell makes it. */
export function editorSetup(options: { snapshot?: WorkspaceSnapshot; hostKind?: 'electron' | 'web'; preferences?: Preferences } = {}) {
  const fake = fakeHost();
  const editor = new Editor(fake.host, options.hostKind ?? 'web', '9.9.9', options.snapshot ?? newWorkspace('en', NOW), 'en', options.preferences ?? memoryPreferences());
  registerActions(editor);
  return { editor, fake };
}

/** The first journey board's stage and lane ids, in order. */
export function gridOf(editor: Editor) {
  const view = editor.view();
  const boardId = editor.selection.activeBoardId!;
  const byOrder = (a: { order: string }, b: { order: string }) => (a.order < b.order ? -1 : a.order > b.order ? 1 : 0);
  const stages = Object.values(view.stages).filter((s) => s.boardId === boardId).sort(byOrder);
  const lanes = Object.values(view.lanes).filter((l) => l.boardId === boardId).sort(byOrder);
  return { boardId, stages, lanes, cell: (s: number, l: number) => ({ boardId, stageId: stages[s]!.id, laneId: lanes[l]!.id }) };
}
