/**
 * Live co-editing of the open workspace: one room at a time, one provider per room, destroyed
 * on leave. Hosting shares the doc that is open; joining starts from an EMPTY doc that the room
 * fills (a fresh template would duplicate every board), showing "connecting…" until it arrives.
 *
 * Presence (names, colours, cursors, selections, who edits which note, drags, viewports) goes
 * through y-protocols awareness, never the doc (see presence.ts).
 */
import { applySnapshot, boardsInOrder, LOAD_ORIGIN, readMeta } from '../../../shared/doc';
import { newWorkspace } from '../../../shared/model';
import { hasBoard } from '../../../shared/doc/text-fields';
import { appJoinLink, formatCode, joinUrl, newRoomSecret, type JoinParams } from '../../../shared/collab/codes';
import { installSubtleFallback } from '../../../shared/collab/subtle-fallback';
import { defineSlice, type SliceStore } from '../editor/store';
import { WorkspaceSession } from '../editor/session';
import { DOCUMENT, SELECTION } from '../editor/slices';
import type { Editor } from '../editor/editor';
import { loadSettings, loadUser, saveUser, type CollabSettings, type CollabUser } from './settings';
import { webrtcTransport, yjsServerTransport, type Transport } from './transport';
import { hocuspocusTransport, type HocuspocusTransport } from './hocuspocus-transport';
import { serverJoinUrl, type ServerJoinParams } from '../../../shared/collab/server-links';
import { refusalMessage } from '../../../shared/i18n/resources/rooms';
import type { Awareness } from 'y-protocols/awareness';
import { PresenceTracker, type Participant } from './presence';
import { message, verbatim, type Message } from '../../../shared/i18n';
import { nextPhase, type CollabPhase } from './phases';
import { joinProgress } from '../../../shared/collab/join-progress';
import type { CollabJoinProgress } from '../../../shared/collab/debug-api';

export { WRONG_PASSWORD_MS } from './phases';

export type { CollabPhase };

export interface CollabState {
  readonly phase: CollabPhase;
  readonly role: 'host' | 'guest' | null;
  readonly transport: 'webrtc' | 'yjs-server' | null;
  readonly room: string | null;
  readonly password: string | null;
  readonly signaling: readonly string[];
  readonly yjsServer: string | null;
  /** Which protocol the Yjs server speaks (null: WebRTC or not in a room). */
  readonly yjsProtocol: YjsProtocol | null;
  /** Guest: the workspace arrived. Host: always. */
  readonly synced: boolean;
  readonly peers: number;
  readonly othersInRoom: number;
  readonly serverConnected: boolean;
  /** Messages in the room we could not decrypt: someone is trying another password. */
  readonly undecryptable: number;
  /** What the session UI says (a wrong password, a failure), translated when drawn. */
  readonly message: Message | null;
  readonly participants: readonly Participant[];
  readonly joinUrl: string | null;
  /** `journey://join?…`: opens the desktop app and joins. */
  readonly appLink: string | null;
  readonly code: string | null;
  readonly user: CollabUser;
  /** The participant whose view we follow. */
  readonly following: number | null;
  /** Guest: the room's workspace arriving (join-progress.ts); null for a host or outside a room. */
  readonly join: CollabJoinProgress | null;
  /** Frames from peers dropped as garbage. */
  readonly droppedFrames: number;
  readonly resyncs: number;
}

/** A Journey room server / Hocuspocus (`@hocuspocus/provider`) or y-websocket's server. */
export type YjsProtocol = 'hocuspocus' | 'y-websocket';

export interface YjsServerOptions {
  /** Default y-websocket (what this call did before Hocuspocus); the dialog defaults to Hocuspocus. */
  readonly protocol?: YjsProtocol;
  /** Hocuspocus: the room token (server/src/tokens.ts). */
  readonly token?: string | null;
}

export interface HostOptions {
  readonly signaling: readonly string[];
  readonly room?: string;
  readonly password?: string;
  /** Base address of the served renderer for the join link (default: this page). */
  readonly joinBase?: string | undefined;
  /** Signaling URLs participants should use, when they differ from ours (LAN vs loopback). */
  readonly advertised?: readonly string[];
}

