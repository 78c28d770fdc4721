import {
  addPersona,
  addPersonaBoard,
  deletePersona,
  linkPersona,
  duplicatePersona,
  insertPersonas,
  personaContent,
  updatePersona,
  type PersonaContent,
} from '../../../shared/doc';
import { loadErrorMessage, loadWorkspaceFile } from '../../../shared/file';
import { fixed, message, type Message } from '../../../shared/i18n';
import { byOrder, type Persona } from '../../../shared/model';
import type { PhotoRefusal } from '../../../shared/persona/photo-size';
import { personasFromJson, personasToJson, personasToText, PERSONAS_MIME } from '../../../shared/persona/transfer';
import { MAX_FILE_BYTES } from '../../../shared/host-api';
import type { Editor } from '../editor/editor';
import { personaUi } from './persona-ui';
import { NOTICES } from '../editor/slices';
import { photoFromFile, pickFile } from './photo';

/** What the persona UI does, as plain functions over the app (the action registry calls them too). */

const personasOf = (app: Editor): Persona[] => Object.values(app.view().personas).sort(byOrder);

/** Show the workspace's persona board, making one when there is none yet. */
export function openPersonaBoard(app: Editor): string {
  const boards = Object.values(app.view().boards).sort(byOrder);
  const id = boards.find((b) => b.kind === 'persona')?.id ?? app.edit(() => addPersonaBoard(app.doc, app.t('boards.persona')));
  if (app.selection.activeBoardId !== id) app.openBoard(id);
  return id;
}

/**
 * Add a persona from wherever the user is: on a journey it walks the journey at once, its card
 * open beside the board; elsewhere the persona board opens with the new card.
 */
export function addPersonaHere(app: Editor): string {
  const board = app.selection.activeBoardId ? app.view().boards[app.selection.activeBoardId] : undefined;
  if (board?.kind === 'journey') {
    const id = addPersonaCard(app);
    app.edit(() => linkPersona(app.doc, board.id, id));
    personaUi(app).set({ sideCard: id });
    return id;
  }
  if (board?.kind !== 'persona') openPersonaBoard(app);
  return addPersonaCard(app);
}

/** A new persona at the end of the workspace's list; its name field gets the focus. */
export function addPersonaCard(app: Editor): string {
  const id = app.edit(() => addPersona(app.doc, app.t('persona.newName', { n: personasOf(app).length + 1 })));
  personaUi(app).set({ selected: [id] });
  focusPersonaName(id);
  return id;
}

/** Put the caret in a just-made persona's name (its card renders on the next frame). */
export function focusPersonaName(personaId: string): void {
  requestAnimationFrame(() => document.querySelector<HTMLTextAreaElement>(`[data-persona-id="${personaId}"] [name="name"]`)?.select());
}

export function duplicatePersonaCard(app: Editor, personaId: string): string | null {
  const persona = app.view().personas[personaId];
  if (!persona) return null;
  const id = app.edit(() => duplicatePersona(app.doc, personaId, app.t('board.copyOf', { name: persona.name })));
  if (id) personaUi(app).set({ selected: [id] });
  return id;
}

/** Delete a persona; when journeys use it (links, tags, curves) ask first and say undo restores it. */
export async function deletePersonaCard(app: Editor, personaId: string): Promise<boolean> {
  const view = app.view();
  const persona = view.personas[personaId];
  if (!persona) return false;
  const boards = Object.values(view.boards).filter((b) => b.kind === 'journey' && b.personaIds.includes(personaId)).length;
  const notes = Object.values(view.notes).filter((n) => n.personaIds?.includes(personaId)).length;
  if (boards || notes) {
    const answer = await app.ask({
      title: message('persona.deleteTitle', { name: persona.name || message('persona.unnamed') }),
      body: message('persona.deleteBody', { boards, notes }),
      choices: [
        { value: 'cancel', label: message('unsaved.cancel') },
        { value: 'delete', label: message('action.delete'), danger: true, primary: true },
      ],
    });
    if (answer !== 'delete') return false;
  }
  app.edit(() => deletePersona(app.doc, personaId));
  const ui = personaUi(app);
  ui.set((s) => ({ selected: s.selected.filter((id) => id !== personaId), sideCard: s.sideCard === personaId ? null : s.sideCard }));
  return true;
}

export function refusalMessage(refusal: PhotoRefusal): Message {
  switch (refusal.code) {
    case 'too-large-file':
      return message('photo.tooLargeFile', { size: fixed(refusal.bytes / 1024 / 1024, 1), limit: Math.round(refusal.limit / 1024 / 1024) });
    case 'too-many-pixels':
      // Pixel sizes as people write them ("1920 × 1080"), without digit grouping.
      return message('photo.tooManyPixels', { width: String(refusal.width), height: String(refusal.height), limit: Math.round(refusal.limit / 1_000_000) });
    case 'not-an-image':
      return message('photo.notAnImage');
    case 'too-big-encoded':
      return message('photo.tooBigEncoded');
  }
}

