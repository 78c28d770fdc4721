import { renameBoard, setBoardGoal } from '../../../shared/doc';
import type { Board } from '../../../shared/model';
import { actionLabel } from '../editor/actions';
import type { Editor } from '../editor/editor';
import { useSlice } from '../editor/hooks';
import { LOCALE, RENAMING } from '../editor/slices';
import { InlineTextInput } from './InlineTextInput';
import { FacilitationBar } from '../facilitation/FacilitationBar';

const ZOOM_ACTIONS = ['zoomOut', 'zoomIn', 'zoomFit', 'zoom100'] as const;

/** The board's title, its goal (click to edit) and the zoom controls. */
export function BoardHeader({ app, board }: { app: Editor; board: Board }) {
  const editingGoal = useSlice(app, RENAMING, (s) => s.renaming?.kind === 'goal' && s.renaming.id === board.id);
  const editingTitle = useSlice(app, RENAMING, (s) => s.renaming?.kind === 'board' && s.renaming.id === board.id && s.renaming.where === 'header');
  useSlice(app, LOCALE);
  return (
    <div className="board-header">
      <div className="board-heading">
        {editingTitle ? (
          <InlineTextInput
            className="board-title-editor"
            label={app.t('rename.board')}
            initial={board.title}
            maxLength={200}
            onCommit={(title) => title && app.edit(() => renameBoard(app.doc, board.id, title))}
            onDone={() => app.rename(null)}
          />
        ) : (
          <h1 onDoubleClick={() => app.rename({ kind: 'board', id: board.id, where: 'header' })}>{board.title}</h1>
        )}
        {editingGoal ? (
          <InlineTextInput
            className="goal-editor"
            label={app.t('board.goal')}
            placeholder={app.t('board.goalPlaceholder')}
            initial={board.goal}
            maxLength={2000}
            onCommit={(goal) => app.edit(() => setBoardGoal(app.doc, board.id, goal))}
            onDone={() => app.rename(null)}
          />
        ) : (
          <button type="button" className={board.goal ? 'goal' : 'goal muted'} onClick={() => app.rename({ kind: 'goal', id: board.id })}>
            <strong>{app.t('board.goal')}:</strong> {board.goal || app.t('board.noGoal')}
          </button>
        )}
      </div>
      <FacilitationBar app={app} />
      {board.kind === 'journey' && (
        <div className="zoom-controls" role="group" aria-label={app.t('zoom.label')}>
          {ZOOM_ACTIONS.map((id) => {
            const action = app.actions.get(id);
            const label = actionLabel(app, action);
            return (
              <button key={id} type="button" data-action={id} title={label} aria-label={label} onClick={() => void action.run(app)}>
                {id === 'zoomOut' ? '−' : id === 'zoomIn' ? '+' : id === 'zoomFit' ? app.t('action.zoomFit') : '100%'}
              </button>
            );
          })}
        </div>
      )}
    </div>
  );
}
