import type { Editor } from '../editor/editor';
import { useSlice } from '../editor/hooks';
import { LOCALE } from '../editor/slices';
import { useT } from '../i18n/I18nProvider';
import { openHelp } from '../editor/help-windows';
import { HelpFrame } from './HelpFrame';
import { shortcutSheet } from './shortcut-sheet';

/** `?` and Help ▸ Keyboard shortcuts: the registry's shortcuts by menu, with this platform's keys. */
export function ShortcutsDialog({ app }: { app: Editor }) {
  const t = useT();
  useSlice(app, LOCALE, (s) => s.uiLocale);
  const groups = shortcutSheet(app);
  return (
    <HelpFrame title={t('shortcuts.title')} closeLabel={t('help.close')} onClose={() => openHelp(app, null)} className="shortcut-sheet">
      <div className="shortcut-groups">
        {groups.map((group) => (
          <section key={group.id} data-group={group.id} aria-label={group.title}>
            <h3>{group.title}</h3>
            <dl>
              {group.rows.map((row) => (
                <div key={row.id} className="shortcut-row" data-action={row.id}>
                  <dt>{row.label}</dt>
                  <dd>
                    {row.keys.map((key, i) => (
                      <span key={key}>
                        {i > 0 && <span className="shortcut-or"> {t('shortcuts.or')} </span>}
                        <kbd>{key}</kbd>
                      </span>
                    ))}
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
      <div className="modal-buttons">
        <button type="button" className="primary" data-autofocus onClick={() => openHelp(app, null)}>
          {t('help.close')}
        </button>
      </div>
    </HelpFrame>
  );
}
