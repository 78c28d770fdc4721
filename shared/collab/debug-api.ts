import type { Participant } from './presence';
import type { TransferFailure } from './chunking';

/**
 * A guest receiving the room's workspace. Over WebRTC a large workspace arrives in chunks, so
 * the bytes and percentage are known; over a Yjs server it is one WebSocket message (null
 * percentage until it has arrived). Kept after it arrived (percent 100).
 */
export interface CollabJoinProgress {
  /** Bytes received of the workspace arriving now (or of the last large message that arrived). */
  readonly receivedBytes: number;
  readonly totalBytes: number;
  /** 0–100 (rounded down: 100 only once it is all here), null when nothing tells. */
  readonly percent: number | null;
  /** A large message is arriving right now. */
  readonly arriving: boolean;
  /** The last transfer that failed, and why (the cover says so until another one starts), or null. */
  readonly failure: TransferFailure | null;
}

/** `window.journeyDebug.collab` (with `?debug=1`): the live session, for e2e tests and benchmarks. */
export interface CollabDebugStatus {
  readonly phase: 'idle' | 'connecting' | 'connected' | 'offline' | 'failed';
  readonly role: 'host' | 'guest' | null;
  readonly transport: 'webrtc' | 'yjs-server' | null;
  readonly room: string | null;
  /** Guest: the room's workspace has arrived. */
  readonly synced: boolean;
  /** Peers this page exchanges updates with. */
  readonly peers: number;
  /** Others subscribed to the room on the signaling server (-1 unknown). */
  readonly othersInRoom: number;
  /** Signaling messages in the room this page could not decrypt (someone with another password). */
  readonly undecryptable: number;
  /** The message the UI shows (e.g. a wrong password), if any. */
  readonly message: string | null;
  readonly joinUrl: string | null;
  readonly code: string | null;
  /** Guest: receiving the workspace (null for a host or outside a room). */
  readonly join: CollabJoinProgress | null;
  /** Frames from peers dropped as garbage (malformed, out of order, over a limit). */
  readonly droppedFrames: number;
  /** Times this page asked a connected peer for the workspace again (its first answer was lost). */
  readonly resyncs: number;
}

/** What a test sees of another participant: their presence, without connection details. */
export type CollabDebugParticipant = Omit<Participant, 'clientId' | 'view'>;

export interface CollabDebug {
  status(): CollabDebugStatus;
  /** This page's own awareness state as peers receive it (null when not in a room). */
  localPresence(): Record<string, unknown> | null;
  participants(): CollabDebugParticipant[];
  /** Share the open workspace in a room through these signaling servers (what Host does). */
  host(options: { room: string; password: string; signaling: string[] }): Promise<CollabDebugStatus>;
  /** Join a room (what a join link does); resolves once joining started. */
  join(options: { room: string; password: string; signaling: string[]; name?: string }): Promise<boolean>;
  /** Sync through a Yjs server (y-websocket / Hocuspocus) instead of WebRTC. */
  connectYjsServer(url: string, room: string, share: boolean, options?: { protocol?: 'hocuspocus' | 'y-websocket'; token?: string | null }): Promise<boolean>;
  /** Open a room on a Journey room server (what a `?server=…&room=…&token=…` link does). */
  joinServer(options: { server: string; room: string; token: string; name?: string }): Promise<boolean>;
  leave(): Promise<void>;
  /** Cut the connection, staying in the room (edits go on locally). */
  disconnect(): void;
  reconnect(): void;
  setUser(name: string, colour: string): void;
  follow(name: string | null): boolean;
  bringEveryone(): void;
  /**
   * Run a doc command on this page's doc, as a gesture would (one local transaction):
   * `addNote(input)`, `moveNotes(ids, target)`, `moveStage(stageId, beforeStageId)`,
   * `deleteNotes(ids)`, `setNoteText(noteId, text)`. Returns the command's result.
   */
  command(name: 'addNote' | 'moveNotes' | 'moveStage' | 'deleteNotes' | 'setNoteText', ...args: unknown[]): unknown;
  /** Bytes of Yjs updates this page's doc produced since the last call (local origin only). */
  takeLocalUpdateBytes(): number;
}
