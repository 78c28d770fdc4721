import type { Editor } from '../editor/editor';
import { useSlice } from '../editor/hooks';
import { useT } from '../i18n/I18nProvider';
import { FACILITATION_UI } from './controller';

/** The revealed vote as a ranked list (most dots first; equal counts share a rank). */
export function VoteResultsList({ app }: { app: Editor }) {
  const t = useT();
  const results = useSlice(app, FACILITATION_UI, (s) => s.results);
  if (!results) return null;
  return (
    <div data-testid="vote-results">
      <h3>{t('facilitation.results')}</h3>
      <p className="muted">{t('facilitation.voters', { count: results.voters })}</p>
      {results.ranking.length === 0 ? (
        <p className="muted">{t('facilitation.noVotes')}</p>
      ) : (
        <ol className="facilitation-results">
          {results.ranking.map((r) => (
            <li key={r.noteId} data-note-id={r.noteId}>
              <span className="rank">{r.rank}.</span>
              <span className="text">{r.text.trim() || t('facilitation.emptyNote')}</span>
              <span className="count">{t('facilitation.dots', { count: r.count })}</span>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
