/**
 * Presence through y-protocols awareness (never the doc): who is here (name, colour), where
 * their cursor is on which board, what they selected, which note they are typing in, what
 * they are dragging (ids + offset, throttled) and what part of the board they are looking at
 * (for follow and "bring everyone to me"). Remote states are untrusted and validated here.
 */
import Konva from 'konva';
import type { Awareness } from 'y-protocols/awareness';
import type { Editor } from '../editor/editor';
import { EDITING, SELECTION } from '../editor/slices';
import { hasBoard } from '../../../shared/doc/text-fields';
import type { CollabUser } from './settings';
import { CURSOR_INTERVAL_MS, DRAG_INTERVAL_MS, MAX_IDS, VIEW_POLL_MS, readParticipant, readRect, rec, str, viewportShowing, type BoardRect, type Participant, type Summon } from '../../../shared/collab/presence';

export type { BoardRect, Participant };

export class PresenceTracker {
  private offStore: () => void;
  private lastCursorSent = 0;
  private cursorTimer: ReturnType<typeof setTimeout> | null = null;
  private pendingCursor: { x: number; y: number } | null | undefined;
  private lastDragSent = 0;
  private viewTimer: ReturnType<typeof setInterval>;
  private hookedStage: Konva.Stage | null = null;
  private seenSummons = new Set<string>();
  private lastView = '';

  constructor(
    private readonly app: Editor,
    readonly awareness: Awareness,
    user: CollabUser,
    private readonly onParticipants: (participants: Participant[]) => void,
  ) {
    // Summons made before we arrived are history, not a request to us.
    for (const [, state] of awareness.getStates()) {
      const s = rec(state) && rec(state['summon']) ? state['summon'] : null;
      if (s && str(s['id'])) this.seenSummons.add(s['id']);
    }
    awareness.setLocalState({ user: { name: user.name, colour: user.colour }, boardId: null, cursor: null, selection: [], editing: null, dragging: null, view: null, summon: null, presenting: null, laser: null });
    this.publishLocalUi();
    this.offStore = app.slices.subscribe(() => this.publishLocalUi());
    // Capture phase: board gestures may stop the event before it bubbles up to the window.
    window.addEventListener('pointermove', this.onPointer, { passive: true, capture: true });
    document.addEventListener('pointerleave', this.onLeave);
    awareness.on('change', this.onAwareness);
    this.viewTimer = setInterval(() => this.pollView(), VIEW_POLL_MS);
    this.onAwareness();
  }

  setUser(user: CollabUser): void {
    this.awareness.setLocalStateField('user', { name: user.name, colour: user.colour });
  }

  /** After a reconnect y-webrtc has removed our state: put it back. */
  republish(): void {
    const state = this.awareness.getLocalState();
    if (state) this.awareness.setLocalState({ ...state });
  }

  /** Presentation mode's fields (renderer/src/present): what is presented, the laser. */
  setField(field: 'presenting' | 'laser', value: unknown): void {
    this.set(field, value);
    // While presenting, the laser is the one pointer others see: no ordinary cursor beside it.
    if (field === 'presenting') {
      this.presenting = value !== null && value !== undefined;
      if (this.presenting) this.queueCursor(null);
    }
  }
  private presenting = false;

  private set(field: string, value: unknown): void {
    const state = this.awareness.getLocalState();
    if (!state) return;
    if (JSON.stringify(state[field]) === JSON.stringify(value)) return;
    this.awareness.setLocalStateField(field, value);
  }

  private publishLocalUi(): void {
    const { activeBoardId, selectedNoteIds } = this.app.selection;
    const { editingNoteId } = this.app.get(EDITING);
    this.set('boardId', activeBoardId);
    this.set('selection', selectedNoteIds.slice(0, MAX_IDS));
    this.set('editing', editingNoteId);
  }

  private boardPoint(clientX: number, clientY: number): { x: number; y: number } | null {
    const board = this.app.drawnBoard;
    if (!board?.container) return null;
    const r = board.container.getBoundingClientRect();
    if (clientX < r.left || clientX > r.right || clientY < r.top || clientY > r.bottom) return null;
    const { x, y, scale } = board.viewport;
    return { x: Math.round(((clientX - r.left - x) / scale) * 10) / 10, y: Math.round(((clientY - r.top - y) / scale) * 10) / 10 };
  }

  /** Cursor in board coordinates, at most every CURSOR_INTERVAL_MS (the last position always goes out). */
  private onPointer = (event: PointerEvent) => this.queueCursor(this.boardPoint(event.clientX, event.clientY));
  private onLeave = () => this.queueCursor(null);

