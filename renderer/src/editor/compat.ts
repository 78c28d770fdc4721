import type { Store } from './legacy-store';
import { DIALOGS, DOCUMENT, EDITING, LOCALE, NOTICES, RENAMING, SELECTION, type DialogsState, type DocumentState, type EditingState, type LocaleState, type NoticesState, type RenamingState, type SelectionState } from './slices';
import type { EditorStore, Slice } from './store';

/**
 * COMPATIBILITY DURING THE MERGE: the flat `AppState` of before the slices, for code written
 * against it (the board view's `app.state.x` and `app.store.set({...})`). Reads are one cached
 * object per store version; writes go to the slice each field lives in, as one change.
 * Remove once nothing reads `editor.state` / `editor.store`.
 */
export type AppState = DocumentState & LocaleState & SelectionState & EditingState & RenamingState & DialogsState & NoticesState;

const FIELD_SLICES: { readonly [K in keyof AppState]: Slice<object> } = {
  session: DOCUMENT,
  fileName: DOCUMENT,
  dirty: DOCUMENT,
  uiLocale: LOCALE,
  activeBoardId: SELECTION,
  selectedNoteIds: SELECTION,
  selectedCell: SELECTION,
  editingNoteId: EDITING,
  renaming: RENAMING,
  dialog: DIALOGS,
  contextMenu: DIALOGS,
  error: NOTICES,
  status: NOTICES,
};

const FLAT_SLICES = [DOCUMENT, LOCALE, SELECTION, EDITING, RENAMING, DIALOGS, NOTICES] as const;

export class FlatState {
  private cached: { version: number; state: AppState } | null = null;
  readonly store: Store<AppState>;

  constructor(private readonly slices: EditorStore) {
    this.store = {
      get: () => this.get(),
      set: (patch) => this.set(patch),
      subscribe: slices.subscribe,
    };
  }

  get(): AppState {
    const version = this.slices.getVersion();
    if (this.cached?.version === version) return this.cached.state;
    const state = Object.assign({}, ...FLAT_SLICES.map((slice) => this.slices.get<object>(slice))) as AppState;
    this.cached = { version, state };
    return state;
  }

  set(patch: Partial<AppState> | ((state: AppState) => Partial<AppState>)): void {
    const change = typeof patch === 'function' ? patch(this.get()) : patch;
    const bySlice = new Map<Slice<object>, Record<string, unknown>>();
    for (const [key, value] of Object.entries(change)) {
      const slice = FIELD_SLICES[key as keyof AppState];
      if (!slice) continue;
      bySlice.set(slice, { ...bySlice.get(slice), [key]: value });
    }
    this.slices.batch(() => {
      for (const [slice, fields] of bySlice) this.slices.set(slice, fields);
    });
  }
}
