import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { Layer, Rect, Stage } from 'react-konva';
import type Konva from 'konva';
import type { KonvaEventObject } from 'konva/lib/Node';
import { moveLane, moveNotes, moveStage, resizeLane, resizeStage } from '../../../shared/doc';
import { LANE_MIN_HEIGHT } from '../../../shared/model';
import { cellAt, dropTarget, LAYOUT, notesInRect, type BoardLayout, type NoteBox } from '../../../shared/layout/board-layout';
import { layoutBoard } from '../../../shared/layout/board-layout';
import { addNoteAndEdit } from '../actions/registry';
import { useAppState, useView } from '../ui/hooks';
import type { AppController, ContextTarget } from '../workspace/controller';
import { selectBoard, type BoardRecords } from './board-data';
import { BoardGrid, BoardHeaders, curvesOf, pinOf, placeTitles } from './BoardBackground';
import { BoardOutline } from './BoardOutline';
import { EmotionCurves } from './EmotionCurves';
import { InPlaceEditor } from './InPlaceEditor';
import { NoteEditor } from './NoteEditor';
import { NoteShape, noteFooter } from './NoteShape';
import { ResizeHandle } from './ResizeHandle';
import { LOD_SCALE, NotesBitmap } from './NotesBitmap';
import { COLORS } from './theme';
import { PresenceLayer } from '../collab/PresenceLayer';
import { drawingPersona, filterPersona, usePersonaUi } from '../persona/persona-ui';
import { CurveOutline } from '../persona/CurveOutline';
import { fitBoard, fitStage, initialViewport, zoomAround, type Viewport } from '../../../shared/layout/viewport';
import { loadViewport, saveViewport } from './viewport-storage';

/**
 * Notes within this many screen pixels of the view are mounted (React elements, Konva nodes),
 * so a pan rarely needs React; of those, only the ones actually on screen are drawn
 * (see `showOnScreenOnly`).
 */
const CULL_MARGIN_PX = 300;
/** Mounted notes this close to the view are drawn too, so nothing pops in at the edge. */
const DRAW_MARGIN_PX = 40;

/** Draw only the mounted notes that are on screen now: Konva draws every visible node, on screen or not. */
function showOnScreenOnly(layer: Konva.Layer | null, vp: Viewport, size: { width: number; height: number }): void {
  if (!layer) return;
  const left = (-vp.x - DRAW_MARGIN_PX) / vp.scale;
  const top = (-vp.y - DRAW_MARGIN_PX) / vp.scale;
  const right = (size.width - vp.x + DRAW_MARGIN_PX) / vp.scale;
  const bottom = (size.height - vp.y + DRAW_MARGIN_PX) / vp.scale;
  for (const node of layer.getChildren()) {
    if (!node.hasName('note') || node.isDragging()) continue;
    const x = node.x();
    const y = node.y();
    const on = x < right && y < bottom && x + node.width() > left && y + node.height() > top;
    if (node.visible() !== on) node.visible(on);
  }
}
/** Pixels a press must travel before it is a drag rather than a click. */
const DRAG_THRESHOLD = 4;
/** How near (view pixels) to a stage's right edge a press resizes the stage. */
const EDGE_GRAB = 6;

type Gesture =
  | { kind: 'pan'; last: { x: number; y: number } }
  | { kind: 'band'; start: { x: number; y: number }; additive: boolean; moved: boolean; base: readonly string[] }
  | { kind: 'stage-move'; stageId: string; start: { x: number; y: number }; moved: boolean }
  | { kind: 'stage-resize'; stageId: string; startX: number; startWidth: number }
  | { kind: 'lane-resize'; laneId: string; startY: number; startHeight: number }
  | { kind: 'lane-move'; laneId: string; start: { x: number; y: number }; moved: boolean };

interface Marker {
  x: number;
  y: number;
  width: number;
  height: number;
}

