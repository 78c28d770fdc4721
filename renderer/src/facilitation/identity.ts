import { newId } from '../../../shared/model/ids';
import { readJson, writeJson, type Preferences } from '../editor/preferences';
import { inboxKeys, openHandedKey, sealRoundKey, type HandedKey, type VotingRound } from '../../../shared/facilitation';

/**
 * This installation's participant: a random id (who "own notes", ballots and the facilitator
 * seat belong to) and a random secret (its ballots' keys derive from it), kept in preferences
 * so they survive a reload. Neither is a credential: see docs/FACILITATION.md.
 */
export interface ParticipantIdentity {
  id: string;
  secret: string;
}

const KEY = 'journey.participant';

export function loadIdentity(preferences: Preferences): ParticipantIdentity {
  const stored = readJson(preferences, KEY) as Partial<ParticipantIdentity> | null;
  if (stored && typeof stored.id === 'string' && /^[A-Za-z0-9]{16}$/.test(stored.id) && typeof stored.secret === 'string' && stored.secret.length >= 32) {
    return { id: stored.id, secret: stored.secret };
  }
  const identity = { id: newId(), secret: newId() + newId() + newId() };
  writeJson(preferences, KEY, identity);
  return identity;
}

const roundKey = (roundId: string) => `journey.facilitation.round.${roundId}`;

/** The private key of a voting round this machine started (only it can reveal). */
export function storeRoundKey(preferences: Preferences, roundId: string, privateKey: string): void {
  preferences.set(roundKey(roundId), privateKey);
}

export function roundPrivateKey(preferences: Preferences, roundId: string): string | null {
  return preferences.get(roundKey(roundId));
}

/**
 * The private key of `round` this machine can use to reveal it: the one it made when starting
 * the round, or the one a previous facilitator handed to this participant's inbox (kept once
 * opened, so a reload does not need the hand-over again).
 */
export function heldRoundKey(preferences: Preferences, identity: ParticipantIdentity, round: VotingRound): string | null {
  const stored = roundPrivateKey(preferences, round.id);
  if (stored !== null) return stored;
  if (!round.handedKey || round.handedKey.to !== identity.id) return null;
  const opened = openHandedKey(round.handedKey, inboxKeys(identity.secret).privateKey, round.publicKey);
  if (opened !== null) storeRoundKey(preferences, round.id, opened);
  return opened;
}

/** The open round's key sealed to `to`'s inbox for a hand-over, when this machine holds it and they sent an inbox key. */
export function keyToHandOver(preferences: Preferences, identity: ParticipantIdentity, round: VotingRound | null, to: { id: string; inbox?: string | undefined }): HandedKey | undefined {
  if (!round || round.state !== 'open' || !to.inbox) return undefined;
  const key = heldRoundKey(preferences, identity, round);
  return (key && sealRoundKey(key, to.id, to.inbox)) || undefined;
}
