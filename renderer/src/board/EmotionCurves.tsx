import { memo } from 'react';
import { Circle, Group, Line, Rect, Text } from 'react-konva';
import type { BoardLayout } from '../../../shared/layout/board-layout';
import { CURVE, emotionBand, emotionLane, ghostPlaces, neutralLine, pointPlaces, type Curve } from '../../../shared/layout/emotion-curve';
import type { CurvePreview } from './feedback';
import { FONT_FAMILY } from './theme';

/** A feeling's label: dark bold text on a light pill edged in the curve's colour, clear of the line (shared/layout placeLabel). */
function FeelingLabel({ box, text, color }: { box: { x: number; y: number; width: number; height: number }; text: string; color: string }) {
  const { fontSize, padX, fill, text: ink } = CURVE.label;
  return (
    <>
      <Rect {...box} fill={fill} stroke={color} strokeWidth={1.5} cornerRadius={box.height / 2} perfectDrawEnabled={false} />
      <Text x={box.x + padX} y={box.y} width={box.width - 2 * padX} height={box.height} verticalAlign="middle" text={text} fontFamily={FONT_FAMILY} fontSize={fontSize} fontStyle="bold" fill={ink} wrap="none" />
    </>
  );
}

/**
 * The emotion curves in the emotions lane: one line per persona walking the board (in its
 * colour) or the board's own, drawn from the shared curve geometry (print and export draw the
 * same). Empty stages of the curve being drawn show a faint point to start from. Pressing,
 * dragging and double-clicking points is the board's hit test and gestures, not Konva's.
 */
export const EmotionCurves = memo(function EmotionCurves(props: {
  layout: BoardLayout;
  curves: readonly Curve[];
  /** Whose curve the ghost points start (a persona walking the board); the board's own when absent. */
  ghostPersonaId?: string;
  ghostColor?: string;
  /** Persona being highlighted: the other curves fade. */
  highlightKey?: string;
  /** A point being dragged, drawn where the pointer has it. */
  dragged?: CurvePreview | null;
}) {
  const { layout, curves, ghostPersonaId, ghostColor = CURVE.boardColor, highlightKey, dragged } = props;
  const lane = emotionLane(layout);
  if (!lane) return null;
  const band = emotionBand(lane);
  const ghostKey = ghostPersonaId ?? '';
  const at = (curveKey: string, stageId: string, y: number) => (dragged && dragged.curveKey === curveKey && dragged.stageId === stageId ? dragged.y : y);
  const ghosts = ghostPlaces(layout, band, curves, ghostKey);

  return (
    <Group name="emotions" listening={false}>
      <Line points={neutralLine(layout, band)} stroke="#adb5bd" strokeWidth={1} dash={[6, 6]} />
      {curves.map((curve) => {
        const pts = pointPlaces(layout, band, curve, curves).map((p) => ({ ...p, y: at(curve.key, p.stageId, p.y) }));
        return (
          <Group key={curve.key} opacity={highlightKey !== undefined && curve.key !== highlightKey ? 0.2 : 1}>
            <Line points={pts.flatMap((p) => [p.x, p.y])} stroke={curve.color} strokeWidth={3} tension={CURVE.tension} lineCap="round" lineJoin="round" />
            {pts.map((p) => (
              <Group key={p.point.id}>
                <Circle x={p.x} y={p.y} radius={CURVE.pointRadius} fill={curve.color} stroke="#fff" strokeWidth={2} name="emotion-point" />
                {p.label && <FeelingLabel box={p.label} text={p.point.label} color={curve.color} />}
              </Group>
            ))}
          </Group>
        );
      })}
      {ghosts.map((g) => (
        <Circle key={g.stageId} name="emotion-ghost" x={g.x} y={at(ghostKey, g.stageId, g.y)} radius={CURVE.ghostRadius} stroke={ghostColor} strokeWidth={2} dash={[3, 3]} opacity={0.55} />
      ))}
    </Group>
  );
});
