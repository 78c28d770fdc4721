import { deleteNotes, insertNotes, noteContent, parseClipboard, type NoteContent } from '../../../shared/doc';
import { DEFAULT_NOTE_HEIGHT, DEFAULT_NOTE_WIDTH, LANE_DEFAULT_COLOR } from '../../../shared/model';
import type { AppController, ContextTarget } from '../workspace/controller';
import { targetCell } from './registry';

/**
 * Copy and paste of notes. The clipboard carries the notes twice: as our own MIME type (every
 * field, so a paste into another board or another Journey window is exact) and as plain text,
 * one line per note, for every other app. Plain text pasted in becomes one note per line.
 */
export const NOTES_MIME = 'application/x-journey-notes+json';

interface Payload {
  readonly notes: readonly NoteContent[];
}

function selectedContents(app: AppController): NoteContent[] {
  const view = app.state.session.view.getView();
  return app.state.selectedNoteIds.map((id) => view.notes[id]).flatMap((note) => (note ? [noteContent(note)] : []));
}

function plainText(notes: readonly NoteContent[]): string {
  return notes.map((n) => n.text.replace(/\s*\n\s*/g, ' ')).join('\n');
}

/** Fill a copy/cut event's clipboard with the selected notes; false when there is nothing to copy. */
export function writeSelection(app: AppController, data: DataTransfer): boolean {
  const notes = selectedContents(app);
  if (!notes.length) return false;
  data.setData('text/plain', plainText(notes));
  data.setData(NOTES_MIME, JSON.stringify({ notes } satisfies Payload));
  return true;
}

/** Copy from a menu click: the async clipboard API carries plain text only, so notes go as lines. */
export async function copySelection(app: AppController): Promise<boolean> {
  const notes = selectedContents(app);
  if (!notes.length) return false;
  // execCommand('copy') fires our copy listener with full data when the page may use it.
  if (document.execCommand?.('copy')) return true;
  try {
    await navigator.clipboard.writeText(plainText(notes));
    return true;
  } catch {
    app.store.set({ error: { title: app.t('error.clipboardTitle'), message: app.t('error.clipboardBody') } });
    return false;
  }
}

/** Paste into the right-clicked or selected cell, after the selected note when there is one. */
export function pasteNotes(app: AppController, notes: readonly NoteContent[], target?: ContextTarget): string[] {
  const cell = targetCell(app, target);
  if (!cell || !notes.length) return [];
  const view = app.state.session.view.getView();
  const after = app.state.selectedNoteIds.map((id) => view.notes[id]).find((n) => n && n.stageId === cell.stageId && n.laneId === cell.laneId);
  const ids = insertNotes(app.state.session.doc, notes, after ? { ...cell, afterNoteId: after.id } : cell, '');
  app.state.session.undo.stopCapturing();
  app.store.set({ selectedNoteIds: ids, selectedCell: null });
  return ids;
}

/** Plain-text lines become notes in the target lane's colour, at the default size. */
function laneDefaults(app: AppController, target?: ContextTarget): Pick<NoteContent, 'color' | 'width' | 'height'> {
  const cell = targetCell(app, target);
  const lane = cell ? app.state.session.view.getView().lanes[cell.laneId] : undefined;
  return { color: lane ? LANE_DEFAULT_COLOR[lane.kind] : 'yellow', width: DEFAULT_NOTE_WIDTH, height: DEFAULT_NOTE_HEIGHT };
}

/** Paste from a menu click, through the async clipboard API (plain text only). */
export async function pasteFromClipboardApi(app: AppController, target?: ContextTarget): Promise<void> {
  try {
    const text = await navigator.clipboard.readText();
    pasteNotes(app, parseClipboard(null, text, laneDefaults(app, target)), target);
  } catch {
    app.store.set({ error: { title: app.t('error.clipboardTitle'), message: app.t('error.pasteBody') } });
  }
}

/** Wire the document's copy, cut and paste events (keyboard shortcuts and the native Edit menu). */
export function installClipboard(app: AppController): () => void {
  const typing = (t: EventTarget | null) => t instanceof HTMLElement && (t.isContentEditable || ['INPUT', 'TEXTAREA'].includes(t.tagName));
  const onCopy = (event: ClipboardEvent) => {
    if (typing(event.target) || !event.clipboardData) return;
    if (writeSelection(app, event.clipboardData)) event.preventDefault();
  };
  const onCut = (event: ClipboardEvent) => {
    if (typing(event.target) || !event.clipboardData) return;
    if (writeSelection(app, event.clipboardData)) {
      event.preventDefault();
      deleteNotes(app.state.session.doc, app.state.selectedNoteIds);
      app.state.session.undo.stopCapturing();
      app.store.set({ selectedNoteIds: [] });
    }
  };
  const onPaste = (event: ClipboardEvent) => {
    if (typing(event.target) || !event.clipboardData) return;
    const notes = parseClipboard(event.clipboardData.getData(NOTES_MIME) || null, event.clipboardData.getData('text/plain') || null, laneDefaults(app));
    if (notes.length && pasteNotes(app, notes).length) event.preventDefault();
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
