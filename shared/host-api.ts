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
export type SaveFailure = HostFailure | { readonly code: 'read-only'; readonly name: string };
export type SaveResult = { readonly ok: true; readonly value: SavedFile } | { readonly ok: false; readonly failure: SaveFailure };

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
export type RoomResult = { readonly ok: true; readonly value: HostedRoom } | { readonly ok: false; readonly message: Message };

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
    save(text: string, suggestedName: string): Promise<SaveResult>;
    /** Always asks where. Atomic. */
    saveAs(text: string, suggestedName: string): Promise<SaveResult>;
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
    /** The UI language: the native menu's roles, dialogs and the close prompt follow it. */
    setLocale(locale: Locale): void;
    /** Close the window now (after a successful save-then-close). */
    close(): void;
    /** Subscribe to menu and close-prompt commands; returns the unsubscribe function. */
    onCommand(listener: (command: HostCommand) => void): () => void;
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
