/**
 * Other participants on the journey board: an overlay Konva layer (not listening) with their
 * cursors and names, outlines of what they selected or are typing in, and ghosts of the notes
 * they are dragging. Sizes stay constant on screen whatever the zoom.
 */
import { Fragment } from 'react';
import { Group, Layer, Line, Rect, Text } from 'react-konva';
import type { BoardLayout } from '../../../shared/layout/board-layout';
import type { Editor } from '../editor/editor';
import { useSlice } from '../editor/hooks';
import { EDITING } from '../editor/slices';
import { placeTags, type Box, type TagRequest } from './tag-placement';
import { APP_FONT_FAMILY as FONT_FAMILY } from '../theme/fonts';
import { useCollab } from './hooks';

const LABEL_FONT = 12;

const TAG_HEIGHT = LABEL_FONT + 8;
const tagWidth = (name: string) => Math.min(200, name.length * 7 + 12);

function NameTag({ x, y, name, colour, scale }: { x: number; y: number; name: string; colour: string; scale: number }) {
  const width = tagWidth(name);
  return (
    <Group x={x} y={y} scaleX={1 / scale} scaleY={1 / scale}>
      <Rect width={width} height={LABEL_FONT + 8} fill={colour} cornerRadius={4} />
      <Text text={name} x={6} y={4} width={width - 8} fontSize={LABEL_FONT} fontFamily={FONT_FAMILY} fill="#ffffff" wrap="none" ellipsis />
    </Group>
  );
}

export function PresenceLayer({ app, boardId, layout, scale }: { app: Editor; boardId: string; layout: BoardLayout; scale: number }) {
  const collab = useCollab(app);
  const myNote = useSlice(app, EDITING, (s) => s.editingNoteId);
  const here = collab.participants.filter((p) => p.boardId === boardId);
  if (collab.phase === 'idle' || here.length === 0) return null;
  // Name tags go where they cover neither a note being typed in (anyone's, mine too) nor each other.
  const typedIn = [myNote, ...here.map((p) => p.editing)].flatMap((id) => (id && layout.notes.get(id)) || []) as Box[];
  const requests: TagRequest[] = here.flatMap((p): TagRequest[] => {
    const size = (name: string) => ({ width: tagWidth(name) / scale, height: TAG_HEIGHT / scale });
    const editingBox = p.editing ? layout.notes.get(p.editing) : undefined;
    return [
      ...(editingBox ? [{ key: `edit-${p.clientId}`, anchor: { kind: 'editing' as const, note: editingBox }, ...size(`${p.name} ✎`) }] : []),
      // Someone typing is named above their note already; their cursor keeps only its arrow.
      ...(p.cursor && !editingBox ? [{ key: `cursor-${p.clientId}`, anchor: { kind: 'cursor' as const, x: p.cursor.x, y: p.cursor.y }, ...size(p.name) }] : []),
    ];
  });
  const tags = placeTags(requests, typedIn, 4 / scale);
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
                  {editing && tags.has(`edit-${p.clientId}`) && <NameTag x={tags.get(`edit-${p.clientId}`)!.x} y={tags.get(`edit-${p.clientId}`)!.y} name={`${p.name} ✎`} colour={p.colour} scale={scale} />}
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
              </Group>
            )}
            {p.cursor && tags.has(`cursor-${p.clientId}`) && (
              <NameTag x={tags.get(`cursor-${p.clientId}`)!.x} y={tags.get(`cursor-${p.clientId}`)!.y} name={p.name} colour={p.colour} scale={scale} />
            )}
          </Fragment>
        );
      })}
    </Layer>
  );
}
