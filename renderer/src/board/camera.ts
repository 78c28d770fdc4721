import { useEffect, useMemo, useRef, useState } from 'react';
import type Konva from 'konva';
import type { Note } from '../../../shared/model';
import type { BoardLayout } from '../../../shared/layout/board-layout';
import { clampPan, fitBoard, fitStage, initialViewport, minScaleFor, pinOf, revealBox, viewRect, zoomAround, type Viewport } from '../../../shared/layout/viewport';
import type { BoardViewApi } from '../editor/views';
import { placeTitles } from './BoardBackground';
import { loadViewport, saveViewport } from './viewport-storage';

/**
 * Notes within this many screen pixels of the view are mounted (React elements, Konva nodes),
 * so a pan rarely needs React; of those, only the ones actually on screen are drawn.
 */
export const CULL_MARGIN_PX = 300;
/** Mounted notes this close to the view are drawn too, so nothing pops in at the edge. */
const DRAW_MARGIN_PX = 40;
/** After a pan or zoom stops for this long, React catches up and the viewport is remembered. */
const SETTLE_MS = 120;

export interface Size {
  readonly width: number;
  readonly height: number;
}

/** The Konva nodes the camera moves directly, and what it reads live. */
export interface CameraParts {
  stage(): Konva.Stage | null;
  notesLayer(): Konva.Layer | null;
  band(): Konva.Group | null;
  column(): Konva.Group | null;
  corner(): Konva.Rect | null;
  layout(): BoardLayout;
  size(): Size;
  /** Notes being dragged: drawn wherever the drag puts them, never culled. */
  dragging(id: string): boolean;
}

/** The notes to mount for a viewport: those within the cull margin of the view. */
export function notesNearView(notes: readonly Note[], layout: BoardLayout, vp: Viewport, size: Size): Note[] {
  const r = viewRect(vp, size, CULL_MARGIN_PX);
  return notes.filter((note) => {
    const box = layout.notes.get(note.id);
    return box !== undefined && box.x < r.right && box.x + box.width > r.left && box.y < r.bottom && box.y + box.height > r.top;
  });
}

/**
 * The viewport engine: zoom, pan, fit and culling of one board. Pans move the Konva stage
 * directly at frame rate and re-render React only when new notes must mount (after the frame,
 * not inside it) or the zoom changed; the viewport is remembered per board once the view settles.
 */
export class BoardCamera implements BoardViewApi {
  /** The viewport on screen now. */
  shown: Viewport;
  /** The viewport React last rendered (culling, level of detail, DOM overlays). */
  private rendered: Viewport;
  /** Viewports set here: a render carrying an older one must not undo a newer one. */
  private readonly ours = new WeakSet<Viewport>();
  private settleTimer: ReturnType<typeof setTimeout> | undefined;
  private mountPending = false;
  private disposed = false;

  constructor(
    private readonly parts: CameraParts,
    readonly boardId: string,
    initial: Viewport,
    /** Hand a viewport to React (culling and overlays follow it). */
    private readonly commit: (vp: Viewport) => void,
  ) {
    this.shown = initial;
    this.rendered = initial;
  }

  /** Called on every render with the viewport React renders. */
  rendering(vp: Viewport): void {
    if (this.rendered === vp) return;
    this.rendered = vp;
    // A viewport from elsewhere (another board, the remembered one) takes over; one of ours
    // may be older than what is on screen already (set after that state update was queued).
    if (!this.ours.has(vp)) this.shown = vp;
  }

  /** After every render: draw only on-screen notes, slide the pinned titles. */
  afterRender(): void {
    this.showOnScreenOnly();
    placeTitles(this.parts.layout(), this.parts.band(), this.parts.column(), this.shown);
  }

  setViewport(wanted: Viewport): void {
    // The board stays within reach: never panned entirely off screen.
    const next = clampPan(wanted, this.parts.layout(), this.parts.size());
    this.ours.add(next);
    this.shown = next;
    const stage = this.parts.stage();
    if (stage) {
      stage.position({ x: next.x, y: next.y });
      stage.scale({ x: next.scale, y: next.scale });
      stage.batchDraw();
    }
    const last = this.rendered;
    this.showOnScreenOnly();
    const pin = pinOf(next);
    this.parts.band()?.y(pin.bandY);
    this.parts.column()?.x(pin.columnX);
    this.parts.corner()?.position({ x: pin.columnX, y: pin.bandY });
    placeTitles(this.parts.layout(), this.parts.band(), this.parts.column(), next);
    const reach = CULL_MARGIN_PX / 2;
    const far = next.scale !== last.scale || Math.abs(next.x - last.x) > reach || Math.abs(next.y - last.y) > reach;
    clearTimeout(this.settleTimer);
    if (far && next.scale !== last.scale) this.commit(next);
    else if (far && !this.mountPending) {
      // New notes must mount soon, but not inside this frame: after it has been drawn.
      this.mountPending = true;
      setTimeout(() => {
        this.mountPending = false;
        if (!this.disposed) this.commit(this.shown);
      }, 0);
    }
    this.settleTimer = setTimeout(() => {
      if (this.disposed) return;
      this.commit(this.shown);
      saveViewport(this.boardId, this.shown);
    }, SETTLE_MS);
  }

