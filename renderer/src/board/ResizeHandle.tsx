import { Rect } from 'react-konva';
import { updateNote } from '../../../shared/doc';
import { NOTE_MAX_SIZE, NOTE_MIN_SIZE } from '../../../shared/model';
import type { NoteBox } from '../../../shared/layout/board-layout';
import type { AppController } from '../workspace/controller';
import { COLORS } from './theme';

const HANDLE = 14;
/** Note sizes snap to this grid so notes line up. */
const SNAP = 10;

const clampSize = (value: number) => Math.min(NOTE_MAX_SIZE, Math.max(NOTE_MIN_SIZE, Math.round(value / SNAP) * SNAP));

/** The bottom-right handle of the one selected note: drag to resize, written on release. */
export function ResizeHandle({ app, box, onPreview }: { app: AppController; box: NoteBox; onPreview: (p: { id: string; width: number; height: number } | null) => void }) {
  return (
    <Rect
      key={`${box.id}:${box.width}x${box.height}`}
      name="resize-handle"
      x={box.x + box.width - HANDLE / 2}
      y={box.y + box.height - HANDLE / 2}
      width={HANDLE}
      height={HANDLE}
      fill="#fff"
      stroke={COLORS.selection}
      strokeWidth={2}
      cornerRadius={3}
      draggable
      onMouseEnter={(e) => {
        const container = e.target.getStage()?.container();
        if (container) container.style.cursor = 'nwse-resize';
      }}
      onMouseLeave={(e) => {
        const container = e.target.getStage()?.container();
        if (container) container.style.cursor = '';
      }}
      onDragMove={(e) => {
        const width = clampSize(e.target.x() + HANDLE / 2 - box.x);
        const height = clampSize(e.target.y() + HANDLE / 2 - box.y);
        onPreview({ id: box.id, width, height });
      }}
      onDragEnd={(e) => {
        const width = clampSize(e.target.x() + HANDLE / 2 - box.x);
        const height = clampSize(e.target.y() + HANDLE / 2 - box.y);
        onPreview(null);
        e.target.position({ x: box.x + box.width - HANDLE / 2, y: box.y + box.height - HANDLE / 2 });
        updateNote(app.state.session.doc, box.id, { width, height });
        app.state.session.undo.stopCapturing();
      }}
    />
  );
}