/** The session UI slice of the editor's store (set when the app's Collab is made). */
export const SESSION_UI = defineSlice<CollabState>('session', () => {
  throw new Error('The collaboration manager sets the session slice when it is made');
});

export class Collab {
  readonly store: SliceStore<CollabState>;
  private transport: Transport | null = null;
  private presence: PresenceTracker | null = null;
  private boundSession: WorkspaceSession | null = null;
  private releasing: Promise<void> = Promise.resolve();
  private timer: ReturnType<typeof setInterval> | null = null;
  private othersSince: number | null = null;
  private settings: CollabSettings;

  constructor(readonly app: Editor) {
    this.settings = loadSettings(app.preferences);
    app.slices.replace(SESSION_UI, {
      phase: 'idle',
      role: null,
      transport: null,
      room: null,
      password: null,
      signaling: [],
      yjsServer: null,
      yjsProtocol: null,
      synced: false,
      peers: 0,
      othersInRoom: -1,
      serverConnected: false,
      undecryptable: 0,
      message: null,
      participants: [],
      joinUrl: null,
      appLink: null,
      code: null,
      user: loadUser(app.preferences),
      following: null,
      join: null,
      droppedFrames: 0,
      resyncs: 0,
    });
    this.store = app.slices.slice(SESSION_UI);
    // Opening another workspace while in a room leaves the room (the room keeps its own).
    app.slices.slice(DOCUMENT).subscribe(() => {
      if (this.boundSession && app.session !== this.boundSession) void this.leave(message('collab.leftForOther'));
    });
  }

  get state(): CollabState {
    return this.store.get();
  }

  getSettings(): CollabSettings {
    return this.settings;
  }
  setSettings(settings: CollabSettings): void {
    this.settings = settings;
  }

  setUser(user: CollabUser): void {
    saveUser(this.app.preferences, user);
    const stored = loadUser(this.app.preferences);
    this.store.set({ user: stored });
    this.presence?.setUser(stored);
  }

  /** Share the open workspace in a new (or given) room through these signaling servers. */
  async host(options: HostOptions): Promise<CollabState> {
    await this.leave();
    const secret = options.room && options.password ? { room: options.room, password: options.password } : newRoomSecret();
    const signaling = unique([...options.signaling, ...this.settings.signaling]);
    const base = options.joinBase ?? `${location.origin}${location.pathname}`;
    const params: JoinParams = { room: secret.room, password: secret.password, signaling: options.advertised?.length ? unique([...options.advertised, ...this.settings.signaling]) : signaling };
    this.store.set({
      role: 'host',
      transport: 'webrtc',
      room: secret.room,
      password: secret.password,
      signaling: params.signaling,
      yjsServer: null,
      yjsProtocol: null,
      synced: true,
      message: null,
      joinUrl: safe(() => joinUrl(base, params)),
      appLink: appJoinLink(params),
      code: codeFor(secret),
      following: null,
    });
    installSubtleFallback(globalThis.crypto);
    this.start(() => webrtcTransport(this.app.doc, { ...secret, signaling, iceServers: this.settings.iceServers }, this.refresh));
    return this.state;
  }

  /** Join a room: the open workspace is replaced by the room's (after asking about unsaved changes). */
  async join(params: JoinParams, { askFirst = true } = {}): Promise<boolean> {
    if (askFirst && !(await this.app.confirmDiscard())) return false;
    await this.leave();
    if (params.name) this.setUser({ ...this.state.user, name: params.name });
    const signaling = unique([...params.signaling, ...this.settings.signaling]);
    this.store.set({
      role: 'guest',
      transport: 'webrtc',
      room: params.room,
      password: params.password,
      signaling,
      yjsServer: null,
      yjsProtocol: null,
      synced: false,
      message: null,
      joinUrl: safe(() => joinUrl(`${location.origin}${location.pathname}`, { ...params, signaling })),
      appLink: appJoinLink({ room: params.room, password: params.password, signaling }),
      code: codeFor(params),
      following: null,
    });
    // A plain-http page (a browser on the LAN) has no crypto.subtle: use the fallback.
    installSubtleFallback(globalThis.crypto);
    if (!globalThis.crypto?.subtle) {
      this.store.set({ phase: 'failed', message: message('collab.insecure') });
      return false;
    }
    this.app.adoptSession(WorkspaceSession.empty());
    this.start(() => webrtcTransport(this.app.doc, { room: params.room, password: params.password, signaling, iceServers: this.settings.iceServers }, this.refresh));
    return true;
  }

