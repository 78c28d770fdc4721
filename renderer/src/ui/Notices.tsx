import type { AppController } from '../workspace/controller';
import { useAppState } from './hooks';

/** Errors stay until dismissed; they say what happened and what to do. */
export function ErrorBanner({ app }: { app: AppController }) {
  const { error } = useAppState(app);
  if (!error) return null;
  return (
    <div className="error-banner" role="alert" data-testid="error-banner">
      <strong>{error.title}</strong>
      <p>{error.message}</p>
      <button type="button" onClick={() => app.store.set({ error: null })}>
        {app.t('error.dismiss')}
      </button>
    </div>
  );
}

export function StatusLine({ app }: { app: AppController }) {
  const { status } = useAppState(app);
  return (
    <div className="status-line" role="status" data-testid="status">
      {status ?? app.t('board.hint')}
    </div>
  );
}

/** The modal question of `app.ask()`: Escape cancels, the primary choice has focus. */
export function QuestionDialog({ app }: { app: AppController }) {
  const { dialog } = useAppState(app);
  if (!dialog) return null;
  return (
    <div className="modal-backdrop" onKeyDown={(e) => e.key === 'Escape' && dialog.answer('cancel')}>
      <div className="modal" role="alertdialog" aria-modal="true" aria-labelledby="dialog-title" aria-describedby="dialog-body">
        <h2 id="dialog-title">{dialog.title}</h2>
        <p id="dialog-body">{dialog.body}</p>
        <div className="modal-buttons">
          {dialog.choices.map((choice) => (
            <button
              key={choice.value}
              type="button"
              className={choice.primary ? 'primary' : choice.danger ? 'danger' : undefined}
              autoFocus={choice.primary}
              onClick={() => dialog.answer(choice.value)}
            >
              {choice.label}
            </button>
          ))}
        </div>
      </div>
    </div>
  );
}
