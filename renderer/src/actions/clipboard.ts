import { message } from '../../../shared/i18n';
import { deleteNotes, insertNotes, noteContent, parseClipboard, type NoteContent } from '../../../shared/doc';
import { DEFAULT_NOTE_HEIGHT, DEFAULT_NOTE_WIDTH, LANE_DEFAULT_COLOR } from '../../../shared/model';
import type { Editor } from '../editor/editor';
import { SELECTION, type ContextTarget } from '../editor/slices';
import { author, targetCell } from './targets';

/**
 * Copy and paste of notes. The clipboard carries the notes twice: as our own MIME type (every
 * field, so a paste into another board or another Journey window is exact) and as plain text,
 * one line per note, for every other editor. Plain text pasted in becomes one note per line.
 */
export const NOTES_MIME = 'application/x-journey-notes+json';

interface Payload {
  readonly notes: readonly NoteContent[];
}

function selectedContents(editor: Editor): NoteContent[] {
  const view = editor.view();
  return editor.selection.selectedNoteIds.map((id) => view.notes[id]).flatMap((note) => (note ? [noteContent(note)] : []));
}

function plainText(notes: readonly NoteContent[]): string {
  return notes.map((n) => n.text.replace(/\s*\n\s*/g, ' ')).join('\n');
}

/** Fill a copy/cut event's clipboard with the selected notes; false when there is nothing to copy. */
export function writeSelection(editor: Editor, data: DataTransfer): boolean {
  const notes = selectedContents(editor);
  if (!notes.length) return false;
  data.setData('text/plain', plainText(notes));
  data.setData(NOTES_MIME, JSON.stringify({ notes } satisfies Payload));
  return true;
}

/** Copy from a menu click: the async clipboard API carries plain text only, so notes go as lines. */
export async function copySelection(editor: Editor): Promise<boolean> {
  const notes = selectedContents(editor);
  if (!notes.length) return false;
  // execCommand('copy') fires our copy listener with full data when the page may use it.
  if (document.execCommand?.('copy')) return true;
  try {
    await navigator.clipboard.writeText(plainText(notes));
    return true;
  } catch {
    editor.showError(message('error.clipboardTitle'), message('error.clipboardBody'));
    return false;
  }
}

/** Paste into the right-clicked or selected cell, after the selected note when there is one. */
export function pasteNotes(editor: Editor, notes: readonly NoteContent[], target?: ContextTarget): string[] {
  const cell = targetCell(editor, target);
  if (!cell || !notes.length) return [];
  const view = editor.view();
  const after = editor.selection.selectedNoteIds.map((id) => view.notes[id]).find((n) => n && n.stageId === cell.stageId && n.laneId === cell.laneId);
  const ids = editor.edit(() => insertNotes(editor.doc, notes, after ? { ...cell, afterNoteId: after.id } : cell, author(editor)));
  editor.select(ids);
  return ids;
}

/** Plain-text lines become notes in the target lane's colour, at the default size. */
function laneDefaults(editor: Editor, target?: ContextTarget): Pick<NoteContent, 'color' | 'width' | 'height'> {
  const cell = targetCell(editor, target);
  const lane = cell ? editor.view().lanes[cell.laneId] : undefined;
  return { color: lane ? LANE_DEFAULT_COLOR[lane.kind] : 'yellow', width: DEFAULT_NOTE_WIDTH, height: DEFAULT_NOTE_HEIGHT };
}

/** Paste from a menu click, through the async clipboard API (plain text only). */
export async function pasteFromClipboardApi(editor: Editor, target?: ContextTarget): Promise<void> {
  try {
    const text = await navigator.clipboard.readText();
    pasteNotes(editor, parseClipboard(null, text, laneDefaults(editor, target)), target);
  } catch {
    editor.showError(message('error.clipboardTitle'), message('error.pasteBody'));
  }
}

/** Wire the document's copy, cut and paste events (keyboard shortcuts and the native Edit menu). */
export function installClipboard(editor: Editor): () => void {
  const typing = (t: EventTarget | null) => t instanceof HTMLElement && (t.isContentEditable || ['INPUT', 'TEXTAREA'].includes(t.tagName));
  const onCopy = (event: ClipboardEvent) => {
    if (typing(event.target) || !event.clipboardData) return;
    if (writeSelection(editor, event.clipboardData)) event.preventDefault();
  };
  const onCut = (event: ClipboardEvent) => {
    if (typing(event.target) || !event.clipboardData) return;
    if (writeSelection(editor, event.clipboardData)) {
      event.preventDefault();
      const ids = editor.selection.selectedNoteIds;
      editor.edit(() => deleteNotes(editor.doc, ids));
      editor.update(SELECTION, { selectedNoteIds: [] });
    }
  };
  const onPaste = (event: ClipboardEvent) => {
    if (typing(event.target) || !event.clipboardData) return;
    const notes = parseClipboard(event.clipboardData.getData(NOTES_MIME) || null, event.clipboardData.getData('text/plain') || null, laneDefaults(editor));
    if (notes.length && pasteNotes(editor, notes).length) event.preventDefault();
  };
  document.addEventListener('copy', onCopy);
  document.addEventListener('cut', onCut);
  document.addEventListener('paste', onPaste);
  return () => {
    document.removeEventListener('copy', onCopy);
    document.removeEventListener('cut', onCut);
    document.removeEventListener('paste', onPaste);
  };
}
