import { byOrder } from '../../../shared/model';
import type { AppController } from '../workspace/controller';
import { useAppState, useView } from './hooks';

export function BoardList({ app }: { app: AppController }) {
  const { activeBoardId } = useAppState(app);
  const view = useView(app);
  const boards = Object.values(view.boards).sort(byOrder);
  return (
    <nav className="board-list" aria-label={app.t('boards.heading')}>
      <h2>{app.t('boards.heading')}</h2>
      <ul>
        {boards.map((board) => (
          <li key={board.id}>
            <button
              type="button"
              aria-current={board.id === activeBoardId ? 'page' : undefined}
              onClick={() => app.store.set({ activeBoardId: board.id, selectedNoteIds: [], selectedCell: null, editingNoteId: null })}
            >
              <span className="board-title">{board.title}</span>
              <span className="board-kind">{app.t(board.kind === 'journey' ? 'boards.journey' : 'boards.persona')}</span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