  private queueCursor(point: { x: number; y: number } | null): void {
    this.pendingCursor = this.presenting ? null : point;
    const wait = this.lastCursorSent + CURSOR_INTERVAL_MS - Date.now();
    if (wait <= 0) return this.flushCursor();
    this.cursorTimer ??= setTimeout(() => this.flushCursor(), wait);
  }
  private flushCursor(): void {
    if (this.cursorTimer) clearTimeout(this.cursorTimer);
    this.cursorTimer = null;
    if (this.pendingCursor === undefined) return;
    this.lastCursorSent = Date.now();
    this.set('cursor', this.pendingCursor);
    this.pendingCursor = undefined;
  }

  private pollView(): void {
    const board = this.app.drawnBoard;
    const container = board?.container;
    if (!board || !container || !this.app.selection.activeBoardId) return;
    const { x, y, scale } = board.viewport;
    const view = { x: -x / scale, y: -y / scale, width: container.clientWidth / scale, height: container.clientHeight / scale };
    const key = JSON.stringify(view);
    if (key !== this.lastView && view.width > 0 && view.height > 0) {
      this.lastView = key;
      this.set('view', view);
    }
    this.hookStage(container);
  }

  /** Live drags: listen to the board's Konva stage for note drags (node ids are `note-<id>`). */
  private hookStage(container: HTMLElement): void {
    const stage = Konva.stages.find((s) => container.contains(s.container())) ?? null;
    if (stage === this.hookedStage) return;
    this.hookedStage?.off('.collab');
    this.hookedStage = stage;
    if (!stage) return;
    stage.on('dragmove.collab', (event) => {
      const node = event.target;
      const id = node.id().startsWith('note-') ? node.id().slice(5) : null;
      const box = id ? this.app.drawnBoard?.layout.notes.get(id) : undefined;
      if (!id || !box || Date.now() - this.lastDragSent < DRAG_INTERVAL_MS) return;
      this.lastDragSent = Date.now();
      const ids = this.app.selection.selectedNoteIds.includes(id) ? this.app.selection.selectedNoteIds : [id];
      this.set('dragging', { ids: ids.slice(0, MAX_IDS), dx: Math.round(node.x() - box.x), dy: Math.round(node.y() - box.y) });
    });
    stage.on('dragend.collab', () => {
      this.lastDragSent = 0;
      this.set('dragging', null);
    });
  }

  /** "Bring everyone to me": a new request id with what this screen shows. */
  summon(): void {
    const state = this.awareness.getLocalState();
    const boardId = this.app.selection.activeBoardId;
    const view = state && readRect(state['view']);
    if (!boardId || !view) return;
    const id = `${this.awareness.clientID}-${Date.now().toString(36)}`;
    this.seenSummons.add(id);
    this.set('summon', { id, boardId, view } satisfies Summon);
  }

  /** Show what a participant shows (follow, summons). */
  showView(target: { boardId: string | null; view: BoardRect | null }): void {
    if (!target.boardId || !target.view) return;
    if (this.app.selection.activeBoardId !== target.boardId) {
      if (!hasBoard(this.app.doc, target.boardId)) return;
      this.app.update(SELECTION, { activeBoardId: target.boardId });
      // The board view mounts on the next frame.
      requestAnimationFrame(() => this.applyView(target.view!));
      return;
    }
    this.applyView(target.view);
  }

  private applyView(view: BoardRect): void {
    const container = this.app.drawnBoard?.container;
    if (!container || !this.app.boardView?.setViewport) return;
    const next = viewportShowing(view, { width: container.clientWidth, height: container.clientHeight });
    const current = this.app.drawnBoard!.viewport;
    if (Math.abs(current.x - next.x) < 0.5 && Math.abs(current.y - next.y) < 0.5 && Math.abs(current.scale - next.scale) < 0.001) return;
    this.app.boardView.setViewport(next);
  }

  private onAwareness = () => {
    const participants: Participant[] = [];
    for (const [clientId, state] of this.awareness.getStates()) {
      if (clientId === this.awareness.clientID) continue;
      const participant = readParticipant(clientId, state);
      if (participant) participants.push(participant);
      const s = rec(state) && rec(state['summon']) ? state['summon'] : null;
      if (s && str(s['id']) && !this.seenSummons.has(s['id'])) {
        this.seenSummons.add(s['id']);
        const view = readRect(s['view']);
        if (str(s['boardId']) && view) this.showView({ boardId: s['boardId'], view });
      }
    }
    participants.sort((a, b) => a.name.localeCompare(b.name) || a.clientId - b.clientId);
    this.onParticipants(participants);
  };

  destroy(): void {
    this.offStore();
    window.removeEventListener('pointermove', this.onPointer, { capture: true });
    document.removeEventListener('pointerleave', this.onLeave);
    this.awareness.off('change', this.onAwareness);
    clearInterval(this.viewTimer);
    if (this.cursorTimer) clearTimeout(this.cursorTimer);
    this.hookedStage?.off('.collab');
  }
}
