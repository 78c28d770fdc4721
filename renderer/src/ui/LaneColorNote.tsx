import { updateNote } from '../../../shared/doc';
import { LANE_STRIPE } from '../../../shared/layout/theme';
import { LANE_DEFAULT_COLOR, LANE_KINDS, LANE_TITLES, type Lane, type Note } from '../../../shared/model';
import type { Editor } from '../editor/editor';

/**
 * The colour rule, said where it matters: a note keeps its own colour and a lane only gives new
 * notes theirs. When a selected note's colour is not its lane's (a pain point dropped among the
 * opportunities), the inspector says so, with the lane's accent and a button for its colour.
 */
export function LaneColorNote({ app, note, lane }: { app: Editor; note: Note; lane: Lane | undefined }) {
  if (!lane) return null;
  const laneColor = LANE_DEFAULT_COLOR[lane.kind];
  if (note.color === laneColor) return <p className="lane-color-rule">{app.t('laneColor.rule')}</p>;
  const from = LANE_KINDS.find((kind) => kind !== 'custom' && LANE_DEFAULT_COLOR[kind] === note.color);
  const kind = from ? LANE_TITLES[app.uiLocale][from] : app.t(`color.${note.color}`);
  return (
    <div className="lane-color-note" role="note" style={{ borderLeftColor: LANE_STRIPE[lane.kind] }}>
      <p>{app.t('laneColor.mismatch', { kind, lane: lane.title })}</p>
      <p className="lane-color-rule">{app.t('laneColor.rule')}</p>
      <button type="button" onClick={() => app.edit(() => updateNote(app.doc, note.id, { color: laneColor }))}>
        {app.t('laneColor.apply')}
      </button>
    </div>
  );
}
