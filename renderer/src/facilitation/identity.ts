import { newId } from '../../../shared/model/ids';
import { readJson, writeJson, type Preferences } from '../editor/preferences';

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
