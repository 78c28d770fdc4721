import { memo } from 'react';
import { Circle, Group, Line, Rect, Text } from 'react-konva';
import { EMOTION_MAX, EMOTION_MIN, type EmotionPoint, type Persona } from '../../../shared/model';
import { LAYOUT, type BoardLayout } from '../../../shared/layout/board-layout';
import { COLORS, FONT_FAMILY, LANE_STRIPE } from './theme';

export interface Curve {
  readonly key: string;
  readonly color: string;
  readonly points: readonly EmotionPoint[];
}

/** Stage headers, lane labels, the cell grid and the emotion curves. Drawn, never hit-tested. */
export const BoardBackground = memo(function BoardBackground({ layout, curves }: { layout: BoardLayout; curves: readonly Curve[] }) {
  const emotionLane = layout.lanes.find((l) => l.kind === 'emotions');
  return (
    <Group listening={false}>
      {layout.lanes.map((lane, li) => (
        <Group key={lane.id}>
          {layout.stages.map((stage) => (
            <Rect
              key={stage.id}
              x={stage.x}
              y={lane.y}
              width={stage.width}
              height={lane.height}
              fill={li % 2 ? COLORS.cellAlt : COLORS.cell}
              stroke={COLORS.grid}
              strokeWidth={1}
            />
          ))}
          <Rect x={0} y={lane.y} width={LAYOUT.laneLabelWidth} height={lane.height} fill={COLORS.laneLabel} stroke={COLORS.grid} strokeWidth={1} />
          <Rect x={0} y={lane.y} width={6} height={lane.height} fill={LANE_STRIPE[lane.kind]} />
          <Text
            x={18}
            y={lane.y + 14}
            width={LAYOUT.laneLabelWidth - 28}
            text={lane.title}
            fontFamily={FONT_FAMILY}
            fontSize={17}
            fontStyle="bold"
            fill={COLORS.laneText}
            wrap="word"
          />
        </Group>
      ))}
      {layout.stages.map((stage) => (
        <Group key={stage.id}>
          <Rect x={stage.x} y={0} width={stage.width} height={LAYOUT.headerHeight} fill={COLORS.header} stroke={COLORS.grid} strokeWidth={1} />
          <Text
            x={stage.x + 14}
            y={0}
            width={stage.width - 28}
            height={LAYOUT.headerHeight}
            verticalAlign="middle"
            text={stage.title}
            fontFamily={FONT_FAMILY}
            fontSize={20}
            fontStyle="bold"
            fill={COLORS.headerText}
            wrap="word"
            ellipsis
          />
        </Group>
      ))}
      {emotionLane &&
        curves.map((curve) => {
          const top = emotionLane.y + 28;
          const span = emotionLane.height - 56;
          const yOf = (score: number) => top + ((EMOTION_MAX - score) / (EMOTION_MAX - EMOTION_MIN)) * span;
          const pts = layout.stages.flatMap((stage) => {
            const point = curve.points.find((p) => p.stageId === stage.id);
            return point ? [{ x: stage.x + stage.width / 2, y: yOf(point.score), label: point.label, id: point.id }] : [];
          });
          return (
            <Group key={curve.key}>
              <Line points={pts.flatMap((p) => [p.x, p.y])} stroke={curve.color} strokeWidth={3} tension={0.3} lineCap="round" lineJoin="round" />
              {pts.map((p) => (
                <Group key={p.id}>
                  <Circle x={p.x} y={p.y} radius={7} fill={curve.color} stroke="#fff" strokeWidth={2} />
                  <Text x={p.x + 10} y={p.y - 22} text={p.label} fontFamily={FONT_FAMILY} fontSize={13} fill={curve.color} />
                </Group>
              ))}
            </Group>
          );
        })}
    </Group>
  );
});

/** One curve per persona walking the board (in the persona's colour), plus the board's own. */
export function curvesOf(emotions: readonly EmotionPoint[], personas: Readonly<Record<string, Persona>>): Curve[] {
  const groups = new Map<string, EmotionPoint[]>();
  for (const point of emotions) {
    const key = point.personaId ?? '';
    const list = groups.get(key);
    if (list) list.push(point);
    else groups.set(key, [point]);
  }
  return [...groups].map(([key, points]) => ({ key, points, color: personas[key]?.color ?? '#d6336c' }));
}
