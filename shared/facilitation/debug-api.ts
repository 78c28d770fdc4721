import type { Outcome, RoundSettings } from './commands';
import type { LockLevel } from './state';
import type { RankedNote } from './voting';

/** `journeyDebug.facilitation` (docs/DEBUG_HOOK.md): facilitation as this participant sees it, and its verbs. */
export interface FacilitationDebugState {
  participantId: string;
  role: 'facilitator' | 'participant';
  facilitatorName: string | null;
  timer: { running: boolean; paused: boolean; remainingMs: number; durationMs: number; done: boolean } | null;
  /** The timer as the chip on screen shows it now (m:ss), or null. */
  timerText: string | null;
  voting: {
    roundId: string;
    state: 'open' | 'revealed';
    dotsPerPerson: number;
    onePerNote: boolean;
    /** Dots of whoever votes here (this participant, or the named person the facilitator records for). */
    ownDots: string[];
    ownDotsLeft: number;
    /** Ballots in the doc (who voted is visible; what is not). */
    ballots: number;
    /** Dots per note after the reveal; null before it. */
    counts: Record<string, number> | null;
    ranking: RankedNote[] | null;
    votingFor: string | null;
  } | null;
  privateRound: { id: string; state: 'open' | 'revealed'; faceDownNoteIds: string[] } | null;
  locks: Record<string, LockLevel>;
  anonymous: boolean;
}

export interface FacilitationDebug {
  state(): FacilitationDebugState;
  startTimer(ms: number): Outcome;
  pauseTimer(): Outcome;
  resumeTimer(): Outcome;
  addMinute(): Outcome;
  stopTimer(): Outcome;
  startRound(settings?: Partial<RoundSettings>): Outcome;
  reveal(): Outcome;
  endRound(): Outcome;
  /** A click on a note while voting (remove = Shift+click). */
  vote(noteId: string, remove?: boolean): Outcome;
  votingFor(name: string | null): void;
  lock(boardId: string, level: LockLevel | null): Outcome;
  startPrivateRound(): Outcome;
  revealPrivateRound(): Outcome;
  setAnonymous(on: boolean): Outcome;
  /** Hand the role to a participant present (by participant id). */
  handOver(participantId: string): Outcome;
}
