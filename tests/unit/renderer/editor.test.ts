import { describe, expect, it } from 'vitest';
import { addNote, setNoteText } from '../../../shared/doc';
import { serializeWorkspace } from '../../../shared/file';
import { sampleWorkspace } from '../../../shared/model';
import { Editor } from '../../../renderer/src/editor/editor';
import { memoryPreferences } from '../../../renderer/src/editor/preferences';
import { WorkspaceSession } from '../../../renderer/src/editor/session';
import { DIALOGS, DOCUMENT, EDITING, NOTICES, RENAMING, SELECTION } from '../../../renderer/src/editor/slices';
import { editorSetup, gridOf, NOW } from './setup';

/** Answer the dialog the editor is showing now. */
async function answer(editor: Editor, value: string): Promise<void> {
  await Promise.resolve();
  const dialog = editor.get(DIALOGS).dialog;
  if (!dialog) throw new Error('No dialog is open');
  dialog.answer(value);
  await new Promise((resolve) => setTimeout(resolve, 0));
}

describe('the editor: files', () => {
  it('saves, marks the document clean, and opens what it saved', async () => {
    const { editor, fake } = editorSetup({ snapshot: sampleWorkspace('en', NOW) });
    const notes = Object.keys(editor.view().notes).length;
    const { cell } = gridOf(editor);
    editor.edit(() => addNote(editor.doc, { ...cell(0, 0), text: 'Sees an ad', author: 'Ana' }));
    expect(editor.get(DOCUMENT).dirty).toBe(true);
    expect(fake.documentStates.at(-1)).toMatchObject({ dirty: true });

    fake.nextSaveAs('Shop.journey');
    await expect(editor.save(true)).resolves.toBe(true);
    expect(editor.get(DOCUMENT)).toMatchObject({ fileName: 'Shop.journey', dirty: false });
    expect(editor.text(editor.get(NOTICES).status!)).toBe('Saved as Shop.journey');
    expect(fake.documentStates.at(-1)).toEqual({ title: 'Shop.journey', fileName: 'Shop.journey', dirty: false });

    const other = editorSetup();
    other.fake.nextOpen('Shop.journey', fake.files.get('Shop.journey')!);
    await other.editor.open();
    expect(Object.keys(other.editor.view().notes)).toHaveLength(notes + 1);
    expect(Object.values(other.editor.view().notes).some((n) => n.text === 'Sees an ad')).toBe(true);
    expect(other.editor.get(DOCUMENT)).toMatchObject({ fileName: 'Shop.journey', dirty: false });
    expect(other.editor.text(other.editor.get(NOTICES).status!)).toBe('Opened Shop.journey');
  });

  it('an edit made while the save is being written is not marked saved: the file has what was serialized', async () => {
    const { editor, fake } = editorSetup({ snapshot: sampleWorkspace('ru', NOW) });
    const { cell } = gridOf(editor);
    editor.edit(() => addNote(editor.doc, { ...cell(0, 0), text: 'до сохранения', author: 'Аня' }));
    const write = editor.host.files.saveAs;
    editor.host.files.saveAs = async (text, name) => {
      // The host is still writing when the user types the next note.
      editor.edit(() => addNote(editor.doc, { ...cell(0, 1), text: 'во время сохранения', author: 'Аня' }));
      return write(text, name);
    };
    fake.nextSaveAs('План.journey');
    await expect(editor.save(true)).resolves.toBe(true);
    expect(editor.get(DOCUMENT)).toMatchObject({ fileName: 'План.journey', dirty: true });
    expect(fake.documentStates.at(-1)).toMatchObject({ dirty: true });
    expect(fake.files.get('План.journey')).toContain('до сохранения');
    expect(fake.files.get('План.journey')).not.toContain('во время сохранения');
    // Saving again with nothing new in flight marks it saved.
    editor.host.files.saveAs = write;
    await expect(editor.save()).resolves.toBe(true);
    expect(editor.get(DOCUMENT).dirty).toBe(false);
  });

  it('the close prompt’s Save, cancelled in the save dialog, keeps the window and tells the host (a quit ends)', async () => {
    const { editor, fake } = editorSetup({ snapshot: sampleWorkspace('en', NOW) });
    const { cell } = gridOf(editor);
    editor.edit(() => addNote(editor.doc, { ...cell(0, 0), text: 'unsaved', author: 'Ana' }));
    fake.nextSaveAs(null);
    await editor.saveThenClose();
    expect(fake.closed).toBe(false);
    expect(fake.keptOpen).toBe(1);
    expect(editor.get(DOCUMENT).dirty).toBe(true);
    fake.nextSaveAs('Kept.journey');
    await editor.saveThenClose();
    expect(fake.closed).toBe(true);
    expect(fake.keptOpen).toBe(1);
  });

  it('File ▸ Rename Workspace… opens the toolbar title for editing', async () => {
    const { editor } = editorSetup();
    editor.setUiLocale('ru');
    const action = editor.actions.get('renameWorkspace');
    expect(action.label?.(editor)).toBe('Переименовать рабочее пространство…');
    await action.run(editor);
    expect(editor.get(RENAMING).renaming).toEqual({ kind: 'workspace', id: '' });
  });

  it('asks before replacing unsaved changes, and Cancel keeps everything', async () => {
    const { editor, fake } = editorSetup();
    const { cell } = gridOf(editor);
    const id = editor.edit(() => addNote(editor.doc, { ...cell(1, 1), text: 'Keep me', author: 'Ana' }))!;
    const before = editor.session;
    fake.nextOpen('Other.journey', serializeWorkspace(WorkspaceSession.fromSnapshot(sampleWorkspace('en', NOW)).doc, { appVersion: '1', now: new Date(NOW) }));
    const opening = editor.open();
    await answer(editor, 'cancel');
    await opening;
    expect(editor.session).toBe(before);
    expect(editor.view().notes[id]?.text).toBe('Keep me');

    // "Don't save" replaces it.
    const again = editor.open();
    await answer(editor, 'discard');
    await again;
    expect(editor.session).not.toBe(before);
    expect(editor.get(DOCUMENT).fileName).toBe('Other.journey');
  });

  it('a damaged file leaves the open workspace as it was and says why', async () => {
    const { editor, fake } = editorSetup();
    const session = editor.session;
    fake.nextOpen('Broken.journey', '{"format":"journey", "formatVersion": 1, "workspace": ');
    await editor.open();
    expect(editor.session).toBe(session);
    expect(editor.text(editor.get(NOTICES).error!.title)).toBe('Could not open “Broken.journey”');
    expect(editor.text(editor.get(NOTICES).error!.message).length).toBeGreaterThan(10);
  });

  it('a new workspace starts on its first journey board with nothing selected', async () => {
    const { editor } = editorSetup({ snapshot: sampleWorkspace('en', NOW) });
    const { cell } = gridOf(editor);
    editor.select([], { stageId: cell(0, 0).stageId, laneId: cell(0, 0).laneId });
    await editor.newWorkspace();
    expect(editor.selection.selectedCell).toBeNull();
    expect(editor.view().boards[editor.selection.activeBoardId!]?.kind).toBe('journey');
    expect(Object.keys(editor.view().notes)).toHaveLength(0);
  });

  it('remembers the interface language through its preferences port, not localStorage', () => {
    const preferences = memoryPreferences();
    const { editor } = editorSetup({ preferences });
    editor.setUiLocale('ru');
    expect(Editor.storedUiLocale(preferences)).toBe('ru');
    expect(editor.t('action.save')).toBe('Сохранить');
  });

  it('remembers each board’s camera', () => {
    const preferences = memoryPreferences();
    const { editor } = editorSetup({ preferences });
    const { boardId } = gridOf(editor);
    expect(editor.camera(boardId)).toBeNull();
    editor.setCamera(boardId, { x: 10, y: 20, scale: 0.5 });
    const later = editorSetup({ preferences }).editor;
    expect(later.camera(boardId)).toEqual({ x: 10, y: 20, scale: 0.5 });
  });
});

