import { useEffect, useRef, useState } from 'react';
import { actionLabel } from '../editor/actions';
import type { Editor } from '../editor/editor';
import { useT } from '../i18n/I18nProvider';
import { shortcutLabel } from '../actions/shortcuts';

/** The toolbar's Help button: the registry's Help actions as a menu (the browser has no native menu bar). */
export function HelpMenu({ app }: { app: Editor }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const items = app.actions.all().filter((a) => a.menu === 'help');
  useEffect(() => {
    if (!open) return;
    root.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const away = (e: MouseEvent) => !root.current?.contains(e.target as Node) && setOpen(false);
    window.addEventListener('mousedown', away);
    return () => window.removeEventListener('mousedown', away);
  }, [open]);
  const onKeyDown = (e: React.KeyboardEvent) => {
    if (!open) return;
    e.stopPropagation();
    const buttons = [...(root.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const at = buttons.indexOf(document.activeElement as HTMLElement);
    if (e.key === 'Escape') {
      setOpen(false);
      root.current?.querySelector<HTMLElement>('.help-button')?.focus();
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      buttons[(at + (e.key === 'ArrowDown' ? 1 : buttons.length - 1)) % buttons.length]?.focus();
    }
  };
  return (
    <div className="help-menu" ref={root} onKeyDown={onKeyDown}>
      <button type="button" className="help-button" aria-label={t('menu.help')} title={t('menu.help')} aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen(!open)}>
        ?
      </button>
      {open && (
        <div className="help-menu-items" role="menu" aria-label={t('menu.help')}>
          {items.map((action) => {
            const shortcut = shortcutLabel(action);
            return (
              <button
                key={action.id}
                type="button"
                role="menuitem"
                data-action={action.id}
                onClick={() => {
                  setOpen(false);
                  void action.run(app);
                }}
              >
                <span>{actionLabel(app, action)}</span>
                {shortcut && <kbd>{shortcut}</kbd>}
              </button>
            );
          })}
        </div>
      )}
    </div>
  );
}
