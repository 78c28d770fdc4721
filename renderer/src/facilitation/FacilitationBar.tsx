import type { Editor } from '../editor/editor';
import { useSlice } from '../editor/hooks';
import { SELECTION } from '../editor/slices';
import { useT } from '../i18n/I18nProvider';
import { facilitationFor, FACILITATION_UI } from './controller';
import { FacilitationPanel } from './FacilitationPanel';
import { TimerChip } from './TimerChip';
import './facilitation.css';

/**
 * The facilitation bar floating over the board's top-right corner, on every screen: the shared
 * timer, this participant's dots while a round is open, the private round and the lock of
 * the open board, and the button that opens the Facilitation panel.
 */
export function FacilitationBar({ app }: { app: Editor }) {
  const t = useT();
  const f = facilitationFor(app);
  const round = useSlice(app, FACILITATION_UI, (s) => s.state.round);
  const dots = useSlice(app, FACILITATION_UI, (s) => s.dots.length);
  const proxy = useSlice(app, FACILITATION_UI, (s) => s.proxyName);
  const privateRound = useSlice(app, FACILITATION_UI, (s) => s.state.privateRound);
  const panelOpen = useSlice(app, FACILITATION_UI, (s) => s.panelOpen);
  const boardId = useSlice(app, SELECTION, (s) => s.activeBoardId);
  const lock = useSlice(app, FACILITATION_UI, (s) => (boardId ? (s.state.locks[boardId] ?? null) : null));
  return (
    <div className="facilitation-anchor">
      <div className="facilitation-bar" data-testid="facilitation-bar">
        {lock && (
          <span className="facilitation-chip locked" data-testid="lock-chip" title={t(lock === 'all' ? 'facilitation.lockedAll' : 'facilitation.lockedStructure')}>
            <span aria-hidden="true">🔒</span> {t(lock === 'all' ? 'facilitation.lockedAll' : 'facilitation.lockedStructure')}
          </span>
        )}
        {privateRound?.state === 'open' && (
          <span className="facilitation-chip private" data-testid="private-chip" title={t('facilitation.privateOpen')}>
            <span aria-hidden="true">🂠</span> {t('facilitation.private')}
          </span>
        )}
        {round?.state === 'open' && (
          <button type="button" className="facilitation-chip voting" data-testid="voting-chip" title={t('facilitation.voteHint')} onClick={() => f.togglePanel(true)}>
            <span aria-hidden="true">●</span>
            {proxy ? `${proxy}: ` : ''}
            {t('facilitation.dotsLeft', { count: round.dotsPerPerson - dots, total: round.dotsPerPerson })}
          </button>
        )}
        {round?.state === 'revealed' && (
          <button type="button" className="facilitation-chip voting" data-testid="results-chip" onClick={() => f.togglePanel(true)}>
            <span aria-hidden="true">●</span> {t('facilitation.results')}
          </button>
        )}
        <TimerChip app={app} />
        <button type="button" className="facilitation-chip" data-testid="facilitate-button" aria-expanded={panelOpen} onClick={() => f.togglePanel()}>
          {t('facilitation.button')}
        </button>
      </div>
      {panelOpen && <FacilitationPanel app={app} />}
    </div>
  );
}
