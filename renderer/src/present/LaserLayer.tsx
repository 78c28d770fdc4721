/**
 * The laser pointer on the board: a red dot with a short fading trail for the presenter's own
 * pointer and for every presenter in the session (awareness `laser`, in the board units of the
 * slide they present, mapped onto the layout this board draws). Sizes stay constant on screen.
 */
import { Fragment, useEffect, useMemo, useRef, useState } from 'react';
import { Circle, Layer } from 'react-konva';
import type { BoardRecords } from '../../../shared/doc/board-records';
import { layoutBoard, type BoardLayout } from '../../../shared/layout/board-layout';
import { mapBoardPoint, presentRecords } from '../../../shared/layout/present';
import type { Editor } from '../editor/editor';
import { useCollabValue } from '../collab/hooks';
import { drawnHeads, extend, onOwnLaser, TRAIL_MS, type TrailPoint } from './laser-trail';

const RED = '#e03131';
const DOT_PX = 9;

interface Trail {
  readonly points: readonly TrailPoint[];
  readonly head: { x: number; y: number } | null;
}

export function LaserLayer({ app, boardId, records, layout, scale }: { app: Editor; boardId: string; records: BoardRecords; layout: BoardLayout; scale: number }) {
  const participants = useCollabValue(app, (s) => s.participants);
  const [trails, setTrails] = useState<ReadonlyMap<string, Trail>>(new Map());
  const frame = useRef<number | null>(null);

  const update = (key: string, point: { x: number; y: number } | null) =>
    setTrails((old) => {
      const next = new Map(old);
      const now = performance.now();
      next.set(key, { points: extend(old.get(key)?.points ?? [], point, now), head: point });
      return next;
    });

  useEffect(() => onOwnLaser(app, (point) => update('own', point)), [app]);

  // Each presenter's slide, laid out as they see it, to map their laser onto this board.
  const slides = useMemo(() => new Map<string, BoardLayout>(), [records]);
  const slideOf = (stageId: string | null) => {
    const key = stageId ?? '';
    let slide = slides.get(key);
    if (!slide) {
      const r = presentRecords(records, stageId);
      slides.set(key, (slide = layoutBoard(r.stages, r.lanes, r.notes)));
    }
    return slide;
  };
  const remote = participants
    .filter((p) => p.presenting?.boardId === boardId)
    .map((p) => ({ key: String(p.clientId), point: p.laser ? mapBoardPoint(slideOf(p.presenting!.stageId), layout, p.laser) : null }));
  const remoteKey = JSON.stringify(remote);
  useEffect(() => {
    for (const { key, point } of remote) {
      const trail = trails.get(key);
      if (trail?.head?.x !== point?.x || trail?.head?.y !== point?.y) update(key, point);
    }
    for (const key of trails.keys()) if (key !== 'own' && !remote.some((r) => r.key === key) && trails.get(key)!.head) update(key, null);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [remoteKey]);

  // While a tail is still fading, redraw each frame.
  const fading = [...trails.values()].some((t) => t.points.length > 0);
  useEffect(() => {
    if (!fading) return;
    const tick = () => {
      const now = performance.now();
      setTrails((old) => {
        let changed = false;
        const next = new Map<string, Trail>();
        for (const [key, trail] of old) {
          const points = trail.points.filter((p) => now - p.t < TRAIL_MS);
          if (points.length !== trail.points.length) changed = true;
          next.set(key, { ...trail, points });
        }
        return changed ? next : old;
      });
      frame.current = requestAnimationFrame(tick);
    };
    frame.current = requestAnimationFrame(tick);
    return () => {
      if (frame.current !== null) cancelAnimationFrame(frame.current);
    };
  }, [fading]);

  const heads = [...trails.values()].flatMap((t) => (t.head ? [t.head] : []));
  drawnHeads.set(app, heads);
  if (!heads.length && !fading) return null;
  const now = performance.now();
  const r = DOT_PX / scale;
  return (
    <Layer listening={false} name="laser">
      {[...trails.entries()].map(([key, trail]) => (
        <Fragment key={key}>
          {trail.points.map((p, i) => {
            const age = Math.min(1, (now - p.t) / TRAIL_MS);
            return <Circle key={`${p.t}-${i}`} x={p.x} y={p.y} radius={r * (0.35 + 0.5 * (1 - age))} fill={RED} opacity={0.5 * (1 - age)} />;
          })}
          {trail.head && <Circle x={trail.head.x} y={trail.head.y} radius={r} fill={RED} stroke="#ffffff" strokeWidth={2 / scale} shadowColor={RED} shadowBlur={14} shadowOpacity={0.9} name="laser-dot" />}
        </Fragment>
      ))}
    </Layer>
  );
}
