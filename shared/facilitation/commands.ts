import type * as Y from 'yjs';
import { newId } from '../model/ids';
import { local } from '../doc/command-kit';
import { sealedRoundMatches, type HandedKey } from './keys';
import {
  ballotKey,
  facilitationMap,
  lockKey,
  MAX_DOTS,
  readFacilitation,
  type FacilitationState,
  type LockLevel,
  type SealedBallot,
  type VotingRound,
} from './state';
import { extendedTimer, MAX_TIMER_MS, pausedTimer, resumedTimer, startedTimer, timerView } from './timer';

/**
 * Facilitation commands: each one transaction with the local origin on the `facilitation`
 * map (outside the undo manager's scope: a timer or a vote is not undone with Ctrl+Z). The
 * facilitator-only ones check, in the doc, that the acting participant is the facilitator,
 * and refuse otherwise: hiding the buttons is not the only guard.
 */

export interface Actor {
  /** The participant id (per installation, kept in preferences). */
  id: string;
  name: string;
}

export type Refusal = 'notFacilitator' | 'noRound' | 'roundRevealed' | 'roundOpen' | 'noTimer' | 'badDuration' | 'badRound' | 'wrongKey' | 'noPrivateRound' | 'notParticipant';
export type Outcome = { ok: true; value?: string } | { ok: false; reason: Refusal };

const ok: Outcome = { ok: true };
const refuse = (reason: Refusal): Outcome => ({ ok: false, reason });

export function isFacilitator(state: FacilitationState, actorId: string): boolean {
  return state.facilitator?.id === actorId;
}

/** Run `fn` in one local transaction if the actor facilitates now. */
function asFacilitator(doc: Y.Doc, actor: Actor, fn: (map: Y.Map<unknown>, state: FacilitationState) => Outcome): Outcome {
  return local(doc, () => {
    const state = readFacilitation(doc);
    if (!isFacilitator(state, actor.id)) return refuse('notFacilitator');
    return fn(facilitationMap(doc), state);
  });
}

/**
 * Become the facilitator. `force` is for whoever hosts the room or works alone (no session):
 * they facilitate. Anyone else may only take an empty seat.
 */
export function claimFacilitation(doc: Y.Doc, actor: Actor, force: boolean): Outcome {
  return local(doc, (): Outcome => {
    const state = readFacilitation(doc);
    if (state.facilitator && !force && state.facilitator.id !== actor.id) return refuse('notFacilitator');
    if (state.facilitator?.id !== actor.id || state.facilitator.name !== actor.name) facilitationMap(doc).set('facilitator', { id: actor.id, name: actor.name.slice(0, 200) });
    return ok;
  });
}

/** Hand the facilitator role to another participant. */
/**
 * Give the seat to `to`. `handedKey`: the open round's private key sealed to their inbox
 * (keys.ts), so they can reveal a round this machine started.
 */
export function handOver(doc: Y.Doc, actor: Actor, to: Actor, handedKey?: HandedKey) {
  return asFacilitator(doc, actor, (map, state) => {
    map.set('facilitator', { id: to.id, name: to.name.slice(0, 200) });
    if (handedKey && handedKey.to === to.id && state.round?.state === 'open') map.set('round', { ...state.round, handedKey });
    return ok;
  });
}

// ── Timer ──

export function startTimer(doc: Y.Doc, actor: Actor, durationMs: number, now: number) {
  if (!Number.isFinite(durationMs) || durationMs < 1000 || durationMs > MAX_TIMER_MS) return refuse('badDuration');
  return asFacilitator(doc, actor, (map) => {
    map.set('timer', startedTimer(Math.round(durationMs), actor.id, now));
    return ok;
  });
}

/** `offsetToBy`: the timer's clock minus this one (0 when this machine started it). */
export function pauseTimer(doc: Y.Doc, actor: Actor, now: number, offsetToBy: number) {
  return asFacilitator(doc, actor, (map, state) => {
    if (!state.timer) return refuse('noTimer');
    map.set('timer', pausedTimer(state.timer, now, offsetToBy));
    return ok;
  });
}

export function resumeTimer(doc: Y.Doc, actor: Actor, now: number) {
  return asFacilitator(doc, actor, (map, state) => {
    if (!state.timer) return refuse('noTimer');
    map.set('timer', resumedTimer(state.timer, actor.id, now));
    return ok;
  });
}

