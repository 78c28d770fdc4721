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

export function UnsavedDialog({ app }: { app: AppController }) {
  const { prompt } = useAppState(app);
  if (!prompt) return null;
  return (
    <div className="modal-backdrop">
      <div className="modal" role="alertdialog" aria-modal="true" aria-labelledby="unsaved-title" aria-describedby="unsaved-body">
        <h2 id="unsaved-title">{app.t('unsaved.title', { name: prompt.name })}</h2>
        <p id="unsaved-body">{app.t('unsaved.body')}</p>
        <div className="modal-buttons">
          <button type="button" onClick={() => prompt.answer('discard')}>
            {app.t('unsaved.discard')}
          </button>
          <button type="button" onClick={() => prompt.answer('cancel')}>
            {app.t('unsaved.cancel')}
          </button>
          <button type="button" className="primary" autoFocus onClick={() => prompt.answer('save')}>
            {app.t('unsaved.save')}
          </button>
        </div>
      </div>
    </div>
  );
}