export function JourneyBoard({ app, boardId }: { app: AppController; boardId: string }) {
  const state = useAppState(app);
  const view = useView(app);
  const { stages: stageTable, lanes: laneTable, notes: noteTable, emotions: emotionTable, personas } = view;
  // selectBoard reads only these three tables: recompute when one of them changes.
  const records = useMemo(() => selectBoard(view, boardId), [stageTable, laneTable, noteTable, boardId]);
  const layout = useStableLayout(records);
  const curves = useMemo(
    () => curvesOf(Object.values(emotionTable).filter((e) => e.boardId === boardId), personas),
    [emotionTable, personas, boardId],
  );
  const board = view.boards[boardId];
  const personaUi = usePersonaUi(app);
  const linkedPersonas = (board?.personaIds ?? []).filter((id) => personas[id]); // a peer may have deleted one
  const ghostPersonaId = drawingPersona(personaUi, boardId, linkedPersonas);
  const highlightPersonaId = filterPersona(personaUi, boardId, linkedPersonas);

  const containerRef = useRef<HTMLDivElement>(null);
  const stageRef = useRef<Konva.Stage>(null);
  const [size, setSize] = useState({ width: 0, height: 0 });
  const [storedViewport, setStoredViewport] = useState<Viewport | null>(() => loadViewport(boardId));
  const [band, setBand] = useState<Marker | null>(null);
  const [marker, setMarker] = useState<Marker | null>(null);
  const [resizePreview, setResizePreview] = useState<{ id: string; width: number; height: number } | null>(null);
  const [spaceDown, setSpaceDown] = useState(false);
  const gesture = useRef<Gesture | null>(null);

  useEffect(() => {
    const element = containerRef.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setSize({ width: Math.floor(entry.contentRect.width), height: Math.floor(entry.contentRect.height) });
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  useEffect(() => setStoredViewport(loadViewport(boardId)), [boardId]);

  const fallbackVp = useMemo(
    () => (size.width ? initialViewport(layout, size) : { x: 16, y: 16, scale: 1 }),
    // The opening view depends on the board's width and the window, not on every edit.
    [layout.width, size.width, size.height],
  );
  // Once shown, the opening view stays put: the inspector opening or the window resizing must
  // not rescale the board under the pointer (a double-click would land in another cell).
  useEffect(() => {
    if (!storedViewport && size.width) setStoredViewport(fallbackVp);
  }, [storedViewport, size.width, fallbackVp]);
  /** The viewport React last rendered (culling, level of detail, DOM overlays). */
  const vp: Viewport = storedViewport ?? fallbackVp;
  /** The viewport on screen now: pans move the Konva stage directly and re-render React only when needed. */
  const shown = useRef<Viewport>(vp);
  const rendered = useRef<Viewport>(vp);
  /** Viewports set through `setViewport`: a render carrying an older one must not undo a newer one. */
  const ours = useRef(new WeakSet<Viewport>());
  if (rendered.current !== vp) {
    rendered.current = vp;
    // A viewport from elsewhere (another board, the remembered one) takes over; one of ours
    // may be older than what is on screen already (set after that state update was queued).
    if (!ours.current.has(vp)) shown.current = vp;
  }
  const notesLayerRef = useRef<Konva.Layer>(null);
  const bandRef = useRef<Konva.Group>(null);
  const columnRef = useRef<Konva.Group>(null);
  const cornerRef = useRef<Konva.Rect>(null);
  const syncTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const mountPending = useRef(false);
  useEffect(() => () => clearTimeout(syncTimer.current), []);

  const setViewport = useCallback(
    (next: Viewport) => {
      ours.current.add(next);
      shown.current = next;
      const stage = stageRef.current;
      if (stage) {
        stage.position({ x: next.x, y: next.y });
        stage.scale({ x: next.scale, y: next.scale });
        stage.batchDraw();
      }
      const last = rendered.current;
      showOnScreenOnly(notesLayerRef.current, next, live.current.size);
      const pin = pinOf(next);
      bandRef.current?.y(pin.bandY);
      columnRef.current?.x(pin.columnX);
      cornerRef.current?.position({ x: pin.columnX, y: pin.bandY });
      placeTitles(live.current.layout, bandRef.current, columnRef.current, next);
      const reach = CULL_MARGIN_PX / 2;
      const far = next.scale !== last.scale || Math.abs(next.x - last.x) > reach || Math.abs(next.y - last.y) > reach;
      // While panning, nobody can click: skip redrawing the notes' hit graph every frame.
      notesLayerRef.current?.listening(false);
      clearTimeout(syncTimer.current);
      if (far && next.scale !== last.scale) setStoredViewport(next);
      else if (far && !mountPending.current) {
        // New notes must mount soon, but not inside this frame: after it has been drawn.
        mountPending.current = true;
        setTimeout(() => {
          mountPending.current = false;
          setStoredViewport(shown.current);
        }, 0);
      }
      syncTimer.current = setTimeout(() => {
        setStoredViewport(shown.current);
        saveViewport(boardId, shown.current);
        const layer = notesLayerRef.current;
        if (layer) {
          layer.listening(true);
          layer.batchDraw();
        }
      }, 120);
    },
    [boardId],
  );

  // Latest values for handlers registered once.
  const live = useRef({ vp: shown.current, layout, size, records });
  live.current = { vp: shown.current, layout, size, records };
  const liveVp = () => shown.current;

  useLayoutEffect(() => {
    showOnScreenOnly(notesLayerRef.current, shown.current, size);
    placeTitles(layout, bandRef.current, columnRef.current, shown.current);
  });

  useEffect(() => {
    app.drawnBoard = {
      layout,
      get viewport() {
        return shown.current;
      },
      container: containerRef.current,
      stage: stageRef.current,
    };
  });

  useEffect(() => {
    app.boardView = {
      zoomBy: (factor) => {
        const { size: s } = live.current;
        const v = liveVp();
        setViewport(zoomAround(v, factor, { x: s.width / 2, y: s.height / 2 }));
      },
      zoomTo: (scale) => {
        const { size: s } = live.current;
        const v = liveVp();
        setViewport(zoomAround(v, scale / v.scale, { x: s.width / 2, y: s.height / 2 }));
      },
      fit: () => setViewport(fitBoard(live.current.layout, live.current.size)),
      setViewport,
      panBy: (dx, dy) => {
        const v = liveVp();
        setViewport({ ...v, x: v.x - dx, y: v.y - dy });
      },
      fitStage: (stageId) => {
        const next = fitStage(live.current.layout, stageId, live.current.size);
        if (next) setViewport(next);
      },
      reveal: (noteId) => {
        const { size: s, layout: l } = live.current;
        const v = liveVp();
        const box = l.notes.get(noteId);
        if (!box) return;
        const left = v.x + box.x * v.scale;
        const top = v.y + box.y * v.scale;
        const right = left + box.width * v.scale;
        const bottom = top + box.height * v.scale;
        let dx = 0;
        let dy = 0;
        if (left < 0) dx = -left + 24;
        else if (right > s.width) dx = s.width - right - 24;
        if (top < 0) dy = -top + 24;
        else if (bottom > s.height) dy = s.height - bottom - 24;
        if (dx || dy) setViewport({ ...v, x: v.x + dx, y: v.y + dy });
      },
    };
    return () => {
      app.boardView = null;
    };
  }, [app, setViewport]);

  // Space held = hand tool (as in every whiteboard).
  useEffect(() => {
    const typing = (t: EventTarget | null) => t instanceof HTMLElement && (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName));
    const down = (e: KeyboardEvent) => {
      if (e.code === 'Space' && !typing(e.target)) {
        e.preventDefault();
        setSpaceDown(true);
      }
    };
    const up = (e: KeyboardEvent) => e.code === 'Space' && setSpaceDown(false);
    window.addEventListener('keydown', down);
    window.addEventListener('keyup', up);
    return () => {
      window.removeEventListener('keydown', down);
      window.removeEventListener('keyup', up);
    };
  }, []);

  const toBoard = (clientX: number, clientY: number) => {
    const rect = containerRef.current!.getBoundingClientRect();
    const v = liveVp();
    return { x: (clientX - rect.left - v.x) / v.scale, y: (clientY - rect.top - v.y) / v.scale };
  };

  /** The header row and the lane-label column, where they are drawn now (pinned when scrolled). */
  const inHeader = (p: { x: number; y: number }) => {
    const { bandY } = pinOf(liveVp());
    return p.y >= bandY && p.y < bandY + LAYOUT.headerHeight;
  };
  const inLabels = (p: { x: number; y: number }) => {
    const { columnX } = pinOf(liveVp());
    return p.x >= columnX && p.x < columnX + LAYOUT.laneLabelWidth;
  };

  /** The stage whose right edge, or the lane whose lower edge, is under the pointer (resize grips). */
  const stageEdgeAt = (p: { x: number; y: number }) =>
    inHeader(p) && !inLabels(p) ? live.current.layout.stages.find((s) => Math.abs(p.x - (s.x + s.width)) * liveVp().scale <= EDGE_GRAB) : undefined;
  const laneEdgeAt = (p: { x: number; y: number }) =>
    inLabels(p) && !inHeader(p) ? live.current.layout.lanes.find((ln) => Math.abs(p.y - (ln.y + ln.height)) * liveVp().scale <= EDGE_GRAB) : undefined;
  const [hoverCursor, setHoverCursor] = useState<string | undefined>(undefined);
  const onHover = (event: KonvaEventObject<MouseEvent>) => {
    if (gesture.current) return;
    const p = toBoard(event.evt.clientX, event.evt.clientY);
    const next = stageEdgeAt(p) ? 'col-resize' : laneEdgeAt(p) ? 'row-resize' : inHeader(p) || inLabels(p) ? 'grab' : undefined;
    if (next !== hoverCursor) setHoverCursor(next);
  };

  const onWheel = useCallback(
    (event: KonvaEventObject<WheelEvent>) => {
      event.evt.preventDefault();
      const e = event.evt;
      const v = liveVp();
      if (e.ctrlKey || e.metaKey) {
        const pointer = stageRef.current?.getPointerPosition() ?? { x: live.current.size.width / 2, y: live.current.size.height / 2 };
        setViewport(zoomAround(v, Math.exp(-e.deltaY * 0.0025), pointer));
      } else {
        setViewport({ ...v, x: v.x - (e.shiftKey ? e.deltaY : e.deltaX), y: v.y - (e.shiftKey ? 0 : e.deltaY) });
      }
    },
    [setViewport],
  );

  // ── Press gestures on the board itself (not on notes): pan, rubber band, headers ──
  const onMouseDown = (event: KonvaEventObject<MouseEvent>) => {
    const e = event.evt;
    app.store.set({ contextMenu: null });
    if (e.button === 1 || (e.button === 0 && spaceDown)) {
      e.preventDefault();
      gesture.current = { kind: 'pan', last: { x: e.clientX, y: e.clientY } };
    } else if (e.button === 0 && event.target === stageRef.current) {
      const p = toBoard(e.clientX, e.clientY);
      const l = live.current.layout;
      if (inHeader(p) && !inLabels(p)) {
        const edge = stageEdgeAt(p);
        const stage = edge ?? l.stages.find((s) => p.x >= s.x && p.x < s.x + s.width);
        if (edge) gesture.current = { kind: 'stage-resize', stageId: edge.id, startX: e.clientX, startWidth: edge.width };
        else if (stage) gesture.current = { kind: 'stage-move', stageId: stage.id, start: p, moved: false };
      } else if (inLabels(p) && !inHeader(p)) {
        const edge = laneEdgeAt(p);
        const lane = l.lanes.find((ln) => p.y >= ln.y && p.y < ln.y + ln.height);
        if (edge) gesture.current = { kind: 'lane-resize', laneId: edge.id, startY: e.clientY, startHeight: edge.height };
        else if (lane) gesture.current = { kind: 'lane-move', laneId: lane.id, start: p, moved: false };
      } else if (!inHeader(p) && !inLabels(p)) {
        gesture.current = { kind: 'band', start: p, additive: e.shiftKey || e.metaKey || e.ctrlKey, moved: false, base: app.state.selectedNoteIds };
      }
    }
    if (!gesture.current) return;

    const move = (m: MouseEvent) => {
      const g = gesture.current;
      if (!g) return;
      const l = live.current.layout;
      const v = liveVp();
      const p = toBoard(m.clientX, m.clientY);
      if (g.kind === 'pan') {
        setViewport({ ...v, x: v.x + m.clientX - g.last.x, y: v.y + m.clientY - g.last.y });
        g.last = { x: m.clientX, y: m.clientY };
      } else if (g.kind === 'band') {
        if (!g.moved && Math.hypot(p.x - g.start.x, p.y - g.start.y) * v.scale < DRAG_THRESHOLD) return;
        g.moved = true;
        const rect = { x: Math.min(g.start.x, p.x), y: Math.min(g.start.y, p.y), width: Math.abs(p.x - g.start.x), height: Math.abs(p.y - g.start.y) };
        setBand(rect);
        const hit = notesInRect(l, rect);
        app.store.set({ selectedNoteIds: g.additive ? [...new Set([...g.base, ...hit])] : hit, selectedCell: null, editingNoteId: null });
      } else if (g.kind === 'stage-resize') {
        const width = Math.max(200, g.startWidth + (m.clientX - g.startX) / v.scale);
        const stage = l.stages.find((s) => s.id === g.stageId);
        if (stage) setMarker({ x: stage.x + width - 2, y: 0, width: 4, height: l.height });
      } else if (g.kind === 'lane-resize') {
        const height = Math.max(LANE_MIN_HEIGHT, g.startHeight + (m.clientY - g.startY) / v.scale);
        const lane = l.lanes.find((ln) => ln.id === g.laneId);
        if (lane) setMarker({ x: 0, y: lane.y + height - 2, width: l.width, height: 4 });
      } else if (g.kind === 'stage-move' || g.kind === 'lane-move') {
        if (!g.moved && Math.hypot(p.x - g.start.x, p.y - g.start.y) * v.scale < DRAG_THRESHOLD) return;
        g.moved = true;
        if (g.kind === 'stage-move') {
          const before = l.stages.find((s) => p.x < s.x + s.width / 2);
          setMarker({ x: (before ? before.x : l.width) - 3, y: 0, width: 6, height: l.height });
        } else {
          const before = l.lanes.find((ln) => p.y < ln.y + ln.height / 2);
          setMarker({ x: 0, y: (before ? before.y : l.height) - 3, width: l.width, height: 6 });
        }
      }
    };
    const up = (u: MouseEvent) => {
      window.removeEventListener('mousemove', move);
      window.removeEventListener('mouseup', up);
      const g = gesture.current;
      gesture.current = null;
      setBand(null);
      setMarker(null);
      if (!g) return;
      const l = live.current.layout;
      const v = liveVp();
      const p = toBoard(u.clientX, u.clientY);
      const doc = app.state.session.doc;
      if (g.kind === 'band' && !g.moved) {
        // The second click of a double-click is the double-click's (it may just have added a note).
        if (u.detail < 2) app.store.set({ selectedNoteIds: g.additive ? g.base : [], selectedCell: cellAt(l, p), editingNoteId: null });
      } else if (g.kind === 'stage-resize') {
        const width = g.startWidth + (u.clientX - g.startX) / v.scale;
        if (Math.abs(u.clientX - g.startX) >= 1) resizeStage(doc, g.stageId, width);
      } else if (g.kind === 'lane-resize') {
        const height = g.startHeight + (u.clientY - g.startY) / v.scale;
        if (Math.abs(u.clientY - g.startY) >= 1) resizeLane(doc, g.laneId, height);
      } else if (g.kind === 'stage-move' && g.moved) {
        const before = l.stages.find((s) => p.x < s.x + s.width / 2);
        if (before?.id !== g.stageId) moveStage(doc, g.stageId, before?.id ?? null);
      } else if (g.kind === 'lane-move' && g.moved) {
        const before = l.lanes.find((ln) => p.y < ln.y + ln.height / 2);
        if (before?.id !== g.laneId) moveLane(doc, g.laneId, before?.id ?? null);
      } else if ((g.kind === 'stage-move' || g.kind === 'lane-move') && !g.moved) {
        app.store.set({ selectedNoteIds: [], selectedCell: null, editingNoteId: null });
      }
      app.state.session.undo.stopCapturing();
    };
    window.addEventListener('mousemove', move);
    window.addEventListener('mouseup', up);
  };

  const onDblClick = (event: KonvaEventObject<MouseEvent>) => {
    if (event.target !== stageRef.current || event.evt.button !== 0) return;
    const p = toBoard(event.evt.clientX, event.evt.clientY);
    const l = live.current.layout;
    if (inHeader(p) && inLabels(p)) return;
    if (inHeader(p)) {
      const stage = l.stages.find((s) => p.x >= s.x && p.x < s.x + s.width);
      if (stage) app.store.set({ renaming: { kind: 'stage', id: stage.id } });
      return;
    }
    if (inLabels(p)) {
      const lane = l.lanes.find((ln) => p.y >= ln.y && p.y < ln.y + ln.height);
      if (lane) app.store.set({ renaming: { kind: 'lane', id: lane.id } });
      return;
    }
    const cell = cellAt(l, p);
    if (cell) addNoteAndEdit(app, { boardId, ...cell });
  };

  const onTap = (event: KonvaEventObject<TouchEvent>) => {
    if (event.target !== stageRef.current) return;
    const touch = event.evt.changedTouches[0];
    if (touch) app.store.set({ selectedNoteIds: [], selectedCell: cellAt(live.current.layout, toBoard(touch.clientX, touch.clientY)), editingNoteId: null });
  };

  const onContextMenu = (event: KonvaEventObject<PointerEvent>) => {
    event.evt.preventDefault();
    const p = toBoard(event.evt.clientX, event.evt.clientY);
    const l = live.current.layout;
    let target: ContextTarget | null = null;
    const noteGroup = event.target.findAncestor('.note', true);
    const noteId = noteGroup?.id().replace(/^note-/, '');
    if (noteId) {
      target = { kind: 'note', noteId };
      if (!app.state.selectedNoteIds.includes(noteId)) app.store.set({ selectedNoteIds: [noteId], selectedCell: null });
    } else if (inHeader(p) && inLabels(p)) {
      target = null;
    } else if (inHeader(p)) {
      const stage = l.stages.find((s) => p.x >= s.x && p.x < s.x + s.width);
      if (stage) target = { kind: 'stage', stageId: stage.id };
    } else if (inLabels(p)) {
      const lane = l.lanes.find((ln) => p.y >= ln.y && p.y < ln.y + ln.height);
      if (lane) target = { kind: 'lane', laneId: lane.id };
    } else {
      const cell = cellAt(l, p);
      if (cell) {
        target = { kind: 'cell', ...cell };
        app.store.set({ selectedNoteIds: [], selectedCell: cell });
      }
    }
    if (target) app.store.set({ contextMenu: { x: event.evt.clientX, y: event.evt.clientY, target } });
  };

  // ── Note dragging: the selection moves together; the drop decides the cell ──
  const dragStart = useRef<Map<string, { x: number; y: number }>>(new Map());
  const onNoteDragStart = useCallback(
    (id: string) => {
      if (!app.state.selectedNoteIds.includes(id)) app.store.set({ selectedNoteIds: [id], selectedCell: null });
      app.store.set({ editingNoteId: null, contextMenu: null });
      dragStart.current = new Map();
      const stage = stageRef.current;
      for (const sid of app.state.selectedNoteIds) {
        const node = stage?.findOne(`#note-${sid}`);
        if (node) dragStart.current.set(sid, node.position());
      }
    },
    [app],
  );
  const onNoteDragMove = useCallback((id: string, position: { x: number; y: number }) => {
    const origin = dragStart.current.get(id);
    if (!origin) return;
    const dx = position.x - origin.x;
    const dy = position.y - origin.y;
    for (const [sid, start] of dragStart.current) {
      if (sid === id) continue;
      stageRef.current?.findOne(`#note-${sid}`)?.position({ x: start.x + dx, y: start.y + dy });
    }
  }, []);
  const onNoteDragEnd = useCallback(
    (id: string) => {
      const stage = stageRef.current;
      const pointer = stage?.getPointerPosition();
      const l = live.current.layout;
      const v = liveVp();
      // Put the nodes back where the layout says; the doc change (if any) moves them for real.
      for (const sid of dragStart.current.keys()) {
        const box: NoteBox | undefined = l.notes.get(sid);
        if (box) stage?.findOne(`#note-${sid}`)?.position({ x: box.x, y: box.y });
      }
      const ids = [...dragStart.current.keys()];
      dragStart.current = new Map();
      if (!pointer) return;
      const point = { x: (pointer.x - v.x) / v.scale, y: (pointer.y - v.y) / v.scale };
      const target = dropTarget(l, point, new Set(ids));
      if (target) {
        const ordered = ids.length ? ids : [id];
        moveNotes(app.state.session.doc, ordered, target);
        app.state.session.undo.stopCapturing();
      }
    },
    [app],
  );

  const onSelect = useCallback(
    (id: string, additive: boolean) => {
      const current = app.state.selectedNoteIds;
      const next = additive ? (current.includes(id) ? current.filter((n) => n !== id) : [...current, id]) : [id];
      app.store.set({ selectedNoteIds: next, selectedCell: null, editingNoteId: null, contextMenu: null });
    },
    [app],
  );
  const onOpen = useCallback((id: string) => app.store.set({ selectedNoteIds: [id], selectedCell: null, editingNoteId: id }), [app]);

  // Zoomed far out the notes are one picture; closer in, only the notes in view become React
  // elements at all (DESIGN.md, "Rendering").
  const lod = vp.scale < LOD_SCALE;
  const visible = useMemo(() => {
    if (lod) return [];
    const margin = CULL_MARGIN_PX / vp.scale;
    const left = -vp.x / vp.scale - margin;
    const top = -vp.y / vp.scale - margin;
    const right = left + size.width / vp.scale + 2 * margin;
    const bottom = top + size.height / vp.scale + 2 * margin;
    return records.notes.filter((note) => {
      const box = layout.notes.get(note.id);
      return box && box.x < right && box.x + box.width > left && box.y < bottom && box.y + box.height > top;
    });
  }, [records.notes, layout, vp, size, lod]);

  const selected = new Set(state.selectedNoteIds);
  const t = app.t.bind(app);
  const selectedCellBox = (() => {
    const cell = state.selectedCell;
    if (!cell) return null;
    const stage = layout.stages.find((s) => s.id === cell.stageId);
    const lane = layout.lanes.find((l) => l.id === cell.laneId);
    return stage && lane ? { x: stage.x, y: lane.y, width: stage.width, height: lane.height } : null;
  })();
  const editingNote = state.editingNoteId ? noteTable[state.editingNoteId] : undefined;
  const editingBox = editingNote ? layout.notes.get(editingNote.id) : undefined;
  const soleSelected = state.selectedNoteIds.length === 1 && !state.editingNoteId ? layout.notes.get(state.selectedNoteIds[0]!) : undefined;
  const cursor = spaceDown ? 'grab' : hoverCursor;
  const pin = useMemo(() => pinOf(vp), [vp]);

  return (
    <div className="board-canvas" ref={containerRef} data-testid="board-canvas" style={{ cursor }}>
      {size.width > 0 && (
        <Stage
          ref={stageRef}
          width={size.width}
          height={size.height}
          x={shown.current.x}
          y={shown.current.y}
          scaleX={shown.current.scale}
          scaleY={shown.current.scale}
          onWheel={onWheel}
          onMouseDown={onMouseDown}
          onMouseMove={onHover}
          onDblClick={onDblClick}
          onTap={onTap}
          onContextMenu={onContextMenu}
        >
          <Layer listening={false}>
            <BoardGrid layout={layout} />
            {selectedCellBox && <Rect {...selectedCellBox} stroke={COLORS.selection} strokeWidth={2} dash={[8, 6]} />}
          </Layer>
          <Layer ref={notesLayerRef}>
            <EmotionCurves
              app={app}
              boardId={boardId}
              layout={layout}
              curves={curves}
              showGhosts
              ghostPersonaId={ghostPersonaId}
              ghostColor={ghostPersonaId ? personas[ghostPersonaId]?.color : undefined}
              highlightKey={highlightPersonaId}
            />
            {lod && <NotesBitmap notes={records.notes} layout={layout} scale={vp.scale} />}
            {lod &&
              state.selectedNoteIds.map((id) => {
                const box = layout.notes.get(id);
                return box ? <Rect key={id} {...box} stroke={COLORS.selection} strokeWidth={3 / vp.scale} listening={false} /> : null;
              })}
            {visible.map((note) => {
              const box = layout.notes.get(note.id)!;
              const preview = resizePreview?.id === note.id ? resizePreview : null;
              return (
                <NoteShape
                  key={note.id}
                  note={note}
                  x={box.x}
                  y={box.y}
                  width={preview?.width ?? box.width}
                  height={preview?.height ?? box.height}
                  footer={noteFooter(note, t)}
                  laneKind={laneTable[note.laneId]?.kind}
                  selected={selected.has(note.id)}
                  editing={note.id === state.editingNoteId}
                  draggable={!spaceDown}
                  personaColors={note.personaIds?.flatMap((id) => personas[id]?.color ?? []).join(',') || undefined}
                  dimmed={highlightPersonaId !== undefined && !note.personaIds?.includes(highlightPersonaId)}
                  onSelect={onSelect}
                  onOpen={onOpen}
                  onDragStart={onNoteDragStart}
                  onDragMove={onNoteDragMove}
                  onDragEnd={onNoteDragEnd}
                />
              );
            })}
            {soleSelected && <ResizeHandle app={app} box={soleSelected} onPreview={setResizePreview} />}
          </Layer>
          <Layer listening={false}>
            <BoardHeaders layout={layout} pin={pin} bandRef={bandRef} columnRef={columnRef} cornerRef={cornerRef} />
          </Layer>
          <Layer listening={false}>
            {band && <Rect {...band} fill="rgba(28,110,214,0.08)" stroke={COLORS.selection} strokeWidth={1 / vp.scale} />}
            {marker && <Rect {...marker} fill={COLORS.selection} />}
          </Layer>
          <PresenceLayer app={app} boardId={boardId} layout={layout} scale={vp.scale} />
        </Stage>
      )}
      {editingNote && editingBox && <NoteEditor app={app} note={editingNote} box={editingBox} viewport={vp} />}
      {state.renaming && <InPlaceEditor app={app} layout={layout} viewport={vp} pin={pin} target={state.renaming} />}
      <BoardOutline
        app={app}
        stages={records.stages}
        lanes={records.lanes}
        layout={layout}
        selected={state.selectedNoteIds.length === 1 ? noteTable[state.selectedNoteIds[0]!] : undefined}
      />
      <CurveOutline app={app} boardId={boardId} stages={records.stages} />
    </div>
  );
}

/**
 * The board's layout, recomputed only when something that moves notes changed: typing into a
 * note (the common edit) reuses the previous layout, so one keystroke repaints one note.
 */
function useStableLayout(records: BoardRecords): BoardLayout {
  const previous = useRef<{ records: BoardRecords; layout: BoardLayout } | null>(null);
  const last = previous.current;
  if (last && last.records !== records && sameGeometry(last.records, records)) {
    previous.current = { records, layout: last.layout };
    return last.layout;
  }
  if (last?.records === records) return last.layout;
  const layout = layoutBoard(records.stages, records.lanes, records.notes);
  previous.current = { records, layout };
  return layout;
}

function sameGeometry(a: BoardRecords, b: BoardRecords): boolean {
  if (a.stages.length !== b.stages.length || a.lanes.length !== b.lanes.length || a.notes.length !== b.notes.length) return false;
  for (let i = 0; i < a.stages.length; i++) if (a.stages[i] !== b.stages[i]) return false;
  for (let i = 0; i < a.lanes.length; i++) if (a.lanes[i] !== b.lanes[i]) return false;
  for (let i = 0; i < a.notes.length; i++) {
    const x = a.notes[i]!;
    const y = b.notes[i]!;
    if (x === y) continue;
    if (x.id !== y.id || x.stageId !== y.stageId || x.laneId !== y.laneId || x.order !== y.order || x.width !== y.width || x.height !== y.height) return false;
  }
  return true;
}

export type { BoardLayout };