describe('the editor: undo steps', () => {
  it('edit(fn) makes each command its own undo step, however close in time', () => {
    const { editor } = editorSetup();
    const { cell } = gridOf(editor);
    const a = editor.edit(() => addNote(editor.doc, { ...cell(0, 0), text: 'a', author: 'Ana' }))!;
    const b = editor.edit(() => addNote(editor.doc, { ...cell(0, 0), text: 'b', author: 'Ana' }))!;
    editor.undo();
    expect(editor.view().notes[b]).toBeUndefined();
    expect(editor.view().notes[a]).toBeDefined();
    editor.undo();
    expect(editor.view().notes[a]).toBeUndefined();
    editor.redo();
    expect(editor.view().notes[a]).toBeDefined();
  });

  it('beginStep holds one step open across a gesture, however long it takes', async () => {
    const { editor } = editorSetup();
    const { cell } = gridOf(editor);
    const id = editor.edit(() => addNote(editor.doc, { ...cell(0, 0), text: '', author: 'Ana' }))!;
    // Frames further apart than the capture timeout: without a step each would undo alone.
    editor.session.undo.captureTimeout = 5;
    const frames = async (edit: (fn: () => void) => void, texts: string[]) => {
      for (const text of texts) {
        edit(() => setNoteText(editor.doc, id, text));
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    };
    await frames((fn) => fn(), ['a', 'ab']);
    editor.undo();
    expect(editor.view().notes[id]?.text).toBe('a');

    const step = editor.beginStep();
    await frames((fn) => step.edit(fn), ['H', 'He', 'Hel', 'Hell', 'Hello']);
    step.end();
    expect(editor.session.undo.captureTimeout).toBe(5);
    step.end(); // safe twice
    expect(editor.view().notes[id]?.text).toBe('Hello');
    editor.undo();
    expect(editor.view().notes[id]?.text).toBe('a');
  });

  it('steps nest: an inner step neither closes the outer one nor brings the timeout back early', () => {
    const { editor } = editorSetup();
    const { cell } = gridOf(editor);
    const id = editor.edit(() => addNote(editor.doc, { ...cell(0, 0), text: 'start', author: 'Ana' }))!;
    const { undo } = editor.session;
    undo.captureTimeout = 5;
    const outer = editor.beginStep();
    outer.edit(() => setNoteText(editor.doc, id, 'outer'));
    const inner = editor.beginStep(); // e.g. a gesture's step while a field holds one open
    inner.edit(() => setNoteText(editor.doc, id, 'inner'));
    editor.edit(() => setNoteText(editor.doc, id, 'an edit inside')); // joins too
    inner.end();
    inner.end(); // ending twice does not end the outer step
    expect(editor.stepOpen).toBe(true);
    expect(undo.captureTimeout).toBe(Number.POSITIVE_INFINITY);
    outer.edit(() => setNoteText(editor.doc, id, 'outer again'));
    outer.end();
    expect(editor.stepOpen).toBe(false);
    expect(undo.captureTimeout).toBe(5);
    editor.undo(); // one step: everything since the outer step began
    expect(editor.view().notes[id]?.text).toBe('start');
    editor.redo();
    expect(editor.view().notes[id]?.text).toBe('outer again');
    // After the outermost step, edits are their own steps again.
    editor.edit(() => setNoteText(editor.doc, id, 'next'));
    editor.undo();
    expect(editor.view().notes[id]?.text).toBe('outer again');
  });

  it('a step left open by an old workspace does not hold the new one’s steps', async () => {
    const { editor } = editorSetup();
    const stale = editor.beginStep();
    editor.adoptSession(WorkspaceSession.fromSnapshot(sampleWorkspace('en', NOW)));
    expect(editor.stepOpen).toBe(false);
    const { cell } = gridOf(editor);
    const a = editor.edit(() => addNote(editor.doc, { ...cell(0, 0), text: 'a', author: 'Ana' }))!;
    const b = editor.edit(() => addNote(editor.doc, { ...cell(0, 0), text: 'b', author: 'Ana' }))!;
    stale.end();
    editor.undo();
    expect(editor.view().notes[b]).toBeUndefined();
    expect(editor.view().notes[a]).toBeDefined();
  });

  it('undo ends typing into a note', () => {
    const { editor } = editorSetup();
    const { cell } = gridOf(editor);
    const id = editor.edit(() => addNote(editor.doc, { ...cell(0, 0), text: 'x', author: 'Ana' }))!;
    editor.editNote(id);
    editor.undo();
    expect(editor.get(EDITING).editingNoteId).toBeNull();
  });
});

describe('the editor: views register, nothing is assigned', () => {
  it('a board view registers and its unregister function removes it', () => {
    const { editor } = editorSetup();
    const calls: number[] = [];
    const view = { zoomBy: (f: number) => void calls.push(f), zoomTo() {}, fit() {}, setViewport() {}, panBy() {}, fitStage() {}, reveal() {} };
    const off = editor.registerBoardView(view);
    editor.actions.get('zoomIn').run(editor);
    expect(calls).toEqual([1.25]);
    off();
    expect(editor.boardView).toBeNull();
    editor.actions.get('zoomIn').run(editor);
    expect(calls).toEqual([1.25]);
  });

  it('the drawn board registers; what the board reads is read live through it', () => {
    const { editor } = editorSetup();
    let scale = 1;
    const layout = { notes: new Map() } as never;
    const off = editor.registerDrawnBoard({
      layout,
      get viewport() {
        return { x: 0, y: 0, scale };
      },
      container: null,
      stage: null,
    });
    scale = 2;
    expect(editor.drawnBoard?.viewport.scale).toBe(2);
    off();
    expect(editor.drawnBoard).toBeNull();
    expect(Object.getOwnPropertyDescriptor(Editor.prototype, 'drawnBoard')?.set).toBeUndefined(); // nothing is assigned
    expect(Object.getOwnPropertyDescriptor(Editor.prototype, 'boardView')?.set).toBeUndefined();
  });
});

describe('the editor: selection verbs', () => {
  it('pick selects and ends typing and the context menu in one change', () => {
    const { editor } = editorSetup();
    const { cell, boardId } = gridOf(editor);
    const id = editor.edit(() => addNote(editor.doc, { ...cell(0, 0), text: 'x', author: 'Ana' }))!;
    editor.typeInto(id);
    editor.openContextMenu({ x: 1, y: 1, target: { kind: 'board', boardId } });
    let heard = 0;
    const off = editor.slices.subscribe(() => heard++);
    editor.pick([], { stageId: cell(1, 1).stageId, laneId: cell(1, 1).laneId });
    off();
    expect(heard).toBe(1);
    expect(editor.get(SELECTION)).toMatchObject({ selectedNoteIds: [], selectedCell: { stageId: cell(1, 1).stageId, laneId: cell(1, 1).laneId } });
    expect(editor.get(EDITING).editingNoteId).toBeNull();
    expect(editor.get(DIALOGS).contextMenu).toBeNull();
  });

  it('a right-click on a note outside the selection selects it alone; on a selected one keeps the selection', () => {
    const { editor } = editorSetup();
    const { cell } = gridOf(editor);
    const [a, b, c] = ['a', 'b', 'c'].map((text) => editor.edit(() => addNote(editor.doc, { ...cell(0, 0), text, author: 'Ana' }))!);
    editor.select([a!, b!]);
    editor.openContextMenu({ x: 5, y: 5, target: { kind: 'note', noteId: b! } });
    expect(editor.selection.selectedNoteIds).toEqual([a, b]);
    editor.openContextMenu({ x: 5, y: 5, target: { kind: 'note', noteId: c! } });
    expect(editor.selection.selectedNoteIds).toEqual([c]);
    editor.openContextMenu({ x: 5, y: 5, target: { kind: 'cell', ...cell(2, 1) } });
    expect(editor.selection).toMatchObject({ selectedNoteIds: [], selectedCell: { stageId: cell(2, 1).stageId, laneId: cell(2, 1).laneId } });
    expect(editor.get(DIALOGS).contextMenu?.target.kind).toBe('cell');
  });
});

describe('the editor: language', () => {
  it('tells the host its UI language, and a banner shown in English reads in Russian after a switch', async () => {
    const { editor, fake } = editorSetup();
    expect(fake.locales).toEqual(['en']);
    fake.nextOpen('Сломан.journey', '{"format":"journey", "formatVersion": 1, "workspace": ');
    await editor.open();
    const error = editor.get(NOTICES).error!;
    expect(editor.text(error.title)).toBe('Could not open “Сломан.journey”');
    expect(editor.text(error.message)).toContain('incomplete');
    editor.setUiLocale('ru');
    expect(fake.locales).toEqual(['en', 'ru']);
    expect(editor.get(NOTICES).error).toBe(error); // the same kept message…
    expect(editor.text(error.title)).toBe('Не удалось открыть «Сломан.journey»'); // …drawn in Russian now
    expect(editor.text(error.message)).toContain('Файл неполный');
    expect(editor.t('action.save')).toBe('Сохранить');
  });
});