/** Pick a picture, shrink it and store it on the persona; refusals are shown, nothing is stored raw. */
export async function choosePhoto(app: Editor, personaId: string): Promise<void> {
  const file = await pickFile('image/*');
  if (!file) return;
  app.showStatus(message('photo.reading', { name: file.name }));
  const result = await photoFromFile(file);
  if (!result.ok) {
    app.update(NOTICES, { status: null, error: { title: message('photo.refusedTitle', { name: file.name }), message: refusalMessage(result.refusal) } });
    return;
  }
  app.edit(() => updatePersona(app.doc, personaId, { photo: result.dataUrl }));
  app.update(NOTICES, { error: null, status: message('photo.stored', { kb: Math.ceil((result.dataUrl.length * 3) / 4 / 1024) }) });
}

export function removePhoto(app: Editor, personaId: string): void {
  app.edit(() => updatePersona(app.doc, personaId, { photo: undefined }));
}

/** Labels for the plain-text version of copied personas. */
function textLabels(app: Editor): Record<string, string> {
  const keys = ['role', 'age', 'quote', 'demographics', 'goals', 'needs', 'frustrations', 'behaviours', 'motivations', 'channels'] as const;
  return {
    ...Object.fromEntries(keys.map((k) => [k, app.t(`persona.${k}`)])),
    online: app.t('note.online'),
    offline: app.t('note.offline'),
  };
}

/** Fill a copy event's clipboard with the selected persona cards; false when none is selected. */
export function writePersonas(app: Editor, data: DataTransfer): boolean {
  const view = app.view();
  const contents = personaUi(app)
    .get()
    .selected.map((id) => view.personas[id])
    .filter((p): p is Persona => p !== undefined)
    .sort(byOrder)
    .map(personaContent);
  if (!contents.length) return false;
  data.setData('text/plain', personasToText(contents, textLabels(app)));
  data.setData(PERSONAS_MIME, personasToJson(contents));
  app.showStatus(message('persona.copied', { count: contents.length }));
  return true;
}

/** Add copied or imported personas to this workspace (new ids, photos included). */
export function addPersonas(app: Editor, contents: readonly PersonaContent[], statusKey: 'persona.pasted' | 'persona.imported'): string[] {
  const ids = app.edit(() => insertPersonas(app.doc, contents));
  // Show them where they live: the persona board (pasting on a journey would hide them).
  openPersonaBoard(app);
  personaUi(app).set({ selected: ids });
  app.showStatus(message(statusKey, { count: ids.length }));
  return ids;
}

/**
 * Copy and paste of persona cards through the document's clipboard events (Ctrl+C / Ctrl+V and
 * the Edit menu). Capture phase: a persona payload must not be pasted as notes by the note
 * clipboard, which listens on the same events.
 */
export function installPersonaClipboard(app: Editor, canCopy: () => boolean): () => void {
  // A ticked "Select" box keeps the focus: only fields that take text have their own clipboard.
  const typing = (t: EventTarget | null) =>
    t instanceof HTMLInputElement ? !['checkbox', 'radio', 'button', 'color', 'file'].includes(t.type) : t instanceof HTMLElement && (t.isContentEditable || t.tagName === 'TEXTAREA');
  const onCopy = (event: ClipboardEvent) => {
    if (typing(event.target) || !event.clipboardData || !canCopy()) return;
    if (writePersonas(app, event.clipboardData)) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  };
  const onPaste = (event: ClipboardEvent) => {
    if (typing(event.target) || !event.clipboardData) return;
    const contents = personasFromJson(event.clipboardData.getData(PERSONAS_MIME));
    if (!contents.length) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    addPersonas(app, contents, 'persona.pasted');
  };
  document.addEventListener('copy', onCopy, true);
  document.addEventListener('paste', onPaste, true);
  return () => {
    document.removeEventListener('copy', onCopy, true);
    document.removeEventListener('paste', onPaste, true);
  };
}

/** Copy from a button: execCommand fires our copy listener with the full payload. */
export function copySelectedPersonas(app: Editor): void {
  if (!document.execCommand?.('copy')) app.showError(message('error.clipboardTitle'), message('error.clipboardBody'));
}

/**
 * Import personas from another `.journey` file: read it through the same loader as Open, then
 * let the user pick which to bring over. A file picker of our own, not HostApi `files.open`:
 * that one makes the picked file this window's document, and Save would then overwrite it.
 */
export async function importPersonasFromFile(app: Editor): Promise<void> {
  const file = await pickFile('.journey,application/json,application/x-journey+json');
  if (!file) return;
  if (file.size > MAX_FILE_BYTES) {
    app.showError(message('error.openTitle', { name: file.name }), loadErrorMessage({ code: 'too-large', bytes: file.size, limit: MAX_FILE_BYTES }));
    return;
  }
  const result = loadWorkspaceFile(new Uint8Array(await file.arrayBuffer()));
  if (!result.ok) {
    app.showError(message('error.openTitle', { name: file.name }), loadErrorMessage(result.error));
    return;
  }
  const personas = [...result.snapshot.personas].sort(byOrder).map(personaContent);
  result.doc.destroy();
  if (!personas.length) {
    app.showError(message('import.title', { name: file.name }), message('import.none'));
    return;
  }
  app.dismissError();
  personaUi(app).set({ importing: { fileName: file.name, personas } });
}
