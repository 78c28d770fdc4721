import { useSyncExternalStore } from 'react';
import type { PersonaContent } from '../../../shared/doc';
import { createStore, type Store } from '../workspace/store';
import type { AppController } from '../workspace/controller';

/**
 * Local persona UI state: never in the doc, never shared (like the selection). Which persona
 * this user is drawing the curve for, which one the board is filtered by, whose card is open
 * beside the journey, which cards are selected, and an import waiting for the user's choice.
 */
export interface PersonaUiState {
  /** Per journey board: the persona whose curve new points start (absent: the first linked). */
  readonly drawing: Readonly<Record<string, string>>;
  /** Per journey board: notes not tagged with this persona are dimmed, other curves faded. */
  readonly filter: Readonly<Record<string, string>>;
  /** The persona card open beside the journey board. */
  readonly sideCard: string | null;
  /** Persona cards selected on the persona board (copy, delete). */
  readonly selected: readonly string[];
  /** Personas read from another `.journey` file, waiting for the user to pick which to import. */
  readonly importing: { readonly fileName: string; readonly personas: readonly PersonaContent[] } | null;
}

const stores = new WeakMap<AppController, Store<PersonaUiState>>();

export function personaUi(app: AppController): Store<PersonaUiState> {
  let store = stores.get(app);
  if (!store) {
    store = createStore<PersonaUiState>({ drawing: {}, filter: {}, sideCard: null, selected: [], importing: null });
    stores.set(app, store);
  }
  return store;
}

export function usePersonaUi(app: AppController): PersonaUiState {
  const store = personaUi(app);
  return useSyncExternalStore(store.subscribe, store.get);
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
