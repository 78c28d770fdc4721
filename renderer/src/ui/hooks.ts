// COMPATIBILITY DURING THE MERGE: the board view imports these from here; new code imports editor/hooks.
export { useAppState, useView } from '../editor/hooks';
