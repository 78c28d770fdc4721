export * from './state';
export * from './timer';
export * from './ballots';
export * from './voting';
export * from './commands';
export * from './rules';
export { sealedRoundMatches } from './keys';
