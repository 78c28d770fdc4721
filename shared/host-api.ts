/**
 * The one typed contract between the renderer and whatever hosts it.
 *
 * Two implementations: the Electron preload (`electron/preload/index.ts`, backed by the
 * main-process handlers in `electron/main/handlers/`) and the web host
 * (`renderer/src/host/web-host.ts`) used when the renderer runs in a plain browser.
 *
 * The renderer never hands the host a file-system path to write: the host remembers which
 * file each window has open, so a compromised renderer cannot write anywhere it likes.
 * Channels in Electron are named `namespace:method` after the members below.
 */

/** A file the user picked (or the OS handed us): its display name and its text. */
export interface OpenedFile {
  /** Base name shown in the window title, e.g. "Onboarding.journey". */
  readonly name: string;
  readonly text: string;
}

/** Why a host call did not do what was asked. `cancelled` is the user's choice, not an error. */
export type HostFailure =
  | { readonly code: 'cancelled' }
  | { readonly code: 'too-large'; readonly bytes: number; readonly limit: number }
  | { readonly code: 'io'; readonly message: string };

export type HostResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly failure: HostFailure };

export interface SavedFile {
  /** Base name now shown in the title. */
  readonly name: string;
}

export interface RecentFile {
  readonly name: string;
  /** Opaque key to pass back to `openRecent`; on desktop it is the path. */
  readonly key: string;
}

export interface AppInfo {
  readonly name: string;
  readonly version: string;
  readonly host: 'electron' | 'web';
  readonly platform: string;
}

/** What the window title and the close prompt need to know about the open document. */
export interface DocumentState {
  readonly title: string;
  readonly fileName: string | null;
  readonly dirty: boolean;
}

/**
 * Commands the host sends to the renderer: the close prompt's `saveThenClose`, and a native
 * menu item's `action:<id>` (an id from the renderer's action registry).
 */
export type HostCommand = 'saveThenClose' | `action:${string}`;
const ACTION_COMMAND = /^action:[A-Za-z0-9:._-]{1,64}$/;
export function isHostCommand(value: unknown): value is HostCommand {
  return value === 'saveThenClose' || (typeof value === 'string' && ACTION_COMMAND.test(value));
}

/** The renderer describes the native menu from its action registry; the host only draws it. */
export interface MenuSpecItem {
  /** The action's id; a click sends `action:<id>`. */
  readonly id: string;
  readonly label: string;
  /** Electron accelerator syntax, e.g. `CmdOrCtrl+Shift+S`. */
  readonly accelerator?: string;
  /** False for shortcuts without a modifier (N, Delete, arrows): shown, but the page handles the key. */
  readonly registerAccelerator: boolean;
  readonly enabled: boolean;
}
export interface MenuSpecSection {
  readonly id: 'file' | 'edit' | 'view' | 'board';
  readonly label: string;
  /** `null` is a separator. */
  readonly items: readonly (MenuSpecItem | null)[];
}
export type MenuSpec = readonly MenuSpecSection[];

export interface HostApi {
  readonly app: {
    info(): Promise<AppInfo>;
  };
  readonly files: {
    /** Native open dialog, then read the file (size-limited). */
    open(): Promise<HostResult<OpenedFile>>;
    /** A file handed over at launch (double-click, command line), at most once. */
    takePending(): Promise<OpenedFile | null>;
    /** Write to the window's current file; asks where first when there is none. Atomic. */
    save(text: string, suggestedName: string): Promise<HostResult<SavedFile>>;
    /** Always asks where. Atomic. */
    saveAs(text: string, suggestedName: string): Promise<HostResult<SavedFile>>;
    /** Forget the current file (File ▸ New), so the next Save asks where. */
    forgetCurrent(): Promise<void>;
    recent(): Promise<readonly RecentFile[]>;
    openRecent(key: string): Promise<HostResult<OpenedFile>>;
  };
  readonly window: {
    /** Title bar text and the unsaved marker; also what the close prompt checks. */
    setDocumentState(state: DocumentState): void;
    /** The native menu's sections, built from the action registry (re-sent when labels or state change). */
    setMenu(menu: MenuSpec): void;
    /** Close the window now (after a successful save-then-close). */
    close(): void;
    /** Subscribe to menu and close-prompt commands; returns the unsubscribe function. */
    onCommand(listener: (command: HostCommand) => void): () => void;
  };
}

/** Largest `.journey` file the app opens (bytes). Bigger files get a clear error, not a hang. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

/** The global name under which the Electron preload exposes the HostApi. */
export const HOST_GLOBAL = 'journeyHost';
