import { useEffect, useRef, useState, type MouseEvent as ReactMouseEvent } from 'react';
import type { KonvaEventObject } from 'konva/lib/Node';
import { cellAt } from '../../../shared/layout/board-layout';
import { hitTest, type HitContext } from '../../../shared/layout/hit-test';
import { toBoardPoint } from '../../../shared/layout/viewport';
import { addNoteAndEdit } from '../actions/targets';
import type { Editor } from '../editor/editor';
import type { BoardCamera } from './camera';
import { doubleClick, hoverCursor, menuTarget, startGesture } from './gestures/pick';
import { DRAG_THRESHOLD_PX, type Gesture, type GestureEnv, type PointerInput } from './gestures/types';
import { interceptDoubleClick } from '../facilitation/press-hook';

/** Two taps this close in time (ms) and place (view pixels) are a double-tap. */
const DOUBLE_TAP_MS = 400;
const DOUBLE_TAP_PX = 24;

const typing = (t: EventTarget | null) => t instanceof HTMLElement && (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName));
const additive = (e: MouseEvent | TouchEvent) => e.shiftKey || e.metaKey || e.ctrlKey;

/**
 * Pointer, wheel and key input of the board: every press is hit-tested once (shared/layout)
 * and handed to the gesture it starts (./gestures); the gesture then follows the pointer on the
 * window until release, Escape or lost focus cancels it. Double-clicks and the context menu read
 * the same hit test.
 */
