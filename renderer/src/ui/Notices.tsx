import type { Editor } from '../editor/editor';
import { useSlice } from '../editor/hooks';
import { DIALOGS, NOTICES, type DialogChoice } from '../editor/slices';
import { useT } from '../i18n/I18nProvider';

/** Errors stay until dismissed; they say what happened and what to do (kept as messages: drawn in the language shown now). */
export function ErrorBanner({ app }: { app: Editor }) {
  const error = useSlice(app, NOTICES, (s) => s.error);
  const t = useT();
  if (!error) return null;
  return (
    <div className="error-banner" role="alert" data-testid="error-banner">
      <strong>{t.text(error.title)}</strong>
      <p>{t.text(error.message)}</p>
      <button type="button" onClick={() => app.dismissError()}>
        {t('error.dismiss')}
      </button>
    </div>
  );
}

export function StatusLine({ app }: { app: Editor }) {
  const status = useSlice(app, NOTICES, (s) => s.status);
  const t = useT();
  return (
    <div className="status-line" role="status" data-testid="status">
      {status ? t.text(status) : t('board.hint')}
    </div>
  );
}

/** The modal question of `app.ask()`: Escape cancels, the primary choice has focus. */
export function QuestionDialog({ app }: { app: Editor }) {
  const dialog = useSlice(app, DIALOGS, (s) => s.dialog);
  const t = useT();
  if (!dialog) return null;
  const button = (choice: DialogChoice) => (
    <button
      key={choice.value}
      type="button"
      className={[choice.primary ? 'primary' : choice.danger ? 'danger' : '', choice.item ? 'modal-item' : ''].filter(Boolean).join(' ') || undefined}
      autoFocus={choice.primary}
      onClick={() => dialog.answer(choice.value)}
    >
      {t.text(choice.label)}
    </button>
  );
  return (
    <div className="modal-backdrop" onKeyDown={(e) => e.key === 'Escape' && dialog.answer('cancel')}>
      <div className="modal" role="alertdialog" aria-modal="true" aria-labelledby="dialog-title" aria-describedby="dialog-body">
        <h2 id="dialog-title">{t.text(dialog.title)}</h2>
        <p id="dialog-body">{t.text(dialog.body)}</p>
        {dialog.choices.some((c) => c.item) && (
          <div className="modal-items" role="group" aria-labelledby="dialog-title">
            {dialog.choices.filter((c) => c.item).map(button)}
          </div>
        )}
        <div className="modal-buttons">{dialog.choices.filter((c) => !c.item).map(button)}</div>
      </div>
    </div>
  );
}
