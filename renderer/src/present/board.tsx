/**
 * Presentation mode on the journey board: the records the board lays out while a stage is
 * presented (shared/layout/present.ts), and the overlay over the canvas that fills the screen
 * with the slide, keeps presses from editing anything and sends the presenter's laser pointer.
 */
import { useEffect, useMemo, useRef } from 'react';
import type { BoardRecords } from '../../../shared/doc/board-records';
import type { BoardLayout } from '../../../shared/layout/board-layout';
import { presentRecords, presentViewport } from '../../../shared/layout/present';
import { toBoardPoint, type Viewport } from '../../../shared/layout/viewport';
import { LASER_INTERVAL_MS } from '../../../shared/collab/presence';
import type { Editor } from '../editor/editor';
import { useSlice } from '../editor/hooks';
import { collabFor } from '../collab/manager';
import { PRESENT } from './state';
import { pushOwnLaser } from './laser-trail';

/** What the board lays out: its records, or the presented stage's slide. */
export function usePresentRecords(app: Editor, boardId: string, records: BoardRecords): BoardRecords {
  const shown = useSlice(app, PRESENT, (s) => (s.mode !== 'off' && s.boardId === boardId ? s.stageId ?? '' : null));
  return useMemo(() => (shown === null ? records : presentRecords(records, shown || null)), [records, shown]);
}

interface CameraLike {
  readonly shown: Viewport;
  setViewport(next: Viewport): void;
}

export function PresentOverlay({ app, boardId, layout, camera, size }: { app: Editor; boardId: string; layout: BoardLayout; camera: CameraLike; size: { width: number; height: number } }) {
  const state = useSlice(app, PRESENT);
  const active = state.mode !== 'off' && state.boardId === boardId;
  const presenter = state.mode === 'presenting';
  const ref = useRef<HTMLDivElement>(null);
  const lastSent = useRef(0);

  // Back to where the board was when presentation ends.
  useEffect(() => {
    if (!active) return;
    const before = camera.shown;
    return () => camera.setViewport(before);
  }, [active, camera]);

  // The slide fills the screen: on entering, on every step and when the screen's size changes.
  useEffect(() => {
    if (!active || !size.width || !size.height) return;
    camera.setViewport(presentViewport(layout, size, state.stageId !== null));
  }, [active, camera, layout, size.width, size.height, state.stageId]);

  useEffect(() => {
    if (!presenter) return;
    return () => {
      pushOwnLaser(app, null);
    };
  }, [app, presenter]);

  if (!active) return null;

  const laserAt = (event: React.PointerEvent) => {
    if (!presenter) return;
    const r = ref.current!.getBoundingClientRect();
    const point = toBoardPoint(camera.shown, { x: event.clientX - r.left, y: event.clientY - r.top });
    const rounded = { x: Math.round(point.x * 10) / 10, y: Math.round(point.y * 10) / 10 };
    pushOwnLaser(app, rounded);
    const now = performance.now();
    if (now - lastSent.current < LASER_INTERVAL_MS) return;
    lastSent.current = now;
    collabFor(app).setPresence('laser', rounded);
  };
  const off = () => {
    if (!presenter) return;
    pushOwnLaser(app, null);
    collabFor(app).setPresence('laser', null);
  };
  // Presses, wheels and double-clicks stop here: nothing on a presented board is edited by accident.
  const swallow = (event: React.SyntheticEvent) => {
    event.preventDefault();
    event.stopPropagation();
  };
  return (
    <div
      ref={ref}
      className={presenter ? 'present-overlay presenter' : 'present-overlay'}
      data-testid="present-overlay"
      onPointerMove={laserAt}
      onPointerLeave={off}
      onPointerDown={swallow}
      onPointerUp={swallow}
      onDoubleClick={swallow}
      onContextMenu={swallow}
      onWheel={(event) => event.stopPropagation()}
    />
  );
}
