import { useState } from 'react';
import { LANE_KINDS, LANE_TITLES, type LaneKind } from '../../../shared/model';
import type { LockLevel } from '../../../shared/facilitation';
import type { Editor } from '../editor/editor';
import { useSlice } from '../editor/hooks';
import { SELECTION } from '../editor/slices';
import { useT } from '../i18n/I18nProvider';
import { facilitationFor, FACILITATION_UI } from './controller';
import { VoteResultsList } from './VoteResultsList';

const PRESETS = [1, 3, 5, 10];

/** The Facilitation panel: role and hand-over, timer, dot voting, private writing, lock. */
export function FacilitationPanel({ app }: { app: Editor }) {
  const t = useT();
  const f = facilitationFor(app);
  const ui = useSlice(app, FACILITATION_UI);
  const boardId = useSlice(app, SELECTION, (s) => s.activeBoardId);
  const [minutes, setMinutes] = useState(2);
  const [dotsPerPerson, setDots] = useState(3);
  const [onePerNote, setOnePerNote] = useState(true);
  const [thisBoard, setThisBoard] = useState(true);
  const [laneKind, setLaneKind] = useState<LaneKind | ''>('');
  const [handTo, setHandTo] = useState('');
  const [proxyDraft, setProxyDraft] = useState('');
  const { state, amFacilitator } = ui;
  const off = !amFacilitator;
  const timer = f.timer();
  const round = state.round;
  const lock = boardId ? (state.locks[boardId] ?? null) : null;
  const role = amFacilitator ? t('facilitation.youFacilitate') : state.facilitator ? t('facilitation.facilitatedBy', { name: state.facilitator.name }) : t('facilitation.noFacilitator');
  return (
    <div className="facilitation-panel" role="dialog" aria-label={t('facilitation.title')} data-testid="facilitation-panel">
      <h2>
        {t('facilitation.title')}
        <button type="button" onClick={() => f.togglePanel(false)}>
          {t('facilitation.close')}
        </button>
      </h2>
      <p data-testid="facilitation-role">{role}</p>
      {off && <p className="muted">{t('facilitation.participantOnly')}</p>}
      {amFacilitator && !ui.solo && (
        <div className="row">
          <label>
            {t('facilitation.handOver')}
            <select value={handTo} onChange={(e) => setHandTo(e.target.value)} data-testid="hand-over-select">
              <option value="">{ui.people.length ? '—' : t('facilitation.nobodyElse')}</option>
              {ui.people.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </label>
          <button type="button" disabled={!handTo} onClick={() => { const p = ui.people.find((x) => x.id === handTo); if (p) f.handOver(p); }}>
            {t('facilitation.handOverButton')}
          </button>
        </div>
      )}

      <section>
        <h3>{t('facilitation.timer')}</h3>
        <div className="row">
          {PRESETS.map((m) => (
            <button key={m} type="button" disabled={off} data-testid={`timer-preset-${m}`} onClick={() => f.startTimer(m * 60_000)}>
              {t('facilitation.presetMinutes', { n: m })}
            </button>
          ))}
        </div>
        <div className="row">
          <label>
            {t('facilitation.customMinutes')}
            <input type="number" min={1} max={600} value={minutes} disabled={off} onChange={(e) => setMinutes(Number(e.target.value))} data-testid="timer-custom" />
          </label>
          <button type="button" disabled={off} data-testid="timer-start" onClick={() => f.startTimer(minutes * 60_000)}>
            {t('facilitation.start')}
          </button>
        </div>
        {timer && (
          <div className="row">
            {timer.paused ? (
              <button type="button" disabled={off} data-testid="timer-resume" onClick={() => f.resumeTimer()}>{t('facilitation.resume')}</button>
            ) : (
              <button type="button" disabled={off || timer.done} data-testid="timer-pause" onClick={() => f.pauseTimer()}>{t('facilitation.pause')}</button>
            )}
            <button type="button" disabled={off} data-testid="timer-add" onClick={() => f.addMinute()}>{t('facilitation.addMinute')}</button>
            <button type="button" disabled={off} data-testid="timer-stop" onClick={() => f.stopTimer()}>{t('facilitation.stop')}</button>
          </div>
        )}
        <label>
          <input type="checkbox" checked={ui.sound} onChange={(e) => f.setSound(e.target.checked)} /> {t('facilitation.sound')}
        </label>
      </section>

      <section>
        <h3>{t('facilitation.voting')}</h3>
        {!round || round.state === 'revealed' ? (
          <>
            <div className="row">
              <label>
                {t('facilitation.dotsPerPerson')}
                <input type="number" min={1} max={20} value={dotsPerPerson} disabled={off} onChange={(e) => setDots(Number(e.target.value))} data-testid="round-dots" />
              </label>
              <label>
                <input type="checkbox" checked={onePerNote} disabled={off} onChange={(e) => setOnePerNote(e.target.checked)} /> {t('facilitation.onePerNote')}
              </label>
            </div>
            <div className="row">
              <label>
                {t('facilitation.scopeBoards')}
                <select value={thisBoard ? 'this' : 'all'} disabled={off} onChange={(e) => setThisBoard(e.target.value === 'this')}>
                  <option value="this">{t('facilitation.thisBoard')}</option>
                  <option value="all">{t('facilitation.allBoards')}</option>
                </select>
              </label>
              <label>
                {t('facilitation.scopeLanes')}
                <select value={laneKind} disabled={off} onChange={(e) => setLaneKind(e.target.value as LaneKind | '')} data-testid="round-lanes">
                  <option value="">{t('facilitation.allLanes')}</option>
                  {LANE_KINDS.map((k) => (
                    <option key={k} value={k}>{LANE_TITLES[t.locale][k]}</option>
                  ))}
                </select>
              </label>
            </div>
            <div className="row">
              <button type="button" disabled={off} data-testid="round-start" onClick={() => f.startRound({ dotsPerPerson, onePerNote, boardIds: thisBoard && boardId ? [boardId] : null, laneKinds: laneKind ? [laneKind] : null })}>
                {t('facilitation.startRound')}
              </button>
              {round && <button type="button" disabled={off} data-testid="round-end" onClick={() => f.endRound()}>{t('facilitation.endRound')}</button>}
            </div>
          </>
        ) : (
          <>
            <p data-testid="dots-left">{t('facilitation.dotsLeft', { count: round.dotsPerPerson - ui.dots.length, total: round.dotsPerPerson })}</p>
            <p className="muted">{t('facilitation.voteHint')}</p>
            <p className="muted">{t('facilitation.countsHidden')} {t('facilitation.ballots', { n: state.ballots.size })}</p>
            {amFacilitator && (
              <div className="row">
                {t('facilitation.votingFor')}
                <strong>{ui.proxyName ?? t('facilitation.myself')}</strong>
                <input value={proxyDraft} placeholder={t('facilitation.personName')} onChange={(e) => setProxyDraft(e.target.value)} data-testid="proxy-name" />
                <button type="button" onClick={() => f.setProxy(proxyDraft || null)} data-testid="proxy-set">OK</button>
                {ui.proxyName && <button type="button" onClick={() => { setProxyDraft(''); f.setProxy(null); }}>{t('facilitation.myself')}</button>}
              </div>
            )}
            <div className="row">
              <button type="button" disabled={off} data-testid="round-reveal" onClick={() => f.revealRound()}>{t('facilitation.reveal')}</button>
              <button type="button" disabled={off} data-testid="round-end" onClick={() => f.endRound()}>{t('facilitation.endRound')}</button>
            </div>
          </>
        )}
        {ui.results && <VoteResultsList app={app} />}
      </section>

      <section>
        <h3>{t('facilitation.private')}</h3>
        {state.privateRound?.state === 'open' ? (
          <>
            <p className="muted">{t('facilitation.privateOpen')}</p>
            <button type="button" disabled={off} data-testid="private-reveal" onClick={() => f.revealPrivateRound()}>{t('facilitation.revealPrivate')}</button>
          </>
        ) : (
          <button type="button" disabled={off} data-testid="private-start" onClick={() => f.startPrivateRound()}>{t('facilitation.startPrivate')}</button>
        )}
        <div className="row">
          <label>
            <input type="checkbox" checked={state.anonymous} disabled={off} onChange={(e) => f.setAnonymous(e.target.checked)} data-testid="anonymous" /> {t('facilitation.anonymous')}
          </label>
        </div>
      </section>

      {boardId && (
        <section>
          <h3>{t('facilitation.lock')}</h3>
          <div className="row" role="radiogroup" aria-label={t('facilitation.lock')}>
            {([null, 'structure', 'all'] as (LockLevel | null)[]).map((level) => (
              <label key={level ?? 'none'}>
                <input type="radio" name="facilitation-lock" checked={lock === level} disabled={off} data-testid={`lock-${level ?? 'none'}`} onChange={() => f.setLock(boardId, level)} />
                {t(level === 'all' ? 'facilitation.lockAll' : level === 'structure' ? 'facilitation.lockStructure' : 'facilitation.lockNone')}
              </label>
            ))}
          </div>
        </section>
      )}
    </div>
  );
}
