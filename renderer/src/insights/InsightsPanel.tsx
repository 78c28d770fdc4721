/**
 * View ▸ Insights: the findings panel. It reads like the workshop's summary: candidate moments of
 * truth (each persona's lowest curve points, one click adds the note), vote results ranked, then
 * stage by stage the emotion, the top pain points, the gaps, opportunities and moments of truth.
 * Everything it shows is computed in shared/insights from the board as it is now.
 */
import { addNote } from '../../../shared/doc';
import { candidateNoteText, lowestPoints, rankVotes, signed, stageFindings, type CurveCandidate } from '../../../shared/insights/insights';
import type { Editor } from '../editor/editor';
import { useSlice } from '../editor/hooks';
import { useT } from '../i18n/I18nProvider';
import { collabFor } from '../collab/manager';
import { heatColour } from './InsightsLayer';
import { useInsightInput } from './data';
import { INSIGHTS, toggleInsights, voteResults } from './state';
import './insights.css';

/** Adds the candidate as a Moment-of-truth note in its stage: one undo step. */
export function addCandidate(app: Editor, boardId: string, candidate: CurveCandidate): string | null {
  const lane = Object.values(app.view().lanes).find((l) => l.boardId === boardId && l.kind === 'momentsOfTruth');
  if (!lane) return null;
  const text = app.t(candidateNoteText(candidate).key, candidateNoteText(candidate).params);
  const id = app.edit(() => addNote(app.doc, { boardId, stageId: candidate.stageId, laneId: lane.id, text, author: collabFor(app).state.user.name }));
  if (id) app.select([id]);
  return id;
}

export function InsightsPanel({ app, boardId }: { app: Editor; boardId: string }) {
  const open = useSlice(app, INSIGHTS, (s) => s.open);
  if (!open) return null;
  return <Panel app={app} boardId={boardId} />;
}

function Panel({ app, boardId }: { app: Editor; boardId: string }) {
  const t = useT();
  const { records, emotions, personas } = useInsightInput(app, boardId);
  const everyone = t('insights.boardCurve');
  const votes = voteResults(app, boardId);
  const candidates = lowestPoints(records, emotions, personas, everyone);
  const findings = stageFindings(records, emotions, personas, everyone, votes);
  const ranked = rankVotes(votes, records);
  const hasLane = records.lanes.some((l) => l.kind === 'momentsOfTruth');
  const maxPain = Math.max(0, ...findings.map((f) => f.painCount));
  const list = (items: readonly string[]) => (items.length ? <ul>{items.map((x, i) => <li key={i}>{x}</li>)}</ul> : <span className="muted">{t('insights.none')}</span>);

  return (
    <aside className="insights-panel" aria-label={t('insights.title')} data-testid="insights-panel">
      <header>
        <h2>{t('insights.title')}</h2>
        <button type="button" onClick={() => toggleInsights(app)}>
          {t('insights.close')}
        </button>
      </header>

      <h3>{t('insights.candidates')}</h3>
      <p className="muted">{t('insights.candidatesHelp')}</p>
      {!hasLane && <p className="muted">{t('insights.noLane')}</p>}
      {candidates.length === 0 && <p className="muted">{t('insights.noCandidates')}</p>}
      {candidates.map((c) => (
        <div key={`${c.personaId}-${c.stageId}`} className="candidate" data-testid="mot-candidate">
          {t('insights.candidate', { persona: c.personaName, stage: c.stageTitle, label: c.label || '—', score: signed(c.score) })}
          {c.marked && <div className="muted">{t('insights.marked')}</div>}
          <button type="button" disabled={!hasLane} onClick={() => addCandidate(app, boardId, c)}>
            {t('insights.addCandidate')}
          </button>
        </div>
      ))}

      <h3>{t('insights.votes')}</h3>
      {ranked.length === 0 ? (
        <p className="muted">{t('insights.votesNone')}</p>
      ) : (
        <ol className="votes">
          {ranked.map((r) => (
            <li key={r.note.id}>{t('insights.vote', { rank: r.rank, text: r.note.text.trim(), count: r.count })}</li>
          ))}
        </ol>
      )}

      <h3>{t('insights.byStage')}</h3>
      {findings.map((f) => (
        <section key={f.stage.id} data-testid="finding" data-stage={f.stage.id}>
          <h4>
            <span className="heat-chip" style={{ background: heatColour(maxPain ? f.painCount / maxPain : 0) }} aria-hidden="true" />
            {f.stage.title}
          </h4>
          <dl>
            <dt>{t('insights.emotionHead')}</dt>
            <dd>{list(f.emotions.map((m) => t.text(m)))}</dd>
            <dt>{t('insights.painHead')}</dt>
            <dd>{list(f.painPoints)}</dd>
            <dt>{t('insights.gapsHead')}</dt>
            <dd className="gap">{list(f.gaps.map((m) => t.text(m)))}</dd>
            <dt>{t('insights.oppHead')}</dt>
            <dd>{list(f.opportunities)}</dd>
            <dt>{t('insights.motHead')}</dt>
            <dd>{list(f.momentsOfTruth)}</dd>
          </dl>
        </section>
      ))}
    </aside>
  );
}
