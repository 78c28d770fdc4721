import type { JourneyDebug } from '../../../shared/debug-api';
import type { FacilitationDebug } from '../../../shared/facilitation/debug-api';
import { changeDots, formatRemaining, isFaceDown, noteInScope } from '../../../shared/facilitation';
import type { Editor } from '../editor/editor';
import { facilitationFor } from './controller';

/** Adds `journeyDebug.facilitation` (after installDebugHook, only with `?debug=1`). */
export function installFacilitationDebug(app: Editor): void {
  const hook = (window as unknown as { journeyDebug?: JourneyDebug }).journeyDebug;
  if (!hook) return;
  const f = facilitationFor(app);
  const api: FacilitationDebug = {
    state() {
      const ui = f.ui;
      const { state } = ui;
      const timer = f.timer();
      const round = state.round;
      const view = app.view();
      const counts = ui.results ? Object.fromEntries(ui.results.ranking.map((r) => [r.noteId, r.count])) : null;
      return {
        participantId: ui.me,
        role: ui.amFacilitator ? 'facilitator' : 'participant',
        facilitatorName: state.facilitator?.name ?? null,
        timer: timer && { running: timer.running, paused: timer.paused, remainingMs: timer.remainingMs, durationMs: timer.durationMs, done: timer.done },
        timerText: timer ? formatRemaining(timer.remainingMs) : null,
        voting: round && {
          roundId: round.id,
          state: round.state,
          dotsPerPerson: round.dotsPerPerson,
          onePerNote: round.onePerNote,
          ownDots: [...ui.dots],
          ownDotsLeft: round.dotsPerPerson - ui.dots.length,
          ballots: state.ballots.size,
          counts,
          ranking: ui.results?.ranking ?? null,
          votingFor: ui.proxyName,
        },
        privateRound: state.privateRound && {
          ...state.privateRound,
          faceDownNoteIds: Object.values(view.notes).filter((n) => isFaceDown(state, n, ui.me)).map((n) => n.id),
        },
        locks: { ...state.locks },
        anonymous: state.anonymous,
      };
    },
    startTimer: (ms) => f.startTimer(ms),
    pauseTimer: () => f.pauseTimer(),
    resumeTimer: () => f.resumeTimer(),
    addMinute: () => f.addMinute(),
    stopTimer: () => f.stopTimer(),
    startRound: (settings = {}) => f.startRound({ dotsPerPerson: 3, onePerNote: true, boardIds: null, laneKinds: null, ...settings }),
    reveal: () => f.revealRound(),
    endRound: () => f.endRound(),
    vote(noteId, remove = false) {
      const round = f.ui.state.round;
      const note = app.view().notes[noteId];
      if (!round || !note) return { ok: false, reason: 'noRound' };
      const change = changeDots(f.ui.dots, noteId, round, noteInScope(round, note, app.view().lanes[note.laneId]?.kind), remove);
      if (!change.ok) {
        f.refuse(change.reason);
        return { ok: false, reason: 'noRound' };
      }
      return f.castDots(change.dots);
    },
    votingFor: (name) => f.setProxy(name),
    lock: (boardId, level) => f.setLock(boardId, level),
    startPrivateRound: () => f.startPrivateRound(),
    revealPrivateRound: () => f.revealPrivateRound(),
    setAnonymous: (on) => f.setAnonymous(on),
    handOver(participantId) {
      const person = f.ui.people.find((p) => p.id === participantId);
      return person ? f.handOver(person) : { ok: false, reason: 'notParticipant' };
    },
  };
  hook.facilitation = api;
}