  private centre(): { x: number; y: number } {
    const s = this.parts.size();
    return { x: s.width / 2, y: s.height / 2 };
  }
  /** The minimum zoom follows the board: a board too big for MIN_SCALE can still be seen whole. */
  private minScale(): number {
    return minScaleFor(this.parts.layout(), this.parts.size());
  }
  zoomBy(factor: number): void {
    this.setViewport(zoomAround(this.shown, factor, this.centre(), this.minScale()));
  }
  zoomTo(scale: number): void {
    this.setViewport(zoomAround(this.shown, scale / this.shown.scale, this.centre(), this.minScale()));
  }
  /** Zoom by `factor` keeping the board point under `anchor` (view pixels) still (wheel, pinch). */
  zoomAt(factor: number, anchor: { x: number; y: number }): void {
    this.setViewport(zoomAround(this.shown, factor, anchor, this.minScale()));
  }
  fit(): void {
    this.setViewport(fitBoard(this.parts.layout(), this.parts.size()));
  }
  panBy(dx: number, dy: number): void {
    this.setViewport({ ...this.shown, x: this.shown.x - dx, y: this.shown.y - dy });
  }
  fitStage(stageId: string): void {
    const next = fitStage(this.parts.layout(), stageId, this.parts.size());
    if (next) this.setViewport(next);
  }
  reveal(noteId: string): void {
    const box = this.parts.layout().notes.get(noteId);
    const next = box ? revealBox(this.shown, this.parts.size(), box) : null;
    if (next) this.setViewport(next);
  }

  /** Mounted (again, in StrictMode's second pass): timers may commit. */
  revive(): void {
    this.disposed = false;
  }
  dispose(): void {
    this.disposed = true;
    clearTimeout(this.settleTimer);
  }

  /** Konva draws every visible node, on screen or not: hide the mounted notes that are off screen. */
  private showOnScreenOnly(): void {
    const layer = this.parts.notesLayer();
    if (!layer) return;
    const r = viewRect(this.shown, this.parts.size(), DRAW_MARGIN_PX);
    for (const node of layer.getChildren()) {
      if (!node.hasName('note') || this.parts.dragging(node.id().slice(5))) continue;
      const x = node.x();
      const y = node.y();
      const on = x < r.right && y < r.bottom && x + node.width() > r.left && y + node.height() > r.top;
      if (node.visible() !== on) node.visible(on);
    }
  }
}

/**
 * One camera per board view: the remembered viewport (or the opening view once the size is
 * known), handed to React as state; the camera keeps what is on screen between renders.
 */
export function useCamera(boardId: string, layout: BoardLayout, size: Size, parts: CameraParts): { camera: BoardCamera; vp: Viewport } {
  const [stored, setStored] = useState<Viewport | null>(() => loadViewport(boardId));
  useEffect(() => setStored(loadViewport(boardId)), [boardId]);
  const fallback = useMemo(
    () => (size.width ? initialViewport(layout, size) : { x: 16, y: 16, scale: 1 }),
    // The opening view depends on the board's width and the window, not on every edit.
    [layout.width, size.width, size.height],
  );
  // Once shown, the opening view stays put: the inspector opening or the window resizing must
  // not rescale the board under the pointer (a double-click would land in another cell).
  useEffect(() => {
    if (!stored && size.width) setStored(fallback);
  }, [stored, size.width, fallback]);
  const vp = stored ?? fallback;
  const ref = useRef<BoardCamera | null>(null);
  if (!ref.current || ref.current.boardId !== boardId) {
    ref.current?.dispose();
    ref.current = new BoardCamera(parts, boardId, vp, setStored);
  }
  const camera = ref.current;
  camera.rendering(vp);
  useEffect(() => {
    camera.revive();
    return () => camera.dispose();
  }, [camera]);
  return { camera, vp };
}
