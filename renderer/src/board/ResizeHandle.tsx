import { Rect } from 'react-konva';
import type { NoteBox } from '../../../shared/layout/board-layout';
import { RESIZE_HANDLE_SIZE } from '../../../shared/layout/hit-test';
import { COLORS } from './theme';

/** The bottom-right handle of the one selected note (dragging it is the note-resize gesture). */
export function ResizeHandle({ box }: { box: NoteBox }) {
  const half = RESIZE_HANDLE_SIZE / 2;
  return (
    <Rect
      name="resize-handle"
      x={box.x + box.width - half}
      y={box.y + box.height - half}
      width={RESIZE_HANDLE_SIZE}
      height={RESIZE_HANDLE_SIZE}
      fill="#fff"
      stroke={COLORS.selection}
      strokeWidth={2}
      cornerRadius={3}
      listening={false}
    />
  );
}
