import { useEffect, useState } from 'react';
import { movePersona } from '../../../shared/doc';
import { byOrder } from '../../../shared/model';
import type { Editor } from '../editor/editor';
import { shallowEqual, useSlice, useView } from '../editor/hooks';
import { LOCALE, SELECTION } from '../editor/slices';
import { addPersonas, deletePersonaCard, duplicatePersonaCard, installPersonaClipboard } from './operations';
import { PersonaAvatar, PersonaCard } from './PersonaCard';
import { personaUi, usePersonaUiValue } from './persona-ui';
import './persona.css';

/**
 * The persona board: a card per persona of the whole workspace (every persona board shows
 * the same personas; journeys link them). Add, edit in place, duplicate, reorder, delete,
 * copy to another workspace, import from another file.
 */
export function PersonaBoard({ app }: { app: Editor }) {
  const view = useView(app);
  const ui = usePersonaUiValue(app, (s) => ({ selected: s.selected, importing: s.importing }), shallowEqual);
  useSlice(app, LOCALE);
  const personas = Object.values(view.personas).sort(byOrder);
  const selected = ui.selected.filter((id) => view.personas[id]);

  useEffect(() => installPersonaClipboard(app, () => app.get(SELECTION).selectedNoteIds.length === 0), [app]);

  const move = (id: string, delta: -1 | 1) => {
    const index = personas.findIndex((p) => p.id === id);
    const before = delta < 0 ? personas[index - 1]?.id : (personas[index + 2]?.id ?? null);
    if (before === undefined) return;
    app.edit(() => movePersona(app.doc, id, before));
  };
  const toggle = (id: string, on: boolean) => personaUi(app).set((s) => ({ selected: on ? [...s.selected.filter((x) => x !== id), id] : s.selected.filter((x) => x !== id) }));

  return (
    <div className="persona-board">
      <p className="muted persona-scope">{app.t('personas.scope')}</p>
      <div className="persona-toolbar" role="toolbar" aria-label={app.t('personas.toolbar')}>
        <button type="button" className="primary" onClick={() => void app.actions.get('addPersona').run(app)}>
          {app.t('personas.add')}
        </button>
        <button type="button" disabled={!selected.length} onClick={() => void app.actions.get('copyPersonas').run(app)}>
          {app.t('personas.copy', { count: selected.length })}
        </button>
        <button type="button" onClick={() => void app.actions.get('importPersonas').run(app)}>
          {app.t('personas.import')}
        </button>
        <span className="muted">{app.t('personas.pasteHint')}</span>
      </div>
      {ui.importing && <ImportPanel app={app} />}
      {personas.length === 0 && <p className="persona-empty">{app.t('personas.empty')}</p>}
      <div className="persona-cards">
        {personas.map((persona, index) => (
          <PersonaCard
            key={persona.id}
            app={app}
            persona={persona}
            header={
              <label className="persona-select">
                <input type="checkbox" checked={selected.includes(persona.id)} onChange={(e) => toggle(persona.id, e.target.checked)} />
                {app.t('personas.select')}
              </label>
            }
            footer={
              <div className="persona-card-actions">
                <button type="button" disabled={index === 0} aria-label={app.t('personas.moveLeft')} title={app.t('personas.moveLeft')} onClick={() => move(persona.id, -1)}>
                  ←
                </button>
                <button
                  type="button"
                  disabled={index === personas.length - 1}
                  aria-label={app.t('personas.moveRight')}
                  title={app.t('personas.moveRight')}
                  onClick={() => move(persona.id, 1)}
                >
                  →
                </button>
                <button type="button" onClick={() => duplicatePersonaCard(app, persona.id)}>
                  {app.t('action.duplicate')}
                </button>
                <button type="button" className="danger" onClick={() => void deletePersonaCard(app, persona.id)}>
                  {app.t('action.delete')}
                </button>
              </div>
            }
          />
        ))}
      </div>
    </div>
  );
}

/** Which personas of the chosen file to bring over. */
function ImportPanel({ app }: { app: Editor }) {
  const importing = usePersonaUiValue(app, (s) => s.importing);
  const [chosen, setChosen] = useState<ReadonlySet<number>>(() => new Set(importing?.personas.map((_, i) => i)));
  if (!importing) return null;
  const close = () => personaUi(app).set({ importing: null });
  return (
    <section className="persona-import" aria-label={app.t('import.title', { name: importing.fileName })}>
      <h2>{app.t('import.title', { name: importing.fileName })}</h2>
      <p className="muted">{app.t('import.body')}</p>
      <ul>
        {importing.personas.map((p, i) => (
          <li key={i}>
            <label>
              <input
                type="checkbox"
                checked={chosen.has(i)}
                onChange={(e) => {
                  const next = new Set(chosen);
                  if (e.target.checked) next.add(i);
                  else next.delete(i);
                  setChosen(next);
                }}
              />
              <PersonaAvatar persona={{ ...p, id: `import-${i}`, order: 'a0' }} size={32} />
              <strong>{p.name || app.t('persona.unnamed')}</strong>
              {p.role && <span className="muted"> · {p.role}</span>}
            </label>
          </li>
        ))}
      </ul>
      <div className="modal-buttons">
        <button type="button" onClick={close}>
          {app.t('unsaved.cancel')}
        </button>
        <button
          type="button"
          className="primary"
          disabled={chosen.size === 0}
          onClick={() => {
            addPersonas(app, importing.personas.filter((_, i) => chosen.has(i)), 'persona.imported');
            close();
          }}
        >
          {app.t('import.confirm', { count: chosen.size })}
        </button>
      </div>
    </section>
  );
}
