/**
 * Other participants on the journey board: an overlay Konva layer (not listening) with their
 * cursors and names, outlines of what they selected or are typing in, and ghosts of the notes
 * they are dragging. Sizes stay constant on screen whatever the zoom.
 */
import { Fragment } from 'react';
import { Group, Layer, Line, Rect, Text } from 'react-konva';
import type { BoardLayout } from '../../../shared/layout/board-layout';
import type { Editor } from '../editor/editor';
import { APP_FONT_FAMILY as FONT_FAMILY } from '../theme/fonts';
import { useCollab } from './hooks';

const LABEL_FONT = 12;

function NameTag({ x, y, name, colour, scale }: { x: number; y: number; name: string; colour: string; scale: number }) {
  const width = Math.min(200, name.length * 7 + 12);
  return (
    <Group x={x} y={y} scaleX={1 / scale} scaleY={1 / scale}>
      <Rect width={width} height={LABEL_FONT + 8} fill={colour} cornerRadius={4} />
      <Text text={name} x={6} y={4} width={width - 8} fontSize={LABEL_FONT} fontFamily={FONT_FAMILY} fill="#ffffff" wrap="none" ellipsis />
    </Group>
  );
}

export function PresenceLayer({ app, boardId, layout, scale }: { app: Editor; boardId: string; layout: BoardLayout; scale: number }) {
  const collab = useCollab(app);
  const here = collab.participants.filter((p) => p.boardId === boardId);
  if (collab.phase === 'idle' || here.length === 0) return null;
  return (
    <Layer listening={false} name="presence">
      {here.map((p) => {
        const outlined = new Set(p.selection);
        if (p.editing) outlined.add(p.editing);
        const dragged = p.dragging ? p.dragging.ids : [];
        return (
          <Fragment key={p.clientId}>
            {[...outlined].map((id) => {
              const box = layout.notes.get(id);
              if (!box) return null;
              const editing = id === p.editing;
              return (
                <Fragment key={id}>
                  <Rect x={box.x - 3 / scale} y={box.y - 3 / scale} width={box.width + 6 / scale} height={box.height + 6 / scale} stroke={p.colour} strokeWidth={(editing ? 3 : 2) / scale} dash={editing ? undefined : [6 / scale, 4 / scale]} cornerRadius={4 / scale} />
                  {editing && <NameTag x={box.x} y={box.y - (LABEL_FONT + 12) / scale} name={`${p.name} ✎`} colour={p.colour} scale={scale} />}
                </Fragment>
              );
            })}
            {p.dragging &&
              dragged.map((id) => {
                const box = layout.notes.get(id);
                return box ? <Rect key={`drag-${id}`} x={box.x + p.dragging!.dx} y={box.y + p.dragging!.dy} width={box.width} height={box.height} fill={p.colour} opacity={0.25} stroke={p.colour} strokeWidth={2 / scale} cornerRadius={4 / scale} /> : null;
              })}
            {p.cursor && (
              <Group x={p.cursor.x} y={p.cursor.y}>
                <Group scaleX={1 / scale} scaleY={1 / scale}>
                  <Line points={[0, 0, 0, 17, 4.5, 13, 8, 20.5, 11, 19, 7.5, 12, 13, 12]} closed fill={p.colour} stroke="#ffffff" strokeWidth={1.5} />
                </Group>
                <NameTag x={14 / scale} y={16 / scale} name={p.name} colour={p.colour} scale={scale} />
              </Group>
            )}
          </Fragment>
        );
      })}
    </Layer>
  );
}
