import { setBoardGoal } from '../../../shared/doc';
import type { Board } from '../../../shared/model';
import { actionById } from '../actions/registry';
import type { AppController } from '../workspace/controller';
import { useAppState } from './hooks';
import { InlineTextInput } from './InlineTextInput';

const ZOOM_ACTIONS = ['zoomOut', 'zoomIn', 'zoomFit', 'zoom100'] as const;

/** The board's title, its goal (click to edit) and the zoom controls. */
export function BoardHeader({ app, board }: { app: AppController; board: Board }) {
  const { renaming } = useAppState(app);
  const editingGoal = renaming?.kind === 'goal' && renaming.id === board.id;
  return (
    <div className="board-header">
      <div className="board-heading">
        <h1 onDoubleClick={() => app.store.set({ renaming: { kind: 'board', id: board.id } })}>{board.title}</h1>
        {editingGoal ? (
          <InlineTextInput
            className="goal-editor"
            label={app.t('board.goal')}
            placeholder={app.t('board.goalPlaceholder')}
            initial={board.goal}
            maxLength={2000}
            onCommit={(goal) => {
              setBoardGoal(app.state.session.doc, board.id, goal);
              app.state.session.undo.stopCapturing();
            }}
            onDone={() => app.store.set({ renaming: null })}
          />
        ) : (
          <button type="button" className={board.goal ? 'goal' : 'goal muted'} onClick={() => app.store.set({ renaming: { kind: 'goal', id: board.id } })}>
            <strong>{app.t('board.goal')}:</strong> {board.goal || app.t('board.noGoal')}
          </button>
        )}
      </div>
      {board.kind === 'journey' && (
        <div className="zoom-controls" role="group" aria-label={app.t('zoom.label')}>
          {ZOOM_ACTIONS.map((id) => {
            const action = actionById(id);
            return (
              <button key={id} type="button" data-action={id} title={app.t(action.labelKey)} aria-label={app.t(action.labelKey)} onClick={() => void action.run(app)}>
                {id === 'zoomOut' ? '−' : id === 'zoomIn' ? '+' : id === 'zoomFit' ? app.t('action.zoomFit') : '100%'}
              </button>
            );
          })}
        </div>
      )}
    </div>
  );
}