export function addTime(doc: Y.Doc, actor: Actor, addMs: number, now: number, offsetToBy: number) {
  return asFacilitator(doc, actor, (map, state) => {
    if (!state.timer) return refuse('noTimer');
    const view = timerView(state.timer, now, offsetToBy);
    map.set('timer', extendedTimer(state.timer, addMs, view?.paused ? state.timer.by : actor.id, now, view?.paused ? 0 : offsetToBy));
    return ok;
  });
}

export function stopTimer(doc: Y.Doc, actor: Actor) {
  return asFacilitator(doc, actor, (map, state) => {
    if (!state.timer) return refuse('noTimer');
    map.delete('timer');
    return ok;
  });
}

// ── Dot voting ──

export interface RoundSettings {
  dotsPerPerson: number;
  onePerNote: boolean;
  boardIds: string[] | null;
  laneKinds: VotingRound['laneKinds'];
}

function dropBallots(map: Y.Map<unknown>): void {
  for (const key of [...map.keys()]) if (key.startsWith('ballot:')) map.delete(key);
}

/** Open a round sealed to `publicKey` (the facilitator's machine keeps the private key). */
export function startRound(doc: Y.Doc, actor: Actor, settings: RoundSettings, publicKey: string) {
  if (!Number.isInteger(settings.dotsPerPerson) || settings.dotsPerPerson < 1 || settings.dotsPerPerson > MAX_DOTS) return refuse('badRound');
  return asFacilitator(doc, actor, (map): Outcome => {
    const id = newId();
    dropBallots(map);
    const round: VotingRound = { id, dotsPerPerson: settings.dotsPerPerson, onePerNote: settings.onePerNote, boardIds: settings.boardIds, laneKinds: settings.laneKinds, state: 'open', publicKey };
    map.set('round', round);
    return { ok: true, value: id };
  });
}

/**
 * Write a voter's sealed ballot for the open round. A participant writes its own; only the
 * facilitator writes ballots for named people (`proxy-…` voter keys).
 */
export function castBallot(doc: Y.Doc, actor: Actor, roundId: string, voterKey: string, ballot: SealedBallot) {
  return local(doc, (): Outcome => {
    const state = readFacilitation(doc);
    if (!state.round || state.round.id !== roundId) return refuse('noRound');
    if (state.round.state !== 'open') return refuse('roundRevealed');
    if (voterKey.startsWith('proxy-') ? !isFacilitator(state, actor.id) : voterKey !== actor.id) return refuse('notParticipant');
    facilitationMap(doc).set(ballotKey(roundId, voterKey), ballot);
    return ok;
  });
}

/** Reveal: publish the round's private key, so every peer opens every ballot and counts the same. */
export function revealRound(doc: Y.Doc, actor: Actor, privateKey: string) {
  return asFacilitator(doc, actor, (map, state) => {
    if (!state.round) return refuse('noRound');
    if (state.round.state === 'revealed') return refuse('roundRevealed');
    if (!sealedRoundMatches(state.round.publicKey, privateKey)) return refuse('wrongKey');
    map.set('round', { ...state.round, state: 'revealed', privateKey });
    return ok;
  });
}

/** End the round: its ballots and results go. */
export function endRound(doc: Y.Doc, actor: Actor) {
  return asFacilitator(doc, actor, (map, state) => {
    if (!state.round) return refuse('noRound');
    dropBallots(map);
    map.delete('round');
    return ok;
  });
}

// ── Locks, private writing, anonymous mode ──

export function setLock(doc: Y.Doc, actor: Actor, boardId: string, level: LockLevel | null) {
  return asFacilitator(doc, actor, (map) => {
    if (level) map.set(lockKey(boardId), level);
    else map.delete(lockKey(boardId));
    return ok;
  });
}

export function startPrivateRound(doc: Y.Doc, actor: Actor) {
  return asFacilitator(doc, actor, (map, state): Outcome => {
    if (state.privateRound?.state === 'open') return refuse('roundOpen');
    const id = newId();
    map.set('private', { id, state: 'open' });
    return { ok: true, value: id };
  });
}

export function revealPrivateRound(doc: Y.Doc, actor: Actor) {
  return asFacilitator(doc, actor, (map, state) => {
    if (!state.privateRound || state.privateRound.state !== 'open') return refuse('noPrivateRound');
    map.set('private', { ...state.privateRound, state: 'revealed' });
    return ok;
  });
}

export function setAnonymous(doc: Y.Doc, actor: Actor, on: boolean) {
  return asFacilitator(doc, actor, (map) => {
    if (on) map.set('anonymous', true);
    else map.delete('anonymous');
    return ok;
  });
}
