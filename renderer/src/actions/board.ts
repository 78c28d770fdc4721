import { message } from '../../../shared/i18n';
import { addJourneyBoard, addPersonaBoard, deleteBoard, duplicateBoard, moveBoard } from '../../../shared/doc';
import { byOrder, type TemplateId } from '../../../shared/model';
import type { MessageKey } from '../../../shared/i18n';
import type { Action } from '../editor/actions';
import type { Editor } from '../editor/editor';
import { SELECTION } from '../editor/slices';
import { always, boardOf, confirmDelete, notesOn } from './targets';

const TEMPLATE_LABELS: Record<TemplateId, MessageKey> = { endToEnd5: 'template.endToEnd5', buying3: 'template.buying3', blank: 'template.blank' };

/** Show a board just made or left after a delete, with nothing selected. */
function show(editor: Editor, activeBoardId: string | null): void {
  editor.update(SELECTION, { activeBoardId, selectedNoteIds: [], selectedCell: null });
}

function boardsInOrder(editor: Editor) {
  return Object.values(editor.view().boards).sort(byOrder);
}

/** Boards: new from a template, rename, goal, duplicate, reorder, delete. */
export const BOARD_ACTIONS: readonly Action[] = [
  ...(['endToEnd5', 'buying3', 'blank'] as const).map(
    (template): Action => ({
      id: `addBoard:${template}`,
      menu: 'board',
      labelKey: TEMPLATE_LABELS[template],
      shortcuts: [],
      contexts: ['board', 'newBoard'],
      group: 'menu.newBoard',
      enabled: always,
      run: (editor) => show(editor, editor.edit(() => addJourneyBoard(editor.doc, template, editor.uiLocale))),
    }),
  ),
  {
    id: 'addBoard:persona',
    menu: 'board',
    labelKey: 'template.persona',
    shortcuts: [],
    contexts: ['board', 'newBoard'],
    group: 'menu.newBoard',
    enabled: always,
    run: (editor) => show(editor, editor.edit(() => addPersonaBoard(editor.doc, editor.t('boards.persona')))),
  },
  {
    id: 'renameBoard',
    menu: 'board',
    labelKey: 'action.rename',
    shortcuts: [],
    contexts: ['board'],
    enabled: (editor, t) => !!boardOf(editor, t),
    run: (editor, t) => editor.rename({ kind: 'board', id: boardOf(editor, t)!.id }),
  },
  {
    id: 'editGoal',
    menu: 'board',
    labelKey: 'action.editGoal',
    shortcuts: [],
    contexts: ['board'],
    enabled: (editor, t) => !!boardOf(editor, t),
    run: (editor, t) => {
      const id = boardOf(editor, t)!.id;
      editor.slices.batch(() => {
        editor.update(SELECTION, { activeBoardId: id });
        editor.rename({ kind: 'goal', id });
      });
    },
  },
  {
    id: 'duplicateBoard',
    menu: 'board',
    labelKey: 'action.duplicate',
    shortcuts: [],
    contexts: ['board'],
    enabled: (editor, t) => !!boardOf(editor, t),
    run: (editor, t) => {
      const board = boardOf(editor, t)!;
      const id = editor.edit(() => duplicateBoard(editor.doc, board.id, editor.t('board.copyOf', { name: board.title })));
      if (id) show(editor, id);
    },
  },
  ...(['up', 'down'] as const).map(
    (direction): Action => ({
      id: `moveBoard:${direction}`,
      labelKey: direction === 'up' ? 'action.moveUp' : 'action.moveDown',
      shortcuts: [],
      contexts: ['board'],
      enabled: (editor, t) => {
        const board = boardOf(editor, t);
        const boards = boardsInOrder(editor);
        const index = board ? boards.findIndex((b) => b.id === board.id) : -1;
        return index >= 0 && (direction === 'up' ? index > 0 : index < boards.length - 1);
      },
      run: (editor, t) => {
        const board = boardOf(editor, t)!;
        const boards = boardsInOrder(editor);
        const index = boards.findIndex((b) => b.id === board.id);
        const before = direction === 'up' ? boards[index - 1]!.id : (boards[index + 2]?.id ?? null);
        editor.edit(() => moveBoard(editor.doc, board.id, before));
      },
    }),
  ),
  {
    id: 'deleteBoard',
    menu: 'board',
    labelKey: 'action.deleteBoard',
    shortcuts: [],
    contexts: ['board'],
    danger: true,
    enabled: (editor, t) => !!boardOf(editor, t) && Object.keys(editor.view().boards).length > 1,
    run: async (editor, t) => {
      const board = boardOf(editor, t)!;
      const notes = notesOn(editor, (n) => n.boardId === board.id);
      if (!(await confirmDelete(editor, message('confirm.deleteBoard', { name: board.title }), Math.max(notes, board.kind === 'journey' ? 1 : 0)))) return;
      editor.edit(() => deleteBoard(editor.doc, board.id));
      show(editor, boardsInOrder(editor)[0]?.id ?? null);
    },
  },
];
