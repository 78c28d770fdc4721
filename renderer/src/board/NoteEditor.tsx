import { useEffect, useRef } from 'react';
import * as Y from 'yjs';
import { setNoteText } from '../../../shared/doc';
import { NOTE_FILL, type Note } from '../../../shared/model';
import type { NoteBox } from '../../../shared/layout/board-layout';
import type { AppController, EditStep } from '../workspace/controller';
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
  const step = useRef<EditStep | null>(null);

  useEffect(() => {
    const textarea = ref.current;
    if (!textarea) return;
    textarea.focus();
    textarea.select();
    // Everything typed until the edit ends is one undo step.
    const open = app.beginStep();
    step.current = open;
    return () => open.end();
  }, [note.id, session]);

  // The caret as Yjs relative positions, bound to the character on its left: when a peer types
  // into this note, the caret stays after our own last character instead of drifting into theirs.
  const caret = useRef<{ start: Y.RelativePosition; end: Y.RelativePosition } | null>(null);
  const noteText = () => {
    const value = session.doc.getMap('notes').get(note.id);
    const text = value instanceof Y.Map ? value.get('text') : null;
    return text instanceof Y.Text ? text : null;
  };
  const rememberCaret = () => {
    const textarea = ref.current;
    const text = noteText();
    if (!textarea || !text || textarea.value !== text.toString()) return;
    caret.current = {
      start: Y.createRelativePositionFromTypeIndex(text, textarea.selectionStart, -1),
      end: Y.createRelativePositionFromTypeIndex(text, textarea.selectionEnd, -1),
    };
  };

  // Keep the textarea in step when a peer (or undo) changes the text while we edit.
  useEffect(() => {
    const textarea = ref.current;
    if (textarea && textarea.value !== note.text) {
      let { selectionStart, selectionEnd } = textarea;
      const saved = caret.current;
      if (saved) {
        const start = Y.createAbsolutePositionFromRelativePosition(saved.start, session.doc);
        const end = Y.createAbsolutePositionFromRelativePosition(saved.end, session.doc);
        if (start && end) [selectionStart, selectionEnd] = [start.index, end.index];
      }
      textarea.value = note.text;
      textarea.setSelectionRange(selectionStart, selectionEnd);
    }
    rememberCaret();
  }, [note.text]);

  const finish = () => {
    step.current?.end();
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
      onChange={(event) => {
        setNoteText(session.doc, note.id, event.target.value);
        rememberCaret();
      }}
      onSelect={rememberCaret}
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
