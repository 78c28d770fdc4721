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
import type { Locale, Message } from './i18n';

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
  /** What went wrong and what to do, kept as a message: the renderer draws it in the UI language. */
  | { readonly code: 'io'; readonly message: Message };

export type HostResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly failure: HostFailure };

/**
 * Why Save did not write: a host failure, or the file it would replace is read-only (its mode
 * has no write bit; the renderer says so and the user can Save As under another name).
 */
export type SaveFailure =
  | HostFailure
  | { readonly code: 'read-only'; readonly name: string }
  /** Another program changed (or replaced) the file since this window read or wrote it. */
  | { readonly code: 'changed-on-disk'; readonly name: string };
export interface SaveOptions {
  /** Replace the file even if another program changed it since (the user chose to). */
  readonly overwrite?: boolean;
}
export type SaveResult = { readonly ok: true; readonly value: SavedFile } | { readonly ok: false; readonly failure: SaveFailure };

export interface SavedFile {
  /** Base name now shown in the title. */
  readonly name: string;
}

export interface RecentFile {
  readonly name: string;
  /** Opaque key to pass back to `openRecent`; on desktop it is the path. */
  readonly key: string;
  /** The file is not there any more (moved, deleted, on a drive that is not connected). */
  readonly missing?: boolean;
}

export interface AppInfo {
  readonly name: string;
  readonly version: string;
  readonly host: 'electron' | 'web';
  readonly platform: string;
  /**
   * Desktop only: the folders where autosaves (crash-recovery journals), backups of saved files
   * and logs live (Help ▸ About). A browser keeps its journals in its own storage.
   */
  readonly locations?: { readonly recovery: string; readonly backups: string; readonly logs: string };
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
  readonly id: 'file' | 'edit' | 'view' | 'board' | 'help';
  readonly label: string;
  /** `null` is a separator. */
  readonly items: readonly (MenuSpecItem | null)[];
}
export type MenuSpec = readonly MenuSpecSection[];

/** A live session hosted by the desktop app (`room.host`): what participants need to join. */
export interface HostedRoom {
  readonly room: string;
  readonly password: string;
  /** Short code: room and password in groups of five (shared/collab/codes.ts). */
  readonly code: string;
  /** Signaling URLs on this machine's network addresses, for participants. */
  readonly signalingUrls: readonly string[];
  /** The signaling URL the hosting window itself uses (loopback). */
  readonly localSignalingUrl: string;
  /** The served renderer with the room's parameters, for browsers on the network. */
  readonly joinUrl: string | null;
}
export interface RoomHostOptions {
  /** Preferred signaling port (the next ones, then any free port, when it is busy). */
  readonly signalingPort?: number;
  /** Preferred port for serving the renderer to browsers. */
  readonly webPort?: number;
}
/** What a join link carries (shared/collab/codes.ts JoinParams). */
export interface PendingJoin {
  readonly room: string;
  readonly password: string;
  readonly signaling: readonly string[];
  readonly name?: string;
}
/**
 * Crash recovery (`recovery.*`): every change to the open workspace is appended, as Yjs
 * updates, to a journal the host keeps (desktop: the app's data folder; browser: IndexedDB).
 * A journal exists only while there are unsaved changes; after a crash, kill or power loss
 * the next start lists what was left and offers to restore it.
 */
export interface JournalMeta {
  /** The workspace title, shown in the restore offer. */
  readonly title: string;
  /** The file it was opened from or saved to, if any (display name only). */
  readonly fileName: string | null;
}
export interface JournalInfo extends JournalMeta {
  /** Opaque id (letters, digits, dashes). */
  readonly id: string;
  /** When the last change was journalled (ms since 1970). */
  readonly updatedAt: number;
  /** Size of the journal in bytes. */
  readonly bytes: number;
}
/** Journal ids are chosen by the renderer; the host accepts nothing else (no paths). */
export const JOURNAL_ID = /^[A-Za-z0-9-]{8,64}$/;

/** How a file on disk compares with what this window last read or wrote there. */
export type DiskState =
  | { readonly kind: 'none' }
  | { readonly kind: 'same' }
  | { readonly kind: 'changed'; readonly name: string }
  | { readonly kind: 'missing'; readonly name: string }
  | { readonly kind: 'read-only'; readonly name: string };

export type RoomResult = { readonly ok: true; readonly value: HostedRoom } | { readonly ok: false; readonly message: Message };

/** What an export is, for the save dialog's filter and the file's extension. */
export const EXPORT_KINDS = {
  pdf: { name: 'PDF document', extension: 'pdf', mime: 'application/pdf' },
  png: { name: 'PNG image', extension: 'png', mime: 'image/png' },
  svg: { name: 'SVG image', extension: 'svg', mime: 'image/svg+xml' },
  csv: { name: 'CSV table', extension: 'csv', mime: 'text/csv' },
  markdown: { name: 'Markdown', extension: 'md', mime: 'text/markdown' },
  json: { name: 'JSON', extension: 'json', mime: 'application/json' },
} as const;
export type ExportKind = keyof typeof EXPORT_KINDS;

