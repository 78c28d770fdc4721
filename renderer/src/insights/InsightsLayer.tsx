/**
 * Journey insights on the canvas while View ▸ Insights is on: a heat strip of pain points along
 * the bottom of the stage headers (shared/insights painHeat), and over it, in the DOM, a marker
 * on each stage header that lacks a touchpoint, a KPI or a moment of truth (its tooltip and
 * accessible name say which), plus the strip's count for tooltips and screen readers.
 */
import { useMemo } from 'react';
import { Layer, Rect } from 'react-konva';
import type { BoardRecords } from '../../../shared/doc/board-records';
import { painHeat, stageGaps, gapMessage } from '../../../shared/insights/insights';
import { LAYOUT, type BoardLayout } from '../../../shared/layout/board-layout';
import { pinOf, type Viewport } from '../../../shared/layout/viewport';
import type { Editor } from '../editor/editor';
import { useSlice } from '../editor/hooks';
import { useT } from '../i18n/I18nProvider';
import { PRESENT } from '../present/state';
import { INSIGHTS } from './state';
import './insights.css';

/** The strip's height and its gap to the header's lower edge, in board units. */
export const HEAT_STRIP = { height: 8, inset: 3 } as const;

/** A pain heat level (0…1) as a colour: pale grey for none, pale to deep red. */
export function heatColour(level: number): string {
  if (level <= 0) return '#e9ecef';
  const mix = (a: number, b: number) => Math.round(a + (b - a) * level);
  return `rgb(${mix(255, 201)},${mix(201, 42)},${mix(201, 42)})`;
}

function useShown(app: Editor): boolean {
  const open = useSlice(app, INSIGHTS, (s) => s.open);
  const presenting = useSlice(app, PRESENT, (s) => s.mode !== 'off');
  return open && !presenting;
}

export function InsightsLayer({ app, records, layout, scale }: { app: Editor; boardId: string; records: BoardRecords; layout: BoardLayout; scale: number }) {
  const shown = useShown(app);
  const heat = useMemo(() => (shown ? painHeat(records) : []), [shown, records]);
  if (!shown) return null;
  const levels = new Map(heat.map((h) => [h.stageId, h.level]));
  const y = LAYOUT.headerHeight - HEAT_STRIP.height - HEAT_STRIP.inset;
  return (
    <Layer listening={false} name="insights">
      {layout.stages.map((stage) => (
        <Rect key={stage.id} name="heat" x={stage.x + 4} y={y} width={stage.width - 8} height={HEAT_STRIP.height} cornerRadius={HEAT_STRIP.height / 2} fill={heatColour(levels.get(stage.id) ?? 0)} strokeWidth={1 / scale} stroke="rgba(0,0,0,0.08)" />
      ))}
    </Layer>
  );
}

export function InsightsMarkers({ app, records, layout, viewport }: { app: Editor; boardId: string; records: BoardRecords; layout: BoardLayout; viewport: Viewport }) {
  const shown = useShown(app);
  const t = useT();
  const gaps = useMemo(() => (shown ? new Map(stageGaps(records).map((g) => [g.stageId, g.missing])) : new Map()), [shown, records]);
  const heat = useMemo(() => (shown ? new Map(painHeat(records).map((h) => [h.stageId, h.count])) : new Map()), [shown, records]);
  if (!shown) return null;
  const pin = pinOf(viewport);
  const { x: vx, y: vy, scale } = viewport;
  return (
    <div className="insights-markers">
      {layout.stages.map((stage) => {
        const missing = gaps.get(stage.id) ?? [];
        const right = vx + (stage.x + stage.width) * scale;
        const top = vy + pin.bandY * scale;
        const stripTop = vy + (pin.bandY + LAYOUT.headerHeight - HEAT_STRIP.height - HEAT_STRIP.inset) * scale;
        const label = t('insights.gaps', { stage: stage.title, list: missing.map((k: Parameters<typeof gapMessage>[0]) => t.text(gapMessage(k))).join(', ') });
        const painText = t('insights.heat', { count: heat.get(stage.id) ?? 0 });
        return (
          <div key={stage.id}>
            <div
              className="heat-hit"
              data-testid="heat-strip"
              data-stage={stage.id}
              data-count={heat.get(stage.id) ?? 0}
              title={painText}
              aria-label={`${stage.title}: ${painText}`}
              role="img"
              style={{ left: vx + stage.x * scale, top: stripTop - 3, width: stage.width * scale, height: Math.max(8, HEAT_STRIP.height * scale) + 6 }}
            />
            {missing.length > 0 && (
              <div className="gap-marker" data-testid="gap-marker" data-stage={stage.id} role="img" title={label} aria-label={label} style={{ left: right - 26, top: top + 4 }}>
                !
              </div>
            )}
          </div>
        );
      })}
    </div>
  );
}
