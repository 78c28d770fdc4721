import { useEffect } from 'react';
import { NOTE_FILL, type Note } from '../../../shared/model';
import type { NoteBox } from '../../../shared/layout/board-layout';
import type { Viewport } from '../../../shared/layout/viewport';
import type { Editor } from '../editor/editor';
import { EDITING } from '../editor/slices';
import { useTextField } from '../editor/text-field';
import { fitNoteText } from '../../../shared/layout/text-fit';
import { FONT_FAMILY, NOTE_LINE_HEIGHT, NOTE_PADDING } from './theme';

/**
 * Text editing happens in a DOM textarea laid over the note (IME, emoji, spell-check and
 * screen readers work as everywhere else). It is a collaborative text field like every other
 * (editor/text-field.ts): every keystroke goes to the doc so peers see typing live, the caret
 * stays on our own characters while a peer types into the same note, and Escape, Ctrl+Enter or
 * clicking away ends the edit as one undo step. Mount it keyed by the note: one note per edit.
 */
export function NoteEditor({ app, note, box, viewport }: { app: Editor; note: Note; box: NoteBox; viewport: Viewport }) {
  const field = useTextField<HTMLTextAreaElement>({
    mode: 'live',
    editor: app,
    field: { collection: 'notes', id: note.id, field: 'text' },
    value: note.text,
    multiline: true,
    onEnd: () => {
      if (app.get(EDITING).editingNoteId === note.id) app.editNote(null);
    },
  });

  // Typing starts at once, with the whole text selected (typing replaces it); focus opens the step.
  useEffect(() => {
    const textarea = field.ref.current;
    if (!textarea) return;
    textarea.focus();
    textarea.select();
  }, []);

  const s = viewport.scale;
  return (
    <textarea
      {...field}
      className="note-editor"
      aria-label={app.t('editor.label')}
      spellCheck
      style={{
        left: viewport.x + box.x * s,
        top: viewport.y + box.y * s,
        width: box.width * s,
        height: box.height * s,
        padding: NOTE_PADDING * s,
        // The size the note draws its text at, refitted as it is typed (shared/layout/text-fit.ts).
        fontSize: fitNoteText(note.text, box, false).fontSize * s,
        lineHeight: NOTE_LINE_HEIGHT,
        fontFamily: FONT_FAMILY,
        background: NOTE_FILL[note.color],
      }}
    />
  );
}