/**
 * Where a desktop PDF export is: the document loading into the hidden print window, Chromium
 * printing its `pages`, the file being written. Main → renderer on PRINT_PROGRESS_CHANNEL.
 */
export interface PrintProgress {
  readonly phase: 'layout' | 'pdf' | 'saving';
}
export const PRINT_PHASES = ['layout', 'pdf', 'saving'] as const satisfies readonly PrintProgress['phase'][];
export const isPrintProgress = (value: unknown): value is PrintProgress =>
  typeof value === 'object' && value !== null && (PRINT_PHASES as readonly unknown[]).includes((value as { phase?: unknown }).phase);

/** Largest print document (HTML with embedded fonts and photos) the host prints, bytes. */
export const MAX_PRINT_HTML_BYTES = 256 * 1024 * 1024;

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
    save(text: string, suggestedName: string, options?: SaveOptions): Promise<SaveResult>;
    /** Always asks where. Atomic. */
    saveAs(text: string, suggestedName: string): Promise<SaveResult>;
    /** Forget the current file (File ▸ New), so the next Save asks where. */
    forgetCurrent(): Promise<void>;
    recent(): Promise<readonly RecentFile[]>;
    openRecent(key: string): Promise<HostResult<OpenedFile>>;
    /** Whether the window's file was changed, removed or made read-only by another program. */
    checkDisk(): Promise<DiskState>;
    /** Read the window's file as it is on disk now (to merge or reload it); `accept` makes it the known version. */
    readCurrent(accept: boolean): Promise<HostResult<OpenedFile>>;
    /** Native open dialog for a file to merge into the open one; does not change the window's file. */
    pickToMerge(): Promise<HostResult<OpenedFile>>;
  };
  readonly recovery: {
    /**
     * Append Yjs updates to journal `id` (created on first use). With `reset`, the journal
     * starts over with just these updates (a compaction: pass the whole state). Resolves with
     * the journal's size in bytes, or why it could not be written (the work is still open).
     */
    append(id: string, updates: readonly Uint8Array[], meta: JournalMeta, reset: boolean): Promise<HostResult<number>>;
    /** Remove a journal: its changes were saved, or the user chose not to keep them. */
    discard(id: string): Promise<void>;
    /** Journals left by windows or tabs that ended without saving (not those of live ones). */
    list(): Promise<readonly JournalInfo[]>;
    /** A journal's updates in order; the calling window takes it over (and, on desktop, its file). */
    read(id: string): Promise<HostResult<readonly Uint8Array[]>>;
  };
  readonly window: {
    /** Title bar text and the unsaved marker; also what the close prompt checks. */
    setDocumentState(state: DocumentState): void;
    /** The native menu's sections, built from the action registry (re-sent when labels or state change). */
    setMenu(menu: MenuSpec): void;
    /** The UI language: the native menu's roles, dialogs and the close prompt follow it. */
    setLocale(locale: Locale): void;
    /** Close the window now (after a successful save-then-close). */
    close(): void;
    /** The close prompt's Save did not save (cancelled, or it failed): the window stays, and a quit under way ends. */
    keepOpen(): void;
    /** Subscribe to menu and close-prompt commands; returns the unsubscribe function. */
    onCommand(listener: (command: HostCommand) => void): () => void;
  };
  /**
   * Print and export. The desktop app prints the print document (shared/export) in a hidden
   * window: `printToPDF` (tagged, with an outline) to a file the user picks, or the system print
   * dialog. Exports are saved where the user picks, atomically. The web host prints through the
   * browser's print dialog and downloads exports.
   */
  readonly print: {
    /** Resolves `cancelled` when the user cancels the save dialog or `cancel()` stops the export (nothing is written then). */
    savePdf(html: string, suggestedName: string): Promise<HostResult<SavedFile>>;
    print(html: string): Promise<HostResult<null>>;
    saveExport(data: string | Uint8Array, suggestedName: string, kind: ExportKind): Promise<HostResult<SavedFile>>;
    /** Stop this window's PDF export under way: its hidden window is closed, its temp file removed, no file written. */
    cancel(): Promise<void>;
    /** The steps of this window's PDF export under way; returns the unsubscribe function. */
    onProgress(listener: (progress: PrintProgress) => void): () => void;
  };
  /** Hosting a live session: signaling (and the renderer for browsers) on the local network. */
  readonly room: {
    host(options: RoomHostOptions): Promise<RoomResult>;
    /** Stop the servers (participants keep their copies and can reconnect to another host). */
    stop(): Promise<void>;
    status(): Promise<HostedRoom | null>;
    /** A `journey://join?…` link the OS opened this window with, at most once. */
    takePendingJoin(): Promise<PendingJoin | null>;
  };
}

/**
 * Largest `.journey` file the app opens (bytes). Bigger files get a clear error, not a hang.
 * A 100,000-note workspace saves about 105 MB (docs/FILE_FORMAT.md, "Limits").
 */
export const MAX_FILE_BYTES = 128 * 1024 * 1024;

/** The global name under which the Electron preload exposes the HostApi. */
export const HOST_GLOBAL = 'journeyHost';
