import { useEffect, useRef } from 'react';
import { NOTE_FILL, type NoteColor } from '../../../shared/model';
import type { MessageKey } from '../../../shared/i18n';
import { shortcutLabel } from '../actions/shortcuts';
import { actionLabel, type Action } from '../editor/actions';
import type { Editor } from '../editor/editor';
import { useSlice, useView } from '../editor/hooks';
import { DIALOGS } from '../editor/slices';

/** The right-click menu: the registry's actions for what was clicked, grouped, keyboard-operable. */
export function ContextMenu({ app }: { app: Editor }) {
  const contextMenu = useSlice(app, DIALOGS, (s) => s.contextMenu);
  useView(app); // what is enabled follows the doc while the menu is open (a peer may delete the note)
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!contextMenu) return;
    ref.current?.querySelector<HTMLButtonElement>('button:not(:disabled)')?.focus();
    const close = (event: MouseEvent) => {
      if (!ref.current?.contains(event.target as Node)) app.openContextMenu(null);
    };
    window.addEventListener('mousedown', close);
    return () => window.removeEventListener('mousedown', close);
  }, [contextMenu, app]);

  if (!contextMenu) return null;
  const { target } = contextMenu;
  const actions = app.actions.forContext(target.kind).filter((a) => a.enabled(app, target));
  const plain = actions.filter((a) => !a.group);
  const groups = new Map<MessageKey, Action[]>();
  for (const action of actions) {
    if (!action.group) continue;
    const list = groups.get(action.group) ?? [];
    list.push(action);
    groups.set(action.group, list);
  }
  const run = (action: Action) => {
    app.openContextMenu(null);
    void action.run(app, target);
  };
  const item = (action: Action) => (
    <button key={action.id} type="button" role="menuitem" className={action.danger ? 'danger' : undefined} data-action={action.id} onClick={() => run(action)}>
      <span>{actionLabel(app, action)}</span>
      {shortcutLabel(action) && <kbd>{shortcutLabel(action)}</kbd>}
    </button>
  );
  const left = Math.min(contextMenu.x, window.innerWidth - 260);
  const top = Math.min(contextMenu.y, window.innerHeight - 40 - 34 * Math.min(actions.length, 14));
  return (
    <div
      ref={ref}
      className="context-menu"
      role="menu"
      style={{ left, top: Math.max(8, top) }}
      onKeyDown={(e) => {
        const buttons = [...(ref.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
        const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
        if (e.key === 'Escape') app.openContextMenu(null);
        else if (e.key === 'ArrowDown') buttons[(index + 1) % buttons.length]?.focus();
        else if (e.key === 'ArrowUp') buttons[(index - 1 + buttons.length) % buttons.length]?.focus();
        else return;
        e.preventDefault();
        e.stopPropagation();
      }}
    >
      {plain.filter((a) => !a.danger).map(item)}
      {[...groups].map(([group, list]) => (
        <div key={group} role="group" aria-label={app.t(group)} className="menu-group">
          <div className="menu-heading">{app.t(group)}</div>
          {group === 'menu.color' ? (
            <div className="swatches menu-swatches">
              {list.map((action) => {
                const color = action.id.slice('color:'.length) as NoteColor;
                return (
                  <button
                    key={action.id}
                    type="button"
                    role="menuitem"
                    className="swatch"
                    data-action={action.id}
                    aria-label={actionLabel(app, action)}
                    title={actionLabel(app, action)}
                    style={{ background: NOTE_FILL[color] }}
                    onClick={() => run(action)}
                  />
                );
              })}
            </div>
          ) : (
            list.map(item)
          )}
        </div>
      ))}
      {plain.filter((a) => a.danger).map(item)}
    </div>
  );
}
