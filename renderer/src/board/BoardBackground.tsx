import { memo, type Ref } from 'react';
import type Konva from 'konva';
import { Group, Rect, Text } from 'react-konva';
import { LAYOUT, type BoardLayout } from '../../../shared/layout/board-layout';
import { pinOf, type Pin } from '../../../shared/layout/viewport';
import { COLORS, FONT_FAMILY, LANE_STRIPE } from './theme';

/** Stage titles' font size at full size (journeyDebug.legibility() reads it). */
export const STAGE_TITLE_SIZE = 20;

/** The cell grid. Drawn, never hit-tested. */
export const BoardGrid = memo(function BoardGrid({ layout }: { layout: BoardLayout }) {
  return (
    <Group listening={false}>
      {layout.lanes.map((lane, li) =>
        layout.stages.map((stage) => (
          <Rect
            key={`${lane.id}|${stage.id}`}
            x={stage.x}
            y={lane.y}
            width={stage.width}
            height={lane.height}
            fill={li % 2 ? COLORS.cellAlt : COLORS.cell}
            stroke={COLORS.grid}
            strokeWidth={1}
          />
        )),
      )}
    </Group>
  );
});

/**
 * Keep each stage's title in view while its stage is, and each lane's title while its lane is:
 * scrolled far into a wide stage, its name slides along instead of leaving the screen.
 */
export function placeTitles(layout: BoardLayout, band: Konva.Group | null, column: Konva.Group | null, viewport: { x: number; y: number; scale: number }): void {
  const pin = pinOf(viewport);
  const left = -viewport.x / viewport.scale + LAYOUT.laneLabelWidth * pin.columnScale + 14;
  const top = -viewport.y / viewport.scale + LAYOUT.headerHeight * pin.bandScale + 14;
  if (band) {
    for (const stage of layout.stages) {
      const title = band.findOne<Konva.Text>(`#stage-title-${stage.id}`);
      if (!title) continue;
      const width = Math.min(title.getTextWidth(), stage.width - 28);
      title.x(Math.max(stage.x + 14, Math.min(left, stage.x + stage.width - 14 - width)));
    }
  }
  if (column) {
    for (const lane of layout.lanes) {
      const title = column.findOne<Konva.Text>(`#lane-title-${lane.id}`);
      if (!title) continue;
      title.y(Math.max(lane.y + 14, Math.min(top, lane.y + lane.height - 14 - title.height())));
    }
  }
}

/**
 * Stage headers and lane labels, drawn above the notes and pinned to the top and left edges when
 * the board is scrolled, like a spreadsheet's frozen panes: on a shared screen everyone always
 * sees which stage and lane they are looking at. The groups are moved directly while panning.
 */
export const BoardHeaders = memo(function BoardHeaders({
  layout,
  pin,
  bandRef,
  columnRef,
  cornerRef,
}: {
  layout: BoardLayout;
  pin: Pin;
  bandRef: Ref<Konva.Group>;
  columnRef: Ref<Konva.Group>;
  cornerRef: Ref<Konva.Rect>;
}) {
  // Zoomed far in, the pinned labels shrink so they stay a thin band (shared/layout/viewport.ts, pinOf).
  const cs = pin.columnScale;
  const columnWidth = LAYOUT.laneLabelWidth * cs;
  const bandHeight = LAYOUT.headerHeight * pin.bandScale;
  return (
    <Group listening={false}>
      <Group ref={columnRef} x={pin.columnX}>
        {layout.lanes.map((lane) => (
          <Group key={lane.id}>
            <Rect x={0} y={lane.y} width={columnWidth} height={lane.height} fill={COLORS.laneLabel} stroke={COLORS.grid} strokeWidth={1} />
            <Rect x={0} y={lane.y} width={6 * cs} height={lane.height} fill={LANE_STRIPE[lane.kind]} />
            <Text
              name="lane-title"
              id={`lane-title-${lane.id}`}
              x={18 * cs}
              y={lane.y + 14}
              width={columnWidth - 28 * cs}
              text={lane.title}
              fontFamily={FONT_FAMILY}
              fontSize={17 * cs}
              fontStyle="bold"
              fill={COLORS.laneText}
              wrap="word"
            />
          </Group>
        ))}
      </Group>
      <Group ref={bandRef} y={pin.bandY}>
        {layout.stages.map((stage) => (
          <Group key={stage.id}>
            <Rect x={stage.x} y={0} width={stage.width} height={bandHeight} fill={COLORS.header} stroke={COLORS.grid} strokeWidth={1} />
            <Text
              name="stage-title"
              id={`stage-title-${stage.id}`}
              x={stage.x + 14}
              y={0}
              width={stage.width - 28}
              height={bandHeight}
              verticalAlign="middle"
              text={stage.title}
              fontFamily={FONT_FAMILY}
              fontSize={STAGE_TITLE_SIZE * pin.bandScale}
              fontStyle="bold"
              fill={COLORS.headerText}
              wrap="word"
              ellipsis
            />
          </Group>
        ))}
      </Group>
      <Rect ref={cornerRef} x={pin.columnX} y={pin.bandY} width={columnWidth} height={bandHeight} fill={COLORS.canvas} />
    </Group>
  );
});
