import type { Editor } from '../editor/editor';
import { shallowEqual, useSlice } from '../editor/hooks';
import { PERSONA_UI, type PersonaUiState } from '../editor/slices';
import type { SliceStore } from '../editor/store';

export type { PersonaUiState };

/** The editor's persona UI slice as a small store (get, set, subscribe). */
export function personaUi(editor: Editor): SliceStore<PersonaUiState> {
  return editor.slices.slice(PERSONA_UI);
}

/** What `select` picks from the persona UI slice (re-renders only when that changes). */
export function usePersonaUiValue<T>(editor: Editor, select: (state: PersonaUiState) => T, isEqual?: (a: T, b: T) => boolean): T {
  return useSlice(editor, PERSONA_UI, select, isEqual);
}

/** The persona a journey board's new curve points belong to: the chosen one if still linked, else the first. */
export function drawingPersona(state: PersonaUiState, boardId: string, linked: readonly string[]): string | undefined {
  const chosen = state.drawing[boardId];
  return chosen && linked.includes(chosen) ? chosen : linked[0];
}

/** The persona a journey board is filtered by, if it still walks the board. */
export function filterPersona(state: PersonaUiState, boardId: string, linked: readonly string[]): string | undefined {
  const chosen = state.filter[boardId];
  return chosen && linked.includes(chosen) ? chosen : undefined;
}

/**
 * A journey board's persona choices as `drawingPersona` and `filterPersona` resolve them:
 * re-renders only when one of the two changes (not for another board's, nor the side card).
 */
export function useBoardPersonas(editor: Editor, boardId: string, linked: readonly string[]): { drawing: string | undefined; filter: string | undefined } {
  return usePersonaUiValue(editor, (s) => ({ drawing: drawingPersona(s, boardId, linked), filter: filterPersona(s, boardId, linked) }), shallowEqual);
}