  /**
   * Sync through a Yjs server (y-websocket / Hocuspocus). `share` puts the open workspace
   * into the room; otherwise the room's workspace replaces the open one.
   */
  async connectYjsServer(url: string, room: string, share: boolean, { protocol = 'y-websocket', token = null }: YjsServerOptions = {}, { askFirst = true } = {}): Promise<boolean> {
    if (!share && askFirst && !(await this.app.confirmDiscard())) return false;
    await this.leave();
    if (!share) this.app.adoptSession(WorkspaceSession.empty());
    this.store.set({
      role: share ? 'host' : 'guest',
      transport: 'yjs-server',
      room,
      password: null,
      signaling: [],
      yjsServer: url,
      yjsProtocol: protocol,
      synced: share,
      message: null,
      // A room-server room's link carries the token: whoever has it may open the room.
      joinUrl: protocol === 'hocuspocus' && token ? safe(() => serverJoinUrl(`${location.origin}${location.pathname}`, { server: url, room, token })) : null,
      // The desktop app's journey:// links carry WebRTC rooms only (so far): no app link here.
      appLink: null,
      code: null,
      following: null,
    });
    const doc = this.app.doc;
    const onEmptyRoom = share ? undefined : { isEmpty: () => !readMeta(doc), seed: () => applySnapshot(doc, newWorkspace(this.app.uiLocale, new Date().toISOString()), LOAD_ORIGIN) };
    this.start(() => (protocol === 'hocuspocus' ? hocuspocusTransport(doc, { url, room, token, onEmptyRoom }, this.refresh) : yjsServerTransport(doc, { url, room }, this.refresh)));
    return true;
  }

  /** A room-server join link (`?server=…&room=…&token=…`): open that room's workspace. */
  async joinServer(params: ServerJoinParams, { askFirst = true } = {}): Promise<boolean> {
    if (params.name) this.setUser({ ...this.state.user, name: params.name });
    return this.connectYjsServer(params.server, params.room, false, { protocol: 'hocuspocus', token: params.token }, { askFirst });
  }

  private start(create: () => Transport): void {
    this.boundSession = this.app.session;
    this.othersSince = null;
    try {
      this.transport = create();
    } catch (error) {
      this.boundSession = null;
      this.store.set({ phase: 'failed', message: verbatim(error instanceof Error ? error.message : String(error)) });
      return;
    }
    this.presence = new PresenceTracker(this.app, this.transport.awareness, this.state.user, (participants) => {
      this.store.set({ participants });
      this.followTick();
    });
    this.boundSession.doc.on('afterTransaction', this.onDocChange);
    this.store.set({ phase: 'connecting' });
    this.timer = setInterval(this.refresh, 500);
    this.refresh();
    this.onDocChange();
  }

  /** Leave the room; the workspace stays open here as a local copy. */
  async leave(notice: Message | null = null): Promise<void> {
    const transport = this.transport;
    if (!transport) {
      await this.releasing;
      return;
    }
    this.transport = null;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.presence?.destroy();
    this.presence = null;
    this.boundSession?.doc.off('afterTransaction', this.onDocChange);
    this.boundSession = null;
    this.store.set({ phase: 'idle', role: null, transport: null, room: null, password: null, peers: 0, othersInRoom: -1, participants: [], joinUrl: null, appLink: null, code: null, following: null, message: notice, serverConnected: false, undecryptable: 0, join: null, droppedFrames: 0, resyncs: 0, yjsProtocol: null });
    this.releasing = transport.destroy();
    await this.releasing;
  }

