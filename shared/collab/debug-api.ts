import type { Participant } from './presence';

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
  connectYjsServer(url: string, room: string, share: boolean): Promise<boolean>;
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
