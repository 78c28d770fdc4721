import { useEffect, useRef } from 'react';
import { setNoteText } from '../../../shared/doc';
import { NOTE_FILL, type Note } from '../../../shared/model';
import type { NoteBox } from '../../../shared/layout/board-layout';
import type { AppController } from '../workspace/controller';
import { FONT_FAMILY, NOTE_FONT_SIZE, NOTE_LINE_HEIGHT, NOTE_PADDING } from './theme';
import type { Viewport } from '../../../shared/layout/viewport';

/**
 * Text editing happens in a DOM textarea laid over the note (IME, emoji, spell-check and
 * screen readers work as everywhere else). Every keystroke goes to the doc so peers see
 * typing live; Escape, Ctrl+Enter or clicking away ends the edit as one undo step.
 */
export function NoteEditor({ app, note, box, viewport }: { app: AppController; note: Note; box: NoteBox; viewport: Viewport }) {
  const ref = useRef<HTMLTextAreaElement>(null);
  const { session } = app.state;

  useEffect(() => {
    const textarea = ref.current;
    if (!textarea) return;
    textarea.focus();
    textarea.select();
    return () => session.undo.stopCapturing();
  }, [note.id, session]);

  // Keep the textarea in step when a peer (or undo) changes the text while we edit.
  useEffect(() => {
    const textarea = ref.current;
    if (textarea && textarea.value !== note.text) {
      const { selectionStart, selectionEnd } = textarea;
      textarea.value = note.text;
      textarea.setSelectionRange(selectionStart, selectionEnd);
    }
  }, [note.text]);

  const finish = () => {
    session.undo.stopCapturing();
    if (app.state.editingNoteId === note.id) app.store.set({ editingNoteId: null });
  };

  const s = viewport.scale;
  return (
    <textarea
      ref={ref}
      className="note-editor"
      aria-label={app.t('editor.label')}
      defaultValue={note.text}
      spellCheck
      style={{
        left: viewport.x + box.x * s,
        top: viewport.y + box.y * s,
        width: box.width * s,
        height: box.height * s,
        padding: NOTE_PADDING * s,
        fontSize: NOTE_FONT_SIZE * s,
        lineHeight: NOTE_LINE_HEIGHT,
        fontFamily: FONT_FAMILY,
        background: NOTE_FILL[note.color],
      }}
      onChange={(event) => setNoteText(session.doc, note.id, event.target.value)}
      onBlur={finish}
      onKeyDown={(event) => {
        if (event.key === 'Escape' || (event.key === 'Enter' && (event.ctrlKey || event.metaKey))) {
          event.preventDefault();
          finish();
        }
        event.stopPropagation();
      }}
    />
  );
}