export function useBoardInput(app: Editor, env: GestureEnv, camera: BoardCamera, hitContext: () => HitContext, container: () => HTMLElement | null) {
  const [hand, setHand] = useState(false);
  const [cursor, setCursor] = useState<string | undefined>(undefined);
  const gesture = useRef<{ g: Gesture; stop: () => void } | null>(null);

  const input = (clientX: number, clientY: number, e: MouseEvent | TouchEvent, clicks: number): PointerInput => {
    const rect = container()?.getBoundingClientRect();
    const view = { x: clientX - (rect?.left ?? 0), y: clientY - (rect?.top ?? 0) };
    return { view, board: toBoardPoint(camera.shown, view), additive: additive(e), clicks };
  };
  const hitAt = (p: PointerInput) => hitTest(hitContext(), p.board);

  // Space held = hand tool (as in every whiteboard); Escape cancels a running gesture.
  useEffect(() => {
    const down = (e: KeyboardEvent) => {
      if (e.code === 'Space' && !typing(e.target)) {
        e.preventDefault();
        setHand(true);
      }
      if (e.key === 'Escape' && gesture.current) {
        e.preventDefault();
        e.stopPropagation();
        const { g, stop } = gesture.current;
        stop();
        g.cancel();
      }
    };
    const up = (e: KeyboardEvent) => e.code === 'Space' && setHand(false);
    const blur = () => {
      const running = gesture.current;
      running?.stop();
      running?.g.cancel();
    };
    window.addEventListener('keydown', down, true);
    window.addEventListener('keyup', up);
    window.addEventListener('blur', blur);
    return () => {
      window.removeEventListener('keydown', down, true);
      window.removeEventListener('keyup', up);
      window.removeEventListener('blur', blur);
      blur();
    };
  }, []);

  /** The last tap of a finger (a touch that did not travel), for double-taps. */
  const lastTap = useRef<{ time: number; x: number; y: number } | null>(null);
  const tapped = (start: PointerInput, end: PointerInput) => {
    if (Math.hypot(end.view.x - start.view.x, end.view.y - start.view.y) >= DRAG_THRESHOLD_PX) return false;
    const last = lastTap.current;
    const now = performance.now();
    const double = !!last && now - last.time < DOUBLE_TAP_MS && Math.hypot(end.view.x - last.x, end.view.y - last.y) < DOUBLE_TAP_PX;
    lastTap.current = double ? null : { time: now, x: end.view.x, y: end.view.y };
    return double;
  };

  const run = (g: Gesture, pointer: 'mouse' | 'touch', start: PointerInput) => {
    const mouseMove = (m: MouseEvent) => g.move(input(m.clientX, m.clientY, m, 1));
    const mouseUp = (u: MouseEvent) => {
      stop();
      g.up(input(u.clientX, u.clientY, u, u.detail));
    };
    const touchMove = (t: TouchEvent) => {
      const touch = t.changedTouches[0];
      if (t.touches.length > 1) {
        // A second finger: not this gesture any more.
        stop();
        g.cancel();
      } else if (touch) g.move(input(touch.clientX, touch.clientY, t, 1));
    };
    const touchEnd = (t: TouchEvent) => {
      const touch = t.changedTouches[0];
      stop();
      if (!touch || t.type !== 'touchend') return g.cancel();
      const end = input(touch.clientX, touch.clientY, t, 1);
      const double = tapped(start, end);
      g.up(double ? { ...end, clicks: 2 } : end);
      if (double) doubleClickAt(end);
    };
    const stop = () => {
      gesture.current = null;
      window.removeEventListener('mousemove', mouseMove);
      window.removeEventListener('mouseup', mouseUp);
      window.removeEventListener('touchmove', touchMove);
      window.removeEventListener('touchend', touchEnd);
      window.removeEventListener('touchcancel', touchEnd);
    };
    gesture.current = { g, stop };
    if (pointer === 'mouse') {
      window.addEventListener('mousemove', mouseMove);
      window.addEventListener('mouseup', mouseUp);
    } else {
      window.addEventListener('touchmove', touchMove, { passive: true });
      window.addEventListener('touchend', touchEnd);
      window.addEventListener('touchcancel', touchEnd);
    }
  };

  const onMouseDown = (event: KonvaEventObject<MouseEvent>) => {
    const e = event.evt;
    app.openContextMenu(null);
    if (gesture.current) return;
    const p = input(e.clientX, e.clientY, e, e.detail);
    const g = startGesture(env, { hit: hitAt(p), input: p, button: e.button, pointer: 'mouse', hand });
    if (!g) return;
    if (e.button === 1 || g.kind === 'pan') e.preventDefault();
    run(g, 'mouse', p);
  };

  const onTouchStart = (event: KonvaEventObject<TouchEvent>) => {
    const e = event.evt;
    const touch = e.changedTouches[0];
    if (gesture.current || !touch || e.touches.length > 1) return;
    const p = input(touch.clientX, touch.clientY, e, 1);
    const g = startGesture(env, { hit: hitAt(p), input: p, button: 0, pointer: 'touch', hand: false });
    if (!g) return;
    // The finger is the gesture's, not the page's (no scrolling, no emulated mouse events).
    if (e.cancelable) e.preventDefault();
    run(g, 'touch', p);
  };

  const onHover = (event: KonvaEventObject<MouseEvent>) => {
    if (gesture.current) return;
    const next = hoverCursor(hitAt(input(event.evt.clientX, event.evt.clientY, event.evt, 0)));
    if (next !== cursor) setCursor(next);
  };

  const onWheel = (event: KonvaEventObject<WheelEvent>) => {
    const e = event.evt;
    e.preventDefault();
    if (e.ctrlKey || e.metaKey) camera.zoomAt(Math.exp(-e.deltaY * 0.0025), input(e.clientX, e.clientY, e, 0).view);
    else camera.panBy(e.shiftKey ? e.deltaY : e.deltaX, e.shiftKey ? 0 : e.deltaY);
  };

  /**
   * The browser's own double-click (two presses close in time and place; Konva would count any
   * two releases on the stage, a drag's included). Only on the canvas, not the DOM editors over it.
   */
  const onDoubleClick = (e: ReactMouseEvent) => {
    if (e.button !== 0 || !(e.target instanceof HTMLCanvasElement)) return;
    doubleClickAt(input(e.clientX, e.clientY, e.nativeEvent, 2));
  };
  const doubleClickAt = (p: PointerInput) => {
    const action = doubleClick(hitAt(p));
    if (!action || interceptDoubleClick(app, env.boardId, action)) return;
    if (action.kind === 'rename-stage') app.rename({ kind: 'stage', id: action.id });
    else if (action.kind === 'rename-lane') app.rename({ kind: 'lane', id: action.id });
    else if (action.kind === 'rename-feeling') app.rename({ kind: 'emotion', boardId: env.boardId, stageId: action.stageId, ...(action.personaId ? { personaId: action.personaId } : {}) });
    else if (action.kind === 'edit-note') app.typeInto(action.id);
    else addNoteAndEdit(app, { boardId: env.boardId, ...action.cell });
  };

  const onContextMenu = (event: KonvaEventObject<PointerEvent>) => {
    const e = event.evt;
    e.preventDefault();
    const p = input(e.clientX, e.clientY, e, 1);
    const target = menuTarget(hitAt(p), cellAt(env.layout(), p.board));
    if (!target) return;
    app.openContextMenu({ x: e.clientX, y: e.clientY, target });
  };

  return {
    hand,
    cursor: hand ? 'grab' : cursor,
    /** On the board's element (DOM events). */
    onDoubleClick,
    /** On the Konva stage. */
    handlers: { onMouseDown, onTouchStart, onMouseMove: onHover, onWheel, onContextMenu },
  };
}
