import { useMemo, useRef, useState, type RefObject } from 'react';
import type Konva from 'konva';
import type { BoardLayout } from '../../../shared/layout/board-layout';
import type { GestureFeedback, Point, Rect } from './gestures/types';

export interface CurvePreview {
  readonly curveKey: string;
  readonly stageId: string;
  readonly y: number;
}

/**
 * What gestures draw while they run. The rubber band, markers, a note's new size and a dragged
 * curve point are small React state; dragged notes move their Konva nodes directly at frame
 * rate (no React), and stay where the drag put them when React re-renders meanwhile.
 */
export function useGestureFeedback(stageRef: RefObject<Konva.Stage | null>, layout: () => BoardLayout) {
  const [band, setBand] = useState<Rect | null>(null);
  const [marker, setMarker] = useState<Rect | null>(null);
  const [noteSize, setNoteSize] = useState<{ id: string; width: number; height: number } | null>(null);
  const [curvePoint, setCurvePoint] = useState<CurvePreview | null>(null);
  const dragged = useRef<ReadonlyMap<string, Point> | null>(null);

  const placeDragged = () => {
    const stage = stageRef.current;
    const positions = dragged.current;
    if (!stage || !positions) return;
    for (const [id, p] of positions) {
      const node = stage.findOne(`#note-${id}`);
      if (!node) continue;
      node.position(p);
      node.visible(true);
    }
  };

  const feedback = useMemo<GestureFeedback>(
    () => ({
      band: setBand,
      marker: setMarker,
      noteSize: setNoteSize,
      curvePoint: setCurvePoint,
      dragNotes(positions) {
        const stage = stageRef.current;
        const first = positions ? [...positions.keys()][0] : [...(dragged.current?.keys() ?? [])][0];
        const lead = first ? stage?.findOne(`#note-${first}`) : undefined;
        if (positions && !dragged.current) for (const id of positions.keys()) stage?.findOne(`#note-${id}`)?.moveToTop();
        const ended = !positions ? dragged.current : null;
        dragged.current = positions;
        placeDragged();
        // Back where the layout says; the drop's doc change (if any) moves them for real.
        for (const id of ended?.keys() ?? []) {
          const box = layout().notes.get(id);
          if (box) stage?.findOne(`#note-${id}`)?.position({ x: box.x, y: box.y });
        }
        // Presence (collab/presence.ts) shows a peer's drag from the stage's drag events; fired
        // on the stage itself, since events do not bubble out of a layer that is not listening.
        if (lead) stage?.fire(ended ? 'dragend' : 'dragmove', { target: lead });
        if (ended) stage?.batchDraw();
      },
    }),
    [],
  );
  return {
    feedback,
    band,
    marker,
    noteSize,
    curvePoint,
    isDragging: (id: string) => dragged.current?.has(id) ?? false,
    /** After a render: dragged notes back where the drag has them. */
    placeDragged,
  };
}
