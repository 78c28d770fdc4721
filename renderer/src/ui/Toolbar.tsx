import { LOCALES, type Locale } from '../../../shared/model';
import { actionById, shortcutLabel } from '../actions/registry';
import type { AppController } from '../workspace/controller';
import { useAppState, useView } from './hooks';

const GROUPS: readonly (readonly string[])[] = [
  ['new', 'open', 'save', 'saveAs'],
  ['undo', 'redo'],
  ['addNote', 'deleteNotes'],
  ['openSample'],
];

const LANGUAGE_NAMES: Record<Locale, string> = { en: 'English', id: 'Bahasa Indonesia', ru: 'Русский' };

export function Toolbar({ app }: { app: AppController }) {
  const state = useAppState(app);
  useView(app); // undo/redo availability follows the doc
  return (
    <header className="toolbar" role="toolbar" aria-label="Journey">
      <span className="app-title">
        {state.dirty && <span aria-hidden="true">• </span>}
        {state.fileName ?? app.state.session.view.getView().meta?.title ?? app.t('app.untitled')}
      </span>
      {GROUPS.map((group, i) => (
        <div className="toolbar-group" key={i}>
          {group.map((id) => {
            const action = actionById(id);
            const shortcut = shortcutLabel(action);
            const label = app.t(action.labelKey);
            return (
              <button
                key={id}
                type="button"
                data-action={id}
                disabled={!action.enabled(app)}
                title={shortcut ? `${label} (${shortcut})` : label}
                aria-keyshortcuts={shortcut || undefined}
                onClick={() => void action.run(app)}
              >
                {label}
              </button>
            );
          })}
        </div>
      ))}
      <label className="language">
        <span>{app.t('language.label')}</span>
        <select value={state.uiLocale} onChange={(e) => app.setUiLocale(e.target.value as Locale)}>
          {LOCALES.map((locale) => (
            <option key={locale} value={locale}>
              {LANGUAGE_NAMES[locale]}
            </option>
          ))}
        </select>
      </label>
    </header>
  );
}