  /** Cut the connection but stay in the room (edits keep going into the local doc). */
  disconnect(): void {
    if (!this.transport || this.state.phase === 'offline') return;
    this.transport.disconnect();
    this.store.set({ phase: 'offline' });
  }

  reconnect(): void {
    if (!this.transport || this.state.phase !== 'offline') return;
    this.store.set({ phase: 'connecting' });
    this.transport.connect();
    this.presence?.republish();
    this.refresh();
  }

  /** The room's awareness (facilitation publishes its participant and clock there), null outside a room. */
  get awareness(): Awareness | null {
    return this.transport?.awareness ?? null;
  }

  localPresence(): Record<string, unknown> | null {
    return (this.transport?.awareness.getLocalState() as Record<string, unknown> | null) ?? null;
  }

  setPresence(field: 'presenting' | 'laser', value: unknown): void { this.presence?.setField(field, value); } // presentation mode's awareness fields; nothing outside a room
  follow(clientId: number | null): void {
    this.store.set({ following: clientId });
    this.followTick();
  }

  /** Facilitator: everyone's view jumps to what this screen shows. */
  bringEveryone(): void {
    this.presence?.summon();
  }

  private followTick(): void {
    const id = this.state.following;
    if (id === null || !this.presence) return;
    const target = this.state.participants.find((p) => p.clientId === id);
    if (!target) {
      this.store.set({ following: null });
      return;
    }
    this.presence.showView(target);
  }

  private onDocChange = () => {
    const session = this.boundSession;
    if (!session) return;
    if (!this.state.synced && readMeta(session.doc)) {
      this.store.set({ synced: true, message: null });
      this.refresh();
    }
    // A guest's board appears when the room's workspace arrives; a deleted board is left.
    const active = this.app.selection.activeBoardId;
    if (!active || !hasBoard(session.doc, active)) {
      const boards = boardsInOrder(session.doc);
      const first = (boards.find((b) => b.kind === 'journey') ?? boards[0])?.id ?? null;
      if (first !== active) queueMicrotask(() => this.app.update(SELECTION, { activeBoardId: first }));
    }
  };

  private refresh = () => {
    const transport = this.transport;
    if (!transport) return;
    const peers = transport.peers();
    const othersInRoom = transport.othersInRoom();
    const serverConnected = transport.serverConnected();
    const undecryptable = transport.undecryptable();
    const next = nextPhase({ ...this.state, transport: transport.kind, peers, othersInRoom, othersSince: this.othersSince, now: Date.now() });
    this.othersSince = next.othersSince;
    const phase = next.phase;
    const refusal = (transport as Partial<HocuspocusTransport>).refusal?.() ?? null;
    if (refusal) {
      const text = refusal.kind === 'too-large' ? message('rooms.tooLarge') : refusalMessage(refusal.reason);
      this.store.set({ phase: 'failed', message: text, peers, othersInRoom, serverConnected });
      return;
    }
    const notice = next.wrongPassword ? message('collab.wrongPassword') : this.state.message;
    const transfer = transport.transfer();
    const join = this.state.role === 'guest' ? joinProgress(transfer, this.state.synced) : null;
    this.store.set({ phase, message: notice, peers, othersInRoom, serverConnected, undecryptable, join, droppedFrames: transfer?.droppedFrames ?? 0, resyncs: transfer?.resyncs ?? 0 });
  };
}

/** The short code exists for rooms made by Host (10-character id and password). */
function codeFor(secret: { room: string; password: string }): string | null {
  return /^[0-9A-Z]{10}$/.test(secret.room) && /^[0-9A-Z]{10}$/.test(secret.password) ? formatCode(secret) : null;
}

function unique(list: readonly string[]): string[] {
  return [...new Set(list)];
}

function safe(make: () => string): string | null {
  try {
    return make();
  } catch {
    return null;
  }
}

const instances = new WeakMap<Editor, Collab>();

/** The app's collaboration manager (one per window). */
export function collabFor(app: Editor): Collab {
  let collab = instances.get(app);
  if (!collab) instances.set(app, (collab = new Collab(app)));
  return collab;
}
