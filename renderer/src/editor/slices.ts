import type { PersonaContent } from '../../../shared/doc';
import type { Locale, Message } from '../../../shared/i18n';
import type { Viewport } from '../../../shared/layout/viewport';
import type { WorkspaceSession } from './session';
import { defineSlice } from './store';

/**
 * The editor's slices: local, unsaved UI state, never in the doc, never shared. Each is read
 * through selector hooks (hooks.ts), so a view re-renders only for the slice parts it reads.
 */

/** The open workspace and its file. */
export interface DocumentState {
  readonly session: WorkspaceSession;
  readonly fileName: string | null;
  readonly dirty: boolean;
}
export const DOCUMENT = defineSlice<DocumentState>('document', () => {
  throw new Error('The editor sets the document slice when it is made');
});

export interface LocaleState {
  readonly uiLocale: Locale;
}
export const LOCALE = defineSlice<LocaleState>('locale', () => ({ uiLocale: 'en' }));

/** The open board and what is selected on it. */
export interface SelectionState {
  readonly activeBoardId: string | null;
  readonly selectedNoteIds: readonly string[];
  readonly selectedCell: { readonly stageId: string; readonly laneId: string } | null;
}
export const SELECTION = defineSlice<SelectionState>('selection', () => ({ activeBoardId: null, selectedNoteIds: [], selectedCell: null }));

export interface EditingState {
  readonly editingNoteId: string | null;
}
export const EDITING = defineSlice<EditingState>('editing', () => ({ editingNoteId: null }));

export type RenameTarget =
  | { readonly kind: 'stage'; readonly id: string }
  | { readonly kind: 'lane'; readonly id: string }
  /** `where`: the big title over the board (double-clicked there), else the board list's entry. */
  | { readonly kind: 'board'; readonly id: string; readonly where?: 'header' }
  /** The workspace's own title, in the toolbar (ui/WorkspaceTitle.tsx). */
  | { readonly kind: 'workspace'; readonly id: '' }
  | { readonly kind: 'goal'; readonly id: string }
  | { readonly kind: 'emotion'; readonly boardId: string; readonly stageId: string; readonly personaId?: string };
export interface RenamingState {
  /** A stage, lane, board or curve point whose name is being typed in place. */
  readonly renaming: RenameTarget | null;
}
export const RENAMING = defineSlice<RenamingState>('renaming', () => ({ renaming: null }));

/** Per journey board: where this user last looked (remembered through the preferences port). */
export type CameraState = Readonly<Record<string, Viewport>>;
export const CAMERA = defineSlice<CameraState>('camera', () => ({}));

/**
 * Persona UI: which persona this user draws the curve for, which one the board is filtered by,
 * whose card is open beside the journey, which cards are selected, an import waiting for a choice.
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
export const PERSONA_UI = defineSlice<PersonaUiState>('persona', () => ({ drawing: {}, filter: {}, sideCard: null, selected: [], importing: null }));

/** Texts of dialogs and notices are kept as messages and translated when drawn. */
export interface DialogChoice {
  readonly value: string;
  readonly label: Message;
  readonly primary?: boolean;
  readonly danger?: boolean;
  /** One of a list to pick from (recent files): drawn as a full-width row above the buttons. */
  readonly item?: boolean;
}
export interface Dialog {
  readonly title: Message;
  readonly body: Message;
  readonly choices: readonly DialogChoice[];
  readonly answer: (value: string) => void;
}
/** What a right-click was on; the menu lists the registry's actions for it. */
export type ContextTarget =
  | { readonly kind: 'note'; readonly noteId: string }
  | { readonly kind: 'cell'; readonly stageId: string; readonly laneId: string }
  | { readonly kind: 'stage'; readonly stageId: string }
  | { readonly kind: 'lane'; readonly laneId: string }
  | { readonly kind: 'board'; readonly boardId: string }
  /** The sidebar's "New board…" button: only the kinds of board to add. */
  | { readonly kind: 'newBoard' };
export interface ContextMenuState {
  readonly x: number;
  readonly y: number;
  readonly target: ContextTarget;
}
export interface DialogsState {
  /** A modal question; `answer` resolves `ask()` with the chosen button's value. */
  readonly dialog: Dialog | null;
  readonly contextMenu: ContextMenuState | null;
}
export const DIALOGS = defineSlice<DialogsState>('dialogs', () => ({ dialog: null, contextMenu: null }));

export interface Notice {
  readonly title: Message;
  readonly message: Message;
}
export interface NoticesState {
  /** Stays until dismissed. */
  readonly error: Notice | null;
  readonly status: Message | null;
}
export const NOTICES = defineSlice<NoticesState>('notices', () => ({ error: null, status: null }));
