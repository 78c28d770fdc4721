import type { DotChange, LockRefusal, Refusal } from '../../../shared/facilitation';
import type { MessageKey } from '../../../shared/i18n';

type DotRefusal = Extract<DotChange, { ok: false }>['reason'];

/** The notice for each refusal (keys spelt out so the catalog test sees them used). */
export const REFUSAL_KEYS: Record<Refusal | LockRefusal | DotRefusal, MessageKey> = {
  notFacilitator: 'facilitation.refusedNotFacilitator',
  noRound: 'facilitation.refusedNoRound',
  roundRevealed: 'facilitation.refusedRoundRevealed',
  roundOpen: 'facilitation.refusedRoundOpen',
  noTimer: 'facilitation.refusedNoTimer',
  badDuration: 'facilitation.refusedBadDuration',
  badRound: 'facilitation.refusedBadRound',
  wrongKey: 'facilitation.refusedWrongKey',
  noPrivateRound: 'facilitation.refusedNoPrivateRound',
  notParticipant: 'facilitation.refusedNotParticipant',
  boardLocked: 'facilitation.refusedBoardLocked',
  structureLocked: 'facilitation.refusedStructureLocked',
  notOwnNote: 'facilitation.refusedNotOwnNote',
  noDotsLeft: 'facilitation.refusedNoDotsLeft',
  outOfScope: 'facilitation.refusedOutOfScope',
  noDotHere: 'facilitation.refusedNoDotHere',
};
