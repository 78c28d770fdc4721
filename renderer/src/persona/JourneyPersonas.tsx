import { useEffect } from 'react';
import { addPersona, linkPersona, tagNotes, unlinkPersona } from '../../../shared/doc';
import { message } from '../../../shared/i18n';
import { byOrder, type Note, type Persona } from '../../../shared/model';
import type { Editor } from '../editor/editor';
import { useSlice, useView } from '../editor/hooks';
import { LOCALE, SELECTION } from '../editor/slices';
import { focusPersonaName, installPersonaClipboard, openPersonaBoard } from './operations';
import { PersonaAvatar, PersonaCard } from './PersonaCard';
import { personaUi, useBoardPersonas, usePersonaUiValue } from './persona-ui';
import './persona.css';

/** Drag type for reordering the legend (never leaves the page). */
const LEGEND_MIME = 'application/x-journey-legend-persona';

/**
 * The journey board's persona bar, which is also the curves' legend: the personas walking
 * this journey in legend order, each in its curve colour. Per persona: draw its curve
 * (new points start that curve), highlight it (dims notes not tagged with it), open its card
 * beside the board, or take it off this journey. A picker links more personas.
 */
export function JourneyPersonaBar({ app, boardId }: { app: Editor; boardId: string }) {
  const view = useView(app);
  const board = view.boards[boardId];
  useEffect(() => installPersonaClipboard(app, () => false), [app]);
  const linked = (board?.kind === 'journey' ? board.personaIds : []).map((id) => view.personas[id]).filter((p): p is Persona => p !== undefined);
  const linkedIds = linked.map((p) => p.id);
  const { drawing, filter } = useBoardPersonas(app, boardId, linkedIds);
  const sideCard = usePersonaUiValue(app, (s) => s.sideCard);
  if (!board || board.kind !== 'journey') return null;
  const unlinked = Object.values(view.personas)
    .filter((p) => !board.personaIds.includes(p.id))
    .sort(byOrder);
  const doc = app.doc;
  const set = personaUi(app).set;

  return (
    <div className="journey-personas" role="group" aria-label={app.t('journeyPersonas.label')}>
      <span className="journey-personas-title">{app.t('journeyPersonas.label')}:</span>
      {linked.length === 0 && <span className="muted">{app.t('journeyPersonas.none')}</span>}
      <ul className="persona-legend">
        {linked.map((persona) => (
          <li
            key={persona.id}
            className={filter && filter !== persona.id ? 'faded' : undefined}
            data-legend-persona={persona.id}
            draggable={linked.length > 1}
            title={linked.length > 1 ? app.t('journeyPersonas.reorderHint') : undefined}
            onDragStart={(e) => {
              e.dataTransfer.setData(LEGEND_MIME, persona.id);
              e.dataTransfer.effectAllowed = 'move';
            }}
            onDragOver={(e) => e.dataTransfer.types.includes(LEGEND_MIME) && e.preventDefault()}
            onDrop={(e) => {
              const dragged = e.dataTransfer.getData(LEGEND_MIME);
              if (!dragged || dragged === persona.id) return;
              e.preventDefault();
              // Dropped on the right half: after this entry; on the left half: before it.
              const box = e.currentTarget.getBoundingClientRect();
              const after = e.clientX > box.left + box.width / 2;
              const rest = linkedIds.filter((id) => id !== dragged);
              const before = after ? (rest[rest.indexOf(persona.id) + 1] ?? null) : persona.id;
              app.edit(() => linkPersona(doc, boardId, dragged, before));
            }}
          >
            <span className="legend-line" style={{ background: persona.color }} aria-hidden="true" />
            <PersonaAvatar persona={persona} size={24} />
            <span className="legend-name">{persona.name || app.t('persona.unnamed')}</span>
            {linked.length > 1 && (
              <button
                type="button"
                className="chip"
                aria-pressed={drawing === persona.id}
                title={app.t('journeyPersonas.drawHint')}
                onClick={() => set((s) => ({ drawing: { ...s.drawing, [boardId]: persona.id } }))}
              >
                ✎ {app.t('journeyPersonas.draw')}
              </button>
            )}
            <button
              type="button"
              className="chip"
              aria-pressed={filter === persona.id}
              title={app.t('journeyPersonas.highlightHint')}
              onClick={() =>
                set((s) => {
                  const next = { ...s.filter };
                  if (filter === persona.id) delete next[boardId];
                  else next[boardId] = persona.id;
                  return { filter: next };
                })
              }
            >
              {app.t('journeyPersonas.highlight')}
            </button>
            <button type="button" className="chip" aria-pressed={sideCard === persona.id} onClick={() => set({ sideCard: sideCard === persona.id ? null : persona.id })}>
              {app.t('journeyPersonas.card')}
            </button>
            <button
              type="button"
              className="chip icon"
              aria-label={app.t('journeyPersonas.unlink', { name: persona.name })}
              title={app.t('journeyPersonas.unlink', { name: persona.name })}
              onClick={async () => {
                const points = Object.values(view.emotions).filter((e) => e.boardId === boardId && e.personaId === persona.id).length;
                if (points > 0) {
                  const answer = await app.ask({
                    title: message('journeyPersonas.unlinkTitle', { name: persona.name || message('persona.unnamed') }),
                    body: message('journeyPersonas.unlinkBody', { count: points }),
                    choices: [
                      { value: 'cancel', label: message('unsaved.cancel') },
                      { value: 'unlink', label: message('journeyPersonas.unlinkConfirm'), danger: true, primary: true },
                    ],
                  });
                  if (answer !== 'unlink') return;
                }
                app.edit(() => unlinkPersona(app.doc, boardId, persona.id));
              }}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <select
        aria-label={app.t('journeyPersonas.link')}
        value=""
        onChange={(e) => {
          const value = e.target.value;
          if (!value) return;
          const id = app.edit(() => {
            const linked = value === '__new' ? addPersona(doc, app.t('persona.newName', { n: Object.keys(view.personas).length + 1 })) : value;
            linkPersona(doc, boardId, linked);
            return linked;
          });
          if (value === '__new') {
            set({ sideCard: id });
            focusPersonaName(id);
          }
        }}
      >
        <option value="">{app.t('journeyPersonas.link')}</option>
        {unlinked.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name || app.t('persona.unnamed')}
          </option>
        ))}
        <option value="__new">{app.t('journeyPersonas.new')}</option>
      </select>
      <button type="button" className="chip" onClick={() => openPersonaBoard(app)}>
        {app.t('journeyPersonas.openBoard')}
      </button>
    </div>
  );
}

