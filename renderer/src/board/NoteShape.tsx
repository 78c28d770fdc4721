import { memo } from 'react';
import { Circle, Group, Rect, Text } from 'react-konva';
import { NOTE_FILL, type LaneKind, type Note } from '../../../shared/model';
import type { MessageKey } from '../../../shared/i18n';
import { fitNoteText, NOTE_FOOTER_HEIGHT } from '../../../shared/layout/text-fit';
import { COLORS, FONT_FAMILY, LANE_STRIPE, NOTE_LINE_HEIGHT, NOTE_PADDING } from './theme';

export interface NoteShapeProps {
  note: Note;
  x: number;
  y: number;
  width: number;
  height: number;
  /** What the note's lane kind adds (channel, impact, KPI values), already translated. */
  footer: string;
  /** Notes of these lanes carry an accent so they read apart from ordinary notes at a glance. */
  laneKind: LaneKind | undefined;
  selected: boolean;
  editing: boolean;
  /** Faded because the board is highlighting a persona this note is not tagged with. */
  dimmed?: boolean;
  /** Colours of the personas the note is tagged with, comma-separated (a string keeps memo cheap). */
  personaColors?: string;
}

/** The small line under a note's text that shows what its lane kind records. */
export function noteFooter(note: Note, t: (key: MessageKey, params?: Record<string, string | number>) => string): string {
  const parts: string[] = [];
  if (note.channel) parts.push(t(note.channel === 'online' ? 'note.online' : 'note.offline'));
  if (note.impact !== undefined) parts.push(t('note.impact', { n: note.impact }));
  if (note.metric !== undefined || note.current !== undefined || note.target !== undefined) {
    parts.push(`${note.current ?? '–'} → ${note.target ?? '–'}`);
  }
  if (note.evidence) parts.push(t(note.evidence === 'quantitative' ? 'note.quantitative' : 'note.qualitative'));
  return parts.join(' · ');
}

/** How many times a note was rendered (benchmarks check that an edit renders one note). */
export const noteRenderCount = { value: 0 };

/** Pain points, moments of truth and opportunities are told apart by shape, not colour alone. */
const ACCENT: Partial<Record<LaneKind, { color: string; mark: 'bar' | 'diamond' | 'dot' }>> = {
  painPoints: { color: LANE_STRIPE.painPoints, mark: 'bar' },
  momentsOfTruth: { color: LANE_STRIPE.momentsOfTruth, mark: 'diamond' },
  opportunities: { color: LANE_STRIPE.opportunities, mark: 'dot' },
};

/**
 * One sticky note, drawn only: pressing, dragging and double-clicking it go through the board's
 * hit test and gestures. Memoized: it repaints only when its own record or box changes.
 */
export const NoteShape = memo(function NoteShape(props: NoteShapeProps) {
  const { note, x, y, width, height, footer, laneKind, selected, editing, dimmed, personaColors } = props;
  noteRenderCount.value++;
  const accent = laneKind ? ACCENT[laneKind] : undefined;
  const footerHeight = footer ? NOTE_FOOTER_HEIGHT : 0;
  // Sized to the sticky (shared/layout/text-fit.ts, cached): the print and exports draw the same lines.
  const fit = editing ? null : fitNoteText(note.text, { width, height }, !!footer);
  return (
    <Group
      x={x}
      y={y}
      width={width}
      height={height}
      name="note"
      id={`note-${note.id}`}
      opacity={dimmed && !selected ? 0.25 : 1}
    >
      <Rect
        width={width}
        height={height}
        fill={NOTE_FILL[note.color]}
        cornerRadius={4}
        stroke={selected ? COLORS.selection : COLORS.noteBorder}
        strokeWidth={selected ? 3 : 1}
        perfectDrawEnabled={false}
      />
      {accent?.mark === 'bar' && <Rect x={0} y={0} width={6} height={height} fill={accent.color} cornerRadius={[4, 0, 0, 4]} listening={false} />}
      {accent?.mark === 'diamond' && (
        <Rect x={width - 12} y={4} width={10} height={10} rotation={45} fill={accent.color} listening={false} perfectDrawEnabled={false} />
      )}
      {accent?.mark === 'dot' && <Circle x={width - 10} y={10} radius={5} fill={accent.color} listening={false} perfectDrawEnabled={false} />}
      {fit && (
        <Text
          name="note-text"
          x={NOTE_PADDING}
          y={NOTE_PADDING}
          width={width - 2 * NOTE_PADDING}
          height={height - 2 * NOTE_PADDING - footerHeight}
          text={fit.lines.join('\n')}
          fontFamily={FONT_FAMILY}
          fontSize={fit.fontSize}
          lineHeight={NOTE_LINE_HEIGHT}
          fill={COLORS.noteText}
          wrap="none"
          listening={false}
          perfectDrawEnabled={false}
        />
      )}
      {personaColors?.split(',').map((color, i) => (
        <Circle key={i} x={width - (accent && accent.mark !== 'bar' ? 28 : 10) - i * 13} y={10} radius={5} fill={color} stroke="#fff" strokeWidth={1.5} listening={false} perfectDrawEnabled={false} />
      ))}
      {footer && (
        <Text
          x={NOTE_PADDING}
          y={height - NOTE_PADDING - 14}
          width={width - 2 * NOTE_PADDING}
          text={footer}
          fontFamily={FONT_FAMILY}
          fontSize={12}
          fill={COLORS.muted}
          wrap="none"
          ellipsis
          listening={false}
        />
      )}
    </Group>
  );
});
