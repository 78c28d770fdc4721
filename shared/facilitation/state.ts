import * as Y from 'yjs';
import { z } from 'zod';
import { IdSchema } from '../model/schema';
import { LANE_KINDS } from '../model/lanes';

/**
 * The facilitation state lives in one top-level Y.Map of the workspace doc (`facilitation`),
 * so it survives reload (the file keeps the Yjs state) and reaches late joiners. Every value
 * is read through a zod schema: a peer that writes garbage there is ignored, never trusted
 * (docs/FACILITATION.md). Keys:
 *   facilitator        { id, name }
 *   timer              { durationMs, endsAt, pausedRemainingMs, by }   endsAt in `by`'s clock
 *   round              the dot-voting round (one at a time; a new one replaces it)
 *   ballot:<round>:<voter>   a sealed ballot (ballots.ts)
 *   private            the private-writing round { id, state }
 *   lock:<boardId>     'structure' | 'all'
 *   anonymous          true while authors are hidden everywhere
 */
export const FACILITATION_MAP = 'facilitation';

export function facilitationMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(FACILITATION_MAP);
}

/** Participant ids: the record-id alphabet, so they are safe map keys. */
export const ParticipantId = IdSchema;
const Name = z.string().max(200);
const Hex = z.string().regex(/^[0-9a-f]+$/).max(256);

export const FacilitatorSchema = z.object({ id: ParticipantId, name: Name });
export type Facilitator = z.infer<typeof FacilitatorSchema>;

const Ms = z.number().finite().min(0).max(24 * 3600_000);
export const TimerSchema = z.object({
  durationMs: Ms,
  /** When it reaches zero, in the clock of `by` (ms since the epoch). */
  endsAt: z.number().finite(),
  /** Remaining time while paused; null while it runs. */
  pausedRemainingMs: Ms.nullable(),
  /** The participant whose clock `endsAt` is in. */
  by: ParticipantId,
});
export type TimerState = z.infer<typeof TimerSchema>;

export const MAX_DOTS = 20;
export const RoundSchema = z.object({
  id: IdSchema,
  dotsPerPerson: z.number().int().min(1).max(MAX_DOTS),
  onePerNote: z.boolean(),
  /** Boards whose notes can get dots; null = every journey board. */
  boardIds: z.array(IdSchema).max(200).nullable(),
  /** Lane kinds whose notes can get dots; null = every lane. */
  laneKinds: z.array(z.enum(LANE_KINDS)).max(LANE_KINDS.length).nullable(),
  state: z.enum(['open', 'revealed']),
  /** x25519 public key of the round (hex); ballots are sealed to it. */
  publicKey: Hex,
  /** Published by the facilitator at the reveal: anyone can then open every ballot. */
  privateKey: Hex.optional(),
  /**
   * The round's private key sealed to the facilitator it was handed over to (their inbox key,
   * keys.ts), so they can reveal a round another machine started. Only they can open it.
   */
  handedKey: z.object({ to: ParticipantId, eph: Hex, nonce: Hex, ct: Hex }).optional(),
});
export type VotingRound = z.infer<typeof RoundSchema>;

export const SealedBallotSchema = z.object({
  /** Voter's ephemeral x25519 public key, nonce and ciphertext (hex). */
  eph: Hex,
  nonce: Hex,
  ct: z.string().regex(/^[0-9a-f]+$/).max(8192),
});
export type SealedBallot = z.infer<typeof SealedBallotSchema>;

export const PrivateRoundSchema = z.object({ id: IdSchema, state: z.enum(['open', 'revealed']) });
export type PrivateRound = z.infer<typeof PrivateRoundSchema>;

export const LockSchema = z.enum(['structure', 'all']);
export type LockLevel = z.infer<typeof LockSchema>;

export const ballotKey = (roundId: string, voter: string) => `ballot:${roundId}:${voter}`;
export const lockKey = (boardId: string) => `lock:${boardId}`;

function plain(value: unknown): unknown {
  if (value instanceof Y.AbstractType) return value.toJSON();
  return value;
}

function parse<T>(schema: z.ZodType<T>, value: unknown): T | null {
  const result = schema.safeParse(plain(value));
  return result.success ? result.data : null;
}

/** The whole facilitation state, validated: anything a peer spoilt reads as absent. */
export interface FacilitationState {
  facilitator: Facilitator | null;
  timer: TimerState | null;
  round: VotingRound | null;
  /** Sealed ballots of the current round, by voter key. */
  ballots: ReadonlyMap<string, SealedBallot>;
  privateRound: PrivateRound | null;
  locks: Readonly<Record<string, LockLevel>>;
  anonymous: boolean;
}

export function readFacilitation(doc: Y.Doc): FacilitationState {
  const map = facilitationMap(doc);
  const round = parse(RoundSchema, map.get('round'));
  const ballots = new Map<string, SealedBallot>();
  const locks: Record<string, LockLevel> = {};
  const prefix = round ? `ballot:${round.id}:` : null;
  map.forEach((value, key) => {
    if (prefix && key.startsWith(prefix)) {
      const voter = key.slice(prefix.length);
      const ballot = parse(SealedBallotSchema, value);
      if (ballot && ParticipantId.safeParse(voter.replace(/^proxy-/, '')).success) ballots.set(voter, ballot);
    } else if (key.startsWith('lock:')) {
      const boardId = key.slice(5);
      const level = parse(LockSchema, value);
      if (level && IdSchema.safeParse(boardId).success) locks[boardId] = level;
    }
  });
  return {
    facilitator: parse(FacilitatorSchema, map.get('facilitator')),
    timer: parse(TimerSchema, map.get('timer')),
    round,
    ballots,
    privateRound: parse(PrivateRoundSchema, map.get('private')),
    locks,
    anonymous: map.get('anonymous') === true,
  };
}
