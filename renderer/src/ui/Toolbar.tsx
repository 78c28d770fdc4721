import { LOCALES, type Locale } from '../../../shared/model';
import { actionLabel } from '../editor/actions';
import type { Editor } from '../editor/editor';
import { shallowEqual, useEditor, useSlice, useView } from '../editor/hooks';
import { LOCALE } from '../editor/slices';
import { shortcutLabel } from '../actions/shortcuts';
import { WorkspaceTitle } from './WorkspaceTitle';
import { HelpMenu } from '../help/HelpMenu';
import { iconOnly, ToolbarIcon } from './toolbar-icons';
import './toolbar.css';

const GROUPS: readonly (readonly string[])[] = [
  ['new', 'open', 'save', 'saveAs'],
  ['undo', 'redo'],
  ['addNote', 'deleteNotes'],
  ['openSample'],
  ['present', 'insights'],
];

const LANGUAGE_NAMES: Record<Locale, string> = { en: 'English', id: 'Bahasa Indonesia', ru: 'Русский' };

export function Toolbar({ app }: { app: Editor }) {
  const uiLocale = useSlice(app, LOCALE, (s) => s.uiLocale);
  // Undo/redo follow the doc (the view), Add/Delete the selection: re-render when an enabled state changes.
  useView(app);
  const enabled = useEditor(app, () => GROUPS.flat().map((id) => app.actions.get(id).enabled(app)), shallowEqual);
  return (
    <header className="toolbar" role="toolbar" aria-label="Journey">
      <WorkspaceTitle app={app} />
      {GROUPS.map((group, i) => (
        <div className="toolbar-group" key={i}>
          {group.map((id) => {
            const action = app.actions.get(id);
            const index = GROUPS.flat().indexOf(id);
            const shortcut = shortcutLabel(action);
            const label = actionLabel(app, action);
            const icon = iconOnly(id);
            return (
              <button
                key={id}
                type="button"
                data-action={id}
                className={icon ? 'icon-button' : undefined}
                aria-label={icon ? label : undefined}
                disabled={!enabled[index]}
                title={shortcut ? `${label} (${shortcut})` : label}
                aria-keyshortcuts={shortcut || undefined}
                onClick={() => void action.run(app)}
              >
                {icon ? <ToolbarIcon name={id} /> : label}
              </button>
            );
          })}
        </div>
      ))}
      <label className="language" title={app.t('language.label')}>
        <ToolbarIcon name="language" />
        <span className="visually-hidden">{app.t('language.label')}</span>
        <select value={uiLocale} onChange={(e) => app.setUiLocale(e.target.value as Locale)}>
          {LOCALES.map((locale) => (
            <option key={locale} value={locale}>
              {LANGUAGE_NAMES[locale]}
            </option>
          ))}
        </select>
      </label>
      <HelpMenu app={app} />
    </header>
  );
}
