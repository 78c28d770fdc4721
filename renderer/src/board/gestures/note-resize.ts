import { updateNote } from '../../../../shared/doc';
import { NOTE_MAX_SIZE, NOTE_MIN_SIZE } from '../../../../shared/model';
import type { NoteBox } from '../../../../shared/layout/board-layout';
import { StepWriter } from './step-writer';
import type { Gesture, GestureEnv, PointerInput } from './types';

/** Note sizes snap to this grid so notes line up. */
export const NOTE_SIZE_SNAP = 10;

export const clampNoteSize = (value: number) => Math.min(NOTE_MAX_SIZE, Math.max(NOTE_MIN_SIZE, Math.round(value / NOTE_SIZE_SNAP) * NOTE_SIZE_SNAP));

/**
 * Dragging the resize handle of the selected note: the note is drawn at the new size at frame
 * rate; the size reaches the doc a few times a second and on release, one undo step.
 */
export function noteResizeGesture(env: GestureEnv, box: NoteBox, down: PointerInput): Gesture {
  const writer = new StepWriter(env);
  const doc = env.editor.doc;
  // Where in the handle the press landed, so the corner does not jump to the pointer.
  const grab = { x: box.x + box.width - down.board.x, y: box.y + box.height - down.board.y };
  const sizeAt = (input: PointerInput) => ({ width: clampNoteSize(input.board.x + grab.x - box.x), height: clampNoteSize(input.board.y + grab.y - box.y) });
  let last = { width: box.width, height: box.height };
  let done = false;
  const write = (size: { width: number; height: number }) => () => updateNote(doc, box.id, size);
  return {
    kind: 'note-resize',
    move(input) {
      if (done) return;
      const size = sizeAt(input);
      env.feedback.noteSize({ id: box.id, ...size });
      if (size.width !== last.width || size.height !== last.height) {
        last = size;
        writer.write(write(size));
      }
    },
    up(input) {
      if (done) return;
      done = true;
      env.feedback.noteSize(null);
      const size = sizeAt(input);
      writer.finish(writer.wrote || size.width !== box.width || size.height !== box.height ? write(size) : undefined);
    },
    cancel() {
      if (done) return;
      done = true;
      env.feedback.noteSize(null);
      writer.close();
      if (writer.wrote) env.editor.undo();
    },
  };
}
