import { Circle, Group, Layer, Rect, Text } from 'react-konva';
import { isFaceDown } from '../../../shared/facilitation';
import type { BoardLayout } from '../../../shared/layout/board-layout';
import type { Editor } from '../editor/editor';
import { shallowEqual, useSlice, useViewValue } from '../editor/hooks';
import { APP_FONT_FAMILY as FONT_FAMILY } from '../theme/fonts';
import { FACILITATION_UI } from './controller';

const DOT = '#1c6ed6';
const BADGE = '#d93025';
const CARD_BACK = '#5b4b9a';

/**
 * What facilitation draws over the journey board's notes (a Konva layer, not listening):
 * the dots of whoever votes here while a round is open, the counts after the reveal, and
 * other people's private-round notes as face-down cards (same size and place, no text, no author).
 */
export function FacilitationLayer({ app, layout }: { app: Editor; layout: BoardLayout }) {
  const ui = useSlice(app, FACILITATION_UI, (s) => ({ state: s.state, me: s.me, dots: s.dots, results: s.results }), shallowEqual);
  const open = ui.state.privateRound?.state === 'open' ? ui.state.privateRound.id : null;
  const faceDown = useViewValue(
    app,
    (v) => (open ? Object.values(v.notes).filter((n) => layout.notes.has(n.id) && isFaceDown(ui.state, n, ui.me)).map((n) => n.id) : []),
    shallowEqual,
  );
  const own = new Map<string, number>();
  if (ui.state.round?.state === 'open') for (const id of ui.dots) own.set(id, (own.get(id) ?? 0) + 1);
  const counts = ui.results?.ranking ?? [];
  if (faceDown.length === 0 && own.size === 0 && counts.length === 0) return null;
  return (
    <Layer listening={false} name="facilitation">
      {faceDown.map((id) => {
        const box = layout.notes.get(id)!;
        return (
          <Group key={`fd-${id}`} x={box.x} y={box.y}>
            <Rect width={box.width} height={box.height} fill={CARD_BACK} cornerRadius={4} stroke="#ffffff" strokeWidth={1} perfectDrawEnabled={false} />
            <Rect x={6} y={6} width={box.width - 12} height={box.height - 12} cornerRadius={3} stroke="rgba(255,255,255,0.55)" strokeWidth={2} dash={[6, 4]} perfectDrawEnabled={false} />
            <Text text="?" width={box.width} height={box.height} align="center" verticalAlign="middle" fontSize={Math.min(48, box.height / 2)} fontFamily={FONT_FAMILY} fill="rgba(255,255,255,0.8)" />
          </Group>
        );
      })}
      {[...own].map(([id, n]) => {
        const box = layout.notes.get(id);
        if (!box) return null;
        return (
          <Group key={`dot-${id}`} x={box.x + 4} y={box.y + box.height - 22}>
            {Array.from({ length: Math.min(n, 6) }, (_, i) => (
              <Circle key={i} x={10 + i * 16} y={10} radius={8} fill={DOT} stroke="#ffffff" strokeWidth={2} perfectDrawEnabled={false} />
            ))}
          </Group>
        );
      })}
      {counts.map((r) => {
        const box = layout.notes.get(r.noteId);
        if (!box) return null;
        return (
          <Group key={`count-${r.noteId}`} x={box.x + box.width - 14} y={box.y - 10}>
            <Circle radius={17} fill={BADGE} stroke="#ffffff" strokeWidth={2} perfectDrawEnabled={false} />
            <Text text={String(r.count)} x={-17} y={-9} width={34} align="center" fontSize={18} fontStyle="bold" fontFamily={FONT_FAMILY} fill="#ffffff" />
          </Group>
        );
      })}
    </Layer>
  );
}