/** The persona's card beside the journey, editable in place. */
export function PersonaSidePanel({ app }: { app: Editor }) {
  const sideCard = usePersonaUiValue(app, (s) => s.sideCard);
  const view = useView(app);
  const persona = sideCard ? view.personas[sideCard] : undefined;
  if (!persona) return null;
  return (
    <aside className="persona-side" aria-label={app.t('journeyPersonas.sideLabel', { name: persona.name })}>
      <div className="persona-side-head">
        <button type="button" onClick={() => personaUi(app).set({ sideCard: null })}>
          {app.t('journeyPersonas.closeCard')}
        </button>
      </div>
      <PersonaCard app={app} persona={persona} />
    </aside>
  );
}

/** Inspector section: tag the selected notes with the personas walking the board. */
export function NotePersonaTags({ app, notes }: { app: Editor; notes: readonly Note[] }) {
  const activeBoardId = useSlice(app, SELECTION, (s) => s.activeBoardId);
  useSlice(app, LOCALE);
  const view = useView(app);
  const board = activeBoardId ? view.boards[activeBoardId] : undefined;
  const ids = [...new Set([...(board?.personaIds ?? []), ...notes.flatMap((n) => n.personaIds ?? [])])];
  const personas = ids.map((id) => view.personas[id]).filter((p): p is Persona => p !== undefined);
  if (!notes.length || !personas.length) return null;
  return (
    <fieldset className="note-personas">
      <legend>{app.t('inspector.personas')}</legend>
      {personas.map((persona) => {
        const count = notes.filter((n) => n.personaIds?.includes(persona.id)).length;
        return (
          <label key={persona.id} className="radio">
            <input
              type="checkbox"
              checked={count === notes.length}
              ref={(el) => {
                if (el) el.indeterminate = count > 0 && count < notes.length;
              }}
              onChange={(e) => {
                app.edit(() => tagNotes(app.doc, notes.map((n) => n.id), persona.id, e.target.checked));
              }}
            />
            <span className="legend-dot" style={{ background: persona.color }} aria-hidden="true" />
            {persona.name || app.t('persona.unnamed')}
          </label>
        );
      })}
    </fieldset>
  );
}
