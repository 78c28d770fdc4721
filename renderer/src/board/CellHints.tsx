import { memo } from 'react';
import { Group, Text } from 'react-konva';
import type { MessageKey } from '../../../shared/i18n';
import { cellKey, type BoardLayout } from '../../../shared/layout/board-layout';
import type { Curve } from '../../../shared/layout/emotion-curve';
import type { LaneKind } from '../../../shared/model';
import type { Editor } from '../editor/editor';
import { useSlice } from '../editor/hooks';
import { LOCALE } from '../editor/slices';
import { FONT_FAMILY } from './theme';

/** What belongs in a lane of each kind (DOMAIN.md, "Lanes"). */
export const LANE_HINTS: Record<LaneKind, MessageKey> = {
  actions: 'laneHint.actions',
  touchpoints: 'laneHint.touchpoints',
  emotions: 'laneHint.emotions',
  painPoints: 'laneHint.painPoints',
  momentsOfTruth: 'laneHint.momentsOfTruth',
  opportunities: 'laneHint.opportunities',
  kpis: 'laneHint.kpis',
  goals: 'laneHint.goals',
  insights: 'laneHint.insights',
  custom: 'laneHint.custom',
};

/** Konva id of a cell's hint (the debug hook reads what is drawn). */
export const cellHintId = (stageId: string, laneId: string) => `cell-hint-${cellKey(stageId, laneId)}`;

/**
 * Each empty cell says, faintly, what belongs in it (its lane kind's hint) until its first note.
 * An emotions cell counts as filled once a curve has a point there. Screen only: print and export draw from shared/export, which has no hints.
 */
export const CellHints = memo(function CellHints({ app, layout, curves }: { app: Editor; layout: BoardLayout; curves: readonly Curve[] }) {
  useSlice(app, LOCALE, (s) => s.uiLocale);
  // An emotions cell with a point of a curve is not empty: the curve is what belongs there.
  const felt = new Set(curves.flatMap((c) => c.points.map((p) => p.stageId)));
  return (
    <Group listening={false}>
      {layout.lanes.map((lane) => {
        const hint = app.t(LANE_HINTS[lane.kind]);
        return layout.stages.map((stage) =>
          layout.cells.get(cellKey(stage.id, lane.id))?.length || (lane.kind === 'emotions' && felt.has(stage.id)) ? null : (
            <Text
              key={`${stage.id}|${lane.id}`}
              id={cellHintId(stage.id, lane.id)}
              x={stage.x + 14}
              y={lane.y + 12}
              width={stage.width - 28}
              height={Math.max(0, lane.height - 20)}
              text={hint}
              fontFamily={FONT_FAMILY}
              fontSize={14}
              fontStyle="italic"
              lineHeight={1.3}
              fill="#8c959f"
              wrap="word"
              ellipsis
            />
          ),
        );
      })}
    </Group>
  );
});
