import { updateNote, updateNotes } from '../../../shared/doc';
import { toWellFormed } from '../../../shared/model/text';
import { NOTE_COLORS, NOTE_FILL, type Note } from '../../../shared/model';
import type { Editor } from '../editor/editor';
import { shallowEqual, useSlice, useView } from '../editor/hooks';
import { LOCALE, SELECTION } from '../editor/slices';
import { NotePersonaTags } from '../persona/JourneyPersonas';
import { LaneColorNote } from './LaneColorNote';
import { panelSide, useBesideCanvas } from './beside-canvas';

/**
 * The panel beside the board for the selected notes: colour for all of them, and for one
 * note what its lane kind records (touchpoint channel and impact, KPI values, evidence).
 */
export function Inspector({ app }: { app: Editor }) {
  const selectedNoteIds = useSlice(app, SELECTION, (s) => s.selectedNoteIds, shallowEqual);
  useSlice(app, LOCALE);
  const view = useView(app);
  const besideCanvas = useBesideCanvas(app);
  const notes = selectedNoteIds.map((id) => view.notes[id]).filter((n): n is Note => n !== undefined);
  if (!notes.length) return null;
  const doc = app.doc;
  const single = notes.length === 1 ? notes[0]! : null;
  const kind = single ? view.lanes[single.laneId]?.kind : undefined;
  const shows = {
    touchpoint: !!single && (kind === 'touchpoints' || single.channel !== undefined || single.impact !== undefined),
    kpi: !!single && (kind === 'kpis' || single.metric !== undefined || single.target !== undefined || single.current !== undefined),
    evidence: !!single && (kind === 'insights' || single.evidence !== undefined),
  };
  const text = (field: 'metric' | 'target' | 'current') =>
    single && (
      <label className="field">
        <span>{app.t(`inspector.${field}`)}</span>
        <input
          key={`${single.id}:${field}`}
          defaultValue={single[field] ?? ''}
          maxLength={500}
          onBlur={(e) => {
            if (e.target.value !== (single[field] ?? '')) {
              app.edit(() => updateNote(doc, single.id, { [field]: toWellFormed(e.target.value) || undefined }));
            }
          }}
          onKeyDown={(e) => e.key === 'Enter' && (e.target as HTMLInputElement).blur()}
        />
      </label>
    );

  return (
    <aside ref={besideCanvas} className={`inspector ${panelSide(app, selectedNoteIds)}`} aria-label={app.t('inspector.heading', { count: notes.length })}>
      <h2>{app.t('inspector.heading', { count: notes.length })}</h2>
      <fieldset>
        <legend>{app.t('menu.color')}</legend>
        <div className="swatches">
          {NOTE_COLORS.map((color) => (
            <button
              key={color}
              type="button"
              className="swatch"
              style={{ background: NOTE_FILL[color] }}
              aria-label={app.t(`color.${color}`)}
              aria-pressed={notes.every((n) => n.color === color)}
              title={app.t(`color.${color}`)}
              onClick={() => {
                app.edit(() => updateNotes(doc, selectedNoteIds, { color }));
              }}
            />
          ))}
        </div>
        {single && <LaneColorNote app={app} note={single} lane={view.lanes[single.laneId]} />}
      </fieldset>
      <NotePersonaTags app={app} notes={notes} />
      {single && shows.touchpoint && (
        <fieldset>
          <legend>{app.t('inspector.channel')}</legend>
          {(['online', 'offline'] as const).map((channel) => (
            <label key={channel} className="radio">
              <input
                type="radio"
                name="channel"
                checked={single.channel === channel}
                onChange={() => {
                  app.edit(() => updateNote(doc, single.id, { channel }));
                }}
              />
              {app.t(channel === 'online' ? 'note.online' : 'note.offline')}
            </label>
          ))}
          <label className="field">
            <span>{app.t('inspector.impact')}</span>
            <select
              value={single.impact ?? ''}
              onChange={(e) => {
                app.edit(() => updateNote(doc, single.id, { impact: e.target.value ? Number(e.target.value) : undefined }));
              }}
            >
              <option value="">–</option>
              {[1, 2, 3, 4, 5].map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          </label>
        </fieldset>
      )}
      {single && shows.kpi && (
        <fieldset>
          <legend>KPI</legend>
          {text('metric')}
          {text('target')}
          {text('current')}
        </fieldset>
      )}
      {single && shows.evidence && (
        <fieldset>
          <legend>{app.t('inspector.evidence')}</legend>
          {(['qualitative', 'quantitative'] as const).map((evidence) => (
            <label key={evidence} className="radio">
              <input
                type="radio"
                name="evidence"
                checked={single.evidence === evidence}
                onChange={() => {
                  app.edit(() => updateNote(doc, single.id, { evidence }));
                }}
              />
              {app.t(evidence === 'qualitative' ? 'note.qualitative' : 'note.quantitative')}
            </label>
          ))}
        </fieldset>
      )}
    </aside>
  );
}
