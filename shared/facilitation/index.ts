export * from './state';
export * from './timer';
export * from './ballots';
export * from './voting';
export * from './commands';
export * from './rules';
export { inboxKeys, openHandedKey, sealRoundKey, sealedRoundMatches, type HandedKey } from './keys';
