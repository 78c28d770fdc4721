import { memo } from 'react';
import type Konva from 'konva';
import type { Vector2d } from 'konva/lib/types';
import { Circle, Group, Line, Text } from 'react-konva';
import { setEmotion } from '../../../shared/doc';
import { EMOTION_MAX, EMOTION_MIN } from '../../../shared/model';
import type { BoardLayout, LaneBox } from '../../../shared/layout/board-layout';
import type { AppController } from '../workspace/controller';
import type { Curve } from './BoardBackground';
import { FONT_FAMILY } from './theme';

const BAND_PADDING = 28;
const BOARD_CURVE_COLOR = '#d6336c';

/** Board y of a score in the emotions lane, and back (scores snap to halves). */
function scale(lane: LaneBox) {
  const top = lane.y + BAND_PADDING;
  const span = lane.height - 2 * BAND_PADDING;
  return {
    top,
    bottom: top + span,
    yOf: (score: number) => top + ((EMOTION_MAX - score) / (EMOTION_MAX - EMOTION_MIN)) * span,
    scoreOf: (y: number) => Math.round((EMOTION_MAX - ((y - top) / span) * (EMOTION_MAX - EMOTION_MIN)) * 2) / 2,
  };
}

/** Keep a dragged point on its vertical line inside the lane (positions here are absolute pixels). */
function verticalBound(top: number, bottom: number) {
  return function (this: Konva.Node, pos: Vector2d): Vector2d {
    const stage = this.getStage();
    const sy = stage?.scaleY() ?? 1;
    const oy = stage?.y() ?? 0;
    return { x: this.getAbsolutePosition().x, y: Math.min(oy + bottom * sy, Math.max(oy + top * sy, pos.y)) };
  };
}

/**
 * The emotion curves in the emotions lane: one line per persona walking the board (in its
 * colour) or the board's own. Points drag up and down (−2…+2); double-click a point to name
 * the feeling. Empty stages show a faint point to start the curve from.
 */
export const EmotionCurves = memo(function EmotionCurves(props: {
  app: AppController;
  boardId: string;
  layout: BoardLayout;
  curves: readonly Curve[];
  showGhosts: boolean;
  /** Whose curve the ghost points start (a persona walking the board); the board's own when absent. */
  ghostPersonaId?: string;
  ghostColor?: string;
  /** Persona being highlighted: the other curves fade. */
  highlightKey?: string;
}) {
  const { app, boardId, layout, curves, showGhosts, ghostPersonaId, ghostColor = BOARD_CURVE_COLOR, highlightKey } = props;
  const lane = layout.lanes.find((l) => l.kind === 'emotions');
  if (!lane) return null;
  const { top, bottom, yOf, scoreOf } = scale(lane);
  const bound = verticalBound(top, bottom);
  const doc = app.state.session.doc;
  const commit = (stageId: string, personaId: string | undefined, node: Konva.Node) => {
    const score = scoreOf(node.y());
    node.y(yOf(score)); // snap, even when the score did not change
    setEmotion(doc, personaId ? { boardId, stageId, personaId } : { boardId, stageId }, { score });
    app.state.session.undo.stopCapturing();
  };
  const ghostCurve = curves.find((c) => c.key === (ghostPersonaId ?? ''));
  const ghosts = showGhosts ? layout.stages.filter((s) => !ghostCurve?.points.some((p) => p.stageId === s.id)) : [];

  return (
    <Group name="emotions">
      <Line points={[layout.stages[0]?.x ?? 0, yOf(0), layout.width, yOf(0)]} stroke="#adb5bd" strokeWidth={1} dash={[6, 6]} listening={false} />
      {curves.map((curve) => {
        const personaId = curve.key || undefined;
        const pts = layout.stages.flatMap((stage) => {
          const point = curve.points.find((p) => p.stageId === stage.id);
          return point ? [{ x: stage.x + stage.width / 2, y: yOf(point.score), point, stageId: stage.id }] : [];
        });
        return (
          <Group key={curve.key} opacity={highlightKey !== undefined && curve.key !== highlightKey ? 0.2 : 1}>
            <Line
              points={pts.flatMap((p) => [p.x, p.y])}
              stroke={curve.color}
              strokeWidth={3}
              tension={0.3}
              lineCap="round"
              lineJoin="round"
              listening={false}
            />
            {pts.map((p) => (
              <Group key={p.point.id}>
                <Circle
                  x={p.x}
                  y={p.y}
                  radius={9}
                  hitStrokeWidth={12}
                  fill={curve.color}
                  stroke="#fff"
                  strokeWidth={2}
                  name="emotion-point"
                  draggable
                  dragBoundFunc={bound}
                  onDragEnd={(e) => commit(p.stageId, personaId, e.target)}
                  onDblClick={(e) => {
                    e.cancelBubble = true;
                    if (e.evt.button !== 0) return;
                    app.store.set({ renaming: { kind: 'emotion', boardId, stageId: p.stageId, ...(personaId ? { personaId } : {}) } });
                  }}
                />
                {p.point.label && (
                  <Text x={p.x + 12} y={p.y - 24} text={p.point.label} fontFamily={FONT_FAMILY} fontSize={14} fontStyle="bold" fill={curve.color} listening={false} />
                )}
              </Group>
            ))}
          </Group>
        );
      })}
      {ghosts.map((stage) => (
        <Circle
          key={stage.id}
          name="emotion-ghost"
          x={stage.x + stage.width / 2}
          y={yOf(0)}
          radius={8}
          stroke={ghostColor}
          strokeWidth={2}
          dash={[3, 3]}
          opacity={0.55}
          hitStrokeWidth={12}
          draggable
          dragBoundFunc={bound}
          onClick={(e) => {
            e.cancelBubble = true;
            commit(stage.id, ghostPersonaId, e.target);
          }}
          onDragEnd={(e) => commit(stage.id, ghostPersonaId, e.target)}
        />
      ))}
    </Group>
  );
});
