import { useState } from 'react';
import { moveBoard, renameBoard } from '../../../shared/doc';
import { byOrder } from '../../../shared/model';
import type { Editor } from '../editor/editor';
import { useSlice, useView } from '../editor/hooks';
import { LOCALE, RENAMING, SELECTION } from '../editor/slices';
import { InlineTextInput } from './InlineTextInput';

/** The workspace's boards: open, rename (double-click), reorder (drag), and a menu per board. */
export function BoardList({ app }: { app: Editor }) {
  const activeBoardId = useSlice(app, SELECTION, (s) => s.activeBoardId);
  const renaming = useSlice(app, RENAMING, (s) => s.renaming);
  useSlice(app, LOCALE);
  const view = useView(app);
  const boards = Object.values(view.boards).sort(byOrder);
  const [dragged, setDragged] = useState<string | null>(null);
  const open = (id: string) => app.openBoard(id);
  const menuAt = (boardId: string, x: number, y: number) => app.openContextMenu({ x, y, target: { kind: 'board', boardId } });

  return (
    <nav className="board-list" aria-label={app.t('boards.heading')}>
      <h2>{app.t('boards.heading')}</h2>
      <ul>
        {boards.map((board) => (
          <li
            key={board.id}
            draggable={!(renaming?.kind === 'board' && renaming.id === board.id && renaming.where !== 'header')}
            onDragStart={(e) => {
              setDragged(board.id);
              e.dataTransfer.effectAllowed = 'move';
            }}
            onDragOver={(e) => dragged && dragged !== board.id && e.preventDefault()}
            onDrop={(e) => {
              e.preventDefault();
              if (dragged && dragged !== board.id) app.edit(() => moveBoard(app.doc, dragged, board.id));
              setDragged(null);
            }}
            onDragEnd={() => setDragged(null)}
          >
            {renaming?.kind === 'board' && renaming.id === board.id && renaming.where !== 'header' ? (
              <InlineTextInput
                className="board-rename"
                label={app.t('rename.board')}
                initial={board.title}
                onCommit={(title) => title && app.edit(() => renameBoard(app.doc, board.id, title))}
                onDone={() => app.rename(null)}
              />
            ) : (
              <button
                type="button"
                aria-current={board.id === activeBoardId ? 'page' : undefined}
                onClick={() => open(board.id)}
                onDoubleClick={() => app.rename({ kind: 'board', id: board.id })}
                onContextMenu={(e) => {
                  e.preventDefault();
                  open(board.id);
                  menuAt(board.id, e.clientX, e.clientY);
                }}
                onKeyDown={(e) => {
                  if (e.key === 'F2') app.rename({ kind: 'board', id: board.id });
                  if (e.key === 'ContextMenu' || (e.shiftKey && e.key === 'F10')) {
                    e.preventDefault();
                    const r = e.currentTarget.getBoundingClientRect();
                    menuAt(board.id, r.right - 20, r.top + 10);
                  }
                }}
              >
                <span className="board-title">{board.title}</span>
                <span className="board-kind">{app.t(board.kind === 'journey' ? 'boards.journey' : 'boards.persona')}</span>
              </button>
            )}
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="add-board"
        data-action="boards.add"
        onClick={(e) => {
          // Only the kinds of board to add: not the open board's Rename, Duplicate or Delete.
          const r = e.currentTarget.getBoundingClientRect();
          app.openContextMenu({ x: r.left, y: r.bottom + 4, target: { kind: 'newBoard' } });
        }}
      >
        {app.t('boards.add')}
      </button>
    </nav>
  );
}
