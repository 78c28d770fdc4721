import { afterEach, describe, expect, it, vi } from 'vitest';
import { addNote, deleteNotes, setNoteText } from '../../../shared/doc';
import { serializeWorkspace } from '../../../shared/file';
import { docFromUpdates } from '../../../shared/doc/merge';
import { encodeState, readSnapshot } from '../../../shared/doc';
import { sampleWorkspace } from '../../../shared/model';
import type { Editor } from '../../../renderer/src/editor/editor';
import { WorkspaceJournal } from '../../../renderer/src/editor/journal';
import { offerRecovery } from '../../../renderer/src/editor/recovery';
import { mergeFromFile, watchDisk } from '../../../renderer/src/editor/disk';
import { DIALOGS, DOCUMENT, NOTICES } from '../../../renderer/src/editor/slices';
import type { Message } from '../../../shared/i18n';
import { editorSetup, gridOf, NOW } from './setup';

/** A kept message as the user reads it now (messages are translated when drawn). */
const said = (editor: { text(m: Message): string }, m: Message | null | undefined): string | null | undefined => (m ? editor.text(m) : m);

afterEach(() => vi.useRealTimers());

const tick = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

async function answer(editor: Editor, value: string): Promise<string[]> {
  for (let i = 0; i < 50 && !editor.get(DIALOGS).dialog; i++) await tick(1);
  const dialog = editor.get(DIALOGS).dialog;
  if (!dialog) throw new Error('No dialog is open');
  const values = dialog.choices.map((c) => c.value);
  dialog.answer(value);
  await tick(5);
  return values;
}

function notesIn(updates: readonly Uint8Array[]): string[] {
  const snapshot = readSnapshot(docFromUpdates(updates));
  return (snapshot?.notes ?? []).map((n) => n.text).sort();
}

describe('crash recovery: the journal', () => {
  it('journals nothing while clean; each change soon after it happens; saving removes the journal and the next change starts a new one', async () => {
    const { editor, fake } = editorSetup();
    const journal = new WorkspaceJournal(editor, { delayMs: 5 });
    await tick(20);
    expect(fake.journalCalls).toEqual([]);
    const { cell } = gridOf(editor);
    const id = editor.edit(() => addNote(editor.doc, { ...cell(0, 0), text: 'Видит рекламу', author: 'Ana' }))!;
    await tick(20);
    const first = journal.journalId!;
    expect(fake.journalCalls).toEqual([`reset:${first}`]);
    editor.edit(() => setNoteText(editor.doc, id, 'Melihat iklan'));
    editor.edit(() => addNote(editor.doc, { ...cell(1, 0), text: 'Compares prices', author: 'Ana' }));
    await journal.flush();
    expect(fake.journalCalls).toEqual([`reset:${first}`, `append:${first}`]);
    expect(notesIn(fake.journals.get(first)!.updates)).toEqual(['Compares prices', 'Melihat iklan']);
    expect(fake.journals.get(first)!.info.title).toBe(editor.view().meta?.title);

    fake.nextSaveAs('Plan.journey');
    await editor.save(true);
    await journal.flush();
    expect(fake.journals.size).toBe(0);
    expect(journal.journalId).toBeNull();

    editor.edit(() => deleteNotes(editor.doc, [id]));
    await tick(20);
    await journal.flush();
    const second = journal.journalId!;
    expect(second).not.toBe(first);
    expect(fake.journals.get(second)!.info.fileName).toBe('Plan.journey');
    expect(notesIn(fake.journals.get(second)!.updates)).toEqual(['Compares prices']);
  });

  it('after a failed write it says so once, then writes the whole state again when writing works', async () => {
    const { editor, fake } = editorSetup();
    const journal = new WorkspaceJournal(editor, { delayMs: 2, retryMs: 10 });
    const { cell } = gridOf(editor);
    fake.failJournals('There is not enough disk space');
    editor.edit(() => addNote(editor.doc, { ...cell(0, 0), text: 'one', author: 'Ana' }));
    await tick(30);
    expect(said(editor, editor.get(NOTICES).status)).toMatch(/cannot be kept for recovery right now: There is not enough disk space/);
    fake.failJournals(null);
    editor.edit(() => addNote(editor.doc, { ...cell(0, 0), text: 'two', author: 'Ana' }));
    await tick(40);
    await journal.flush();
    expect(notesIn(fake.journals.get(journal.journalId!)!.updates)).toEqual(['one', 'two']);
  });

  it('compacts a long session into one whole state (bounded)', async () => {
    const { editor, fake } = editorSetup();
    const journal = new WorkspaceJournal(editor, { delayMs: 1, compactBytes: 2000 });
    const { cell } = gridOf(editor);
    const id = editor.edit(() => addNote(editor.doc, { ...cell(0, 0), text: '', author: 'Ana' }))!;
    for (let i = 0; i < 400; i++) {
      editor.edit(() => setNoteText(editor.doc, id, `draft ${i} `.repeat(20)));
      await journal.flush();
    }
    await tick(10);
    await journal.flush();
    const entry = fake.journals.get(journal.journalId!)!;
    expect(fake.journalCalls.filter((c) => c.startsWith('reset')).length).toBeGreaterThan(1);
    // Never much more than four whole states (what triggers a compaction) plus one change.
    expect(entry.info.bytes).toBeLessThan(4 * encodeState(editor.doc).byteLength + 2000);
    expect(notesIn(entry.updates)).toEqual([`draft 399 `.repeat(20)]);
  });
});

describe('crash recovery: the offer at start', () => {
  it('offers work a crashed window left, restores it unsaved with its file name, and keeps journalling it', async () => {
    const crashed = editorSetup({ snapshot: sampleWorkspace('ru', NOW) });
    const journal = new WorkspaceJournal(crashed.editor, { delayMs: 1 });
    const { cell } = gridOf(crashed.editor);
    crashed.editor.edit(() => addNote(crashed.editor.doc, { ...cell(0, 0), text: 'Не потерять', author: 'Ana' }));
    await tick(10);
    await journal.flush();
    const left = [...crashed.fake.journals.entries()];
    journal.destroy();

    // The next start: the host lists what was left.
    const next = editorSetup();
    for (const [id, entry] of left) next.fake.journals.set(id, entry);
    const nextJournal = new WorkspaceJournal(next.editor, { delayMs: 1 });
    const offer = offerRecovery(next.editor, nextJournal);
    const choices = await answer(next.editor, `restore:${left[0]![0]}`);
    await offer;
    expect(choices).toEqual(['discard', 'cancel', `restore:${left[0]![0]}`]);
    const texts = Object.values(next.editor.view().notes).map((n) => n.text);
    expect(texts).toContain('Не потерять');
    expect(texts).toHaveLength(Object.keys(crashed.editor.view().notes).length);
    expect(next.editor.get(DOCUMENT).dirty).toBe(true);
    expect(said(next.editor, next.editor.get(NOTICES).status)).toMatch(/^Restored unsaved changes/);
    // The restored work carries on in the same journal, rewritten whole.
    await tick(10);
    await nextJournal.flush();
    expect(nextJournal.journalId).toBe(left[0]![0]);
    expect(next.fake.journalCalls.at(-1)).toBe(`reset:${left[0]![0]}`);
  });

  it('Discard removes every journal; Not now keeps them; nothing is asked when there is nothing to restore', async () => {
    const { editor, fake } = editorSetup();
    const journal = new WorkspaceJournal(editor);
    await offerRecovery(editor, journal);
    expect(editor.get(DIALOGS).dialog).toBeNull();
    fake.journals.set('j-left-one', { updates: [new Uint8Array([0, 0])], info: { id: 'j-left-one', title: 'A', fileName: null, updatedAt: 1, bytes: 2 } });
    fake.journals.set('j-left-two', { updates: [new Uint8Array([0, 0])], info: { id: 'j-left-two', title: '', fileName: 'B.journey', updatedAt: 2, bytes: 2 } });
    let offer = offerRecovery(editor, journal);
    await answer(editor, 'cancel');
    await offer;
    expect(fake.journals.size).toBe(2);
    offer = offerRecovery(editor, journal);
    await answer(editor, 'discard');
    await offer;
    expect(fake.journals.size).toBe(0);
  });

  it('a damaged journal gets a clear message and the open workspace stays', async () => {
    const { editor, fake } = editorSetup();
    const journal = new WorkspaceJournal(editor);
    const before = editor.session;
    fake.journals.set('j-damaged0', { updates: [new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9])], info: { id: 'j-damaged0', title: 'X', fileName: null, updatedAt: 1, bytes: 9 } });
    const offer = offerRecovery(editor, journal);
    await answer(editor, 'restore:j-damaged0');
    await offer;
    expect(editor.session).toBe(before);
    expect(said(editor, editor.get(NOTICES).error?.title)).toBe('The unsaved changes could not be restored');
  });
});

describe('changes on disk and Merge…', () => {
  function diverged() {
    const base = editorSetup({ snapshot: sampleWorkspace('id', NOW) });
    const baseText = base.editor.fileText();
    const mine = editorSetup();
    mine.editor.openText(baseText, 'Plan.journey');
    const theirs = editorSetup();
    theirs.editor.openText(baseText, 'Plan.journey');
    const { cell } = gridOf(mine.editor);
    mine.editor.edit(() => addNote(mine.editor.doc, { ...cell(0, 0), text: 'mine', author: 'Ana' }));
    theirs.editor.edit(() => addNote(theirs.editor.doc, { ...cell(1, 1), text: 'theirs', author: 'Budi' }));
    return { mine, theirsText: theirs.editor.fileText(), baseCount: Object.keys(base.editor.view().notes).length };
  }

  it('Save finds the file changed by another program; Merge keeps both sides exactly once, then saves', async () => {
    const { mine, theirsText, baseCount } = diverged();
    mine.fake.changeOnDisk('Plan.journey', theirsText);
    const saving = mine.editor.save();
    const choices = await answer(mine.editor, 'merge');
    expect(choices).toEqual(['cancel', 'copy', 'overwrite', 'merge']);
    expect(await saving).toBe(true);
    const texts = Object.values(mine.editor.view().notes).map((n) => n.text);
    expect(texts.filter((t) => t === 'mine')).toHaveLength(1);
    expect(texts.filter((t) => t === 'theirs')).toHaveLength(1);
    expect(texts).toHaveLength(baseCount + 2);
    expect(mine.fake.files.get('Plan.journey')).toContain('theirs');
    // Merging the same copy again adds nothing.
    mine.fake.nextMerge('Plan.journey', theirsText);
    await mergeFromFile(mine.editor);
    expect(Object.keys(mine.editor.view().notes)).toHaveLength(baseCount + 2);
    expect(said(mine.editor, mine.editor.get(NOTICES).status)).toMatch(/holds nothing this workspace does not already have/);
    // The merge is one undo step: undoing it takes their note away and leaves mine.
    mine.editor.undo();
    const afterUndo = Object.values(mine.editor.view().notes).map((n) => n.text);
    expect(afterUndo).toHaveLength(baseCount + 1);
    expect(afterUndo).toContain('mine');
    expect(afterUndo).not.toContain('theirs');
  });

  it('on focus: a changed file offers merge / reload / keep mine; reload shows the disk version', async () => {
    const { mine, theirsText } = diverged();
    const disk = watchDisk(mine.editor);
    mine.fake.changeOnDisk('Plan.journey', theirsText);
    const checking = disk.check();
    expect(await answer(mine.editor, 'reload')).toEqual(['keep', 'reload', 'merge']);
    await checking;
    const texts = Object.values(mine.editor.view().notes).map((n) => n.text);
    expect(texts).toContain('theirs');
    expect(texts).not.toContain('mine');
    expect(said(mine.editor, mine.editor.get(NOTICES).status)).toBe('Reloaded Plan.journey from disk.');
  });

  it('a vanished or read-only file is said once, and the work stays open', async () => {
    const { mine } = diverged();
    const disk = watchDisk(mine.editor);
    mine.fake.setDisk({ kind: 'missing', name: 'Plan.journey' });
    await disk.check();
    expect(said(mine.editor, mine.editor.get(NOTICES).status)).toMatch(/is no longer on disk.*Save As/);
    mine.editor.showStatus(null);
    await disk.check();
    expect(said(mine.editor, mine.editor.get(NOTICES).status)).toBeNull();
    mine.fake.setDisk({ kind: 'read-only', name: 'Plan.journey' });
    await disk.check();
    expect(said(mine.editor, mine.editor.get(NOTICES).status)).toMatch(/now read-only/);
    expect(mine.editor.get(DOCUMENT).dirty).toBe(true);
  });

  it('a file without a Yjs history merges by record ids: its own records are added, shared ones keep ours', async () => {
    const { mine, baseCount } = diverged();
    const other = editorSetup({ snapshot: sampleWorkspace('en', NOW) });
    const { cell } = gridOf(other.editor);
    other.editor.edit(() => addNote(other.editor.doc, { ...cell(2, 2), text: 'hand-made', author: 'Eko' }));
    const parsed = JSON.parse(serializeWorkspace(other.editor.doc, { appVersion: 't', now: new Date(NOW) })) as Record<string, unknown>;
    delete parsed['yjs'];
    mine.fake.nextMerge('Exported.journey', JSON.stringify(parsed));
    await mergeFromFile(mine.editor);
    const status = said(mine.editor, mine.editor.get(NOTICES).status) ?? '';
    expect(status).toMatch(/^Merged Exported\.journey by record: \d+ records/);
    const texts = Object.values(mine.editor.view().notes).map((n) => n.text);
    expect(texts).toContain('hand-made');
    expect(texts).toContain('mine');
    expect(texts.length).toBeGreaterThan(baseCount);
  });

  it('a file that is not a workspace is refused with its reason, and nothing changes', async () => {
    const { mine } = diverged();
    const before = Object.keys(mine.editor.view().notes).length;
    mine.fake.nextMerge('photo.png', '\u0089PNG\r\n');
    await mergeFromFile(mine.editor);
    expect(said(mine.editor, mine.editor.get(NOTICES).error?.title)).toBe('Could not merge “photo.png”');
    expect(Object.keys(mine.editor.view().notes)).toHaveLength(before);
  });
});

describe('Open Recent and join links', () => {
  it('lists recent files with missing ones marked, asks about unsaved changes, and opens the one picked', async () => {
    const { editor, fake } = editorSetup({ hostKind: 'electron' });
    const source = editorSetup({ snapshot: sampleWorkspace('id', NOW) });
    fake.files.set('Perjalanan.journey', source.editor.fileText());
    fake.recentFiles.push({ name: 'Perjalanan.journey', key: 'Perjalanan.journey' }, { name: 'Gone.journey', key: 'Gone.journey', missing: true });
    expect(editor.actions.get('openRecent').enabled(editor)).toBe(true);
    const { cell } = gridOf(editor);
    editor.edit(() => addNote(editor.doc, { ...cell(0, 0), text: 'unsaved', author: 'Ana' }));
    const opening = editor.actions.get('openRecent').run(editor);
    await tick(5);
    expect(editor.get(DIALOGS).dialog!.choices.map((c) => said(editor, c.label))).toEqual(['Cancel', 'Perjalanan.journey', 'Gone.journey (missing)']);
    await answer(editor, 'recent:0');
    await answer(editor, 'discard'); // the unsaved-changes question
    await opening;
    expect(editor.get(DOCUMENT)).toMatchObject({ fileName: 'Perjalanan.journey', dirty: false });
    expect(Object.keys(editor.view().notes)).toHaveLength(Object.keys(source.editor.view().notes).length);

    const missing = editor.actions.get('openRecent').run(editor);
    await answer(editor, 'recent:1');
    await missing;
    expect(said(editor, editor.get(NOTICES).error?.message)).toMatch(/could not be found/);
    expect(editor.get(DOCUMENT).fileName).toBe('Perjalanan.journey');
  });

  it('the native File ▸ Open Recent entry opens the file clicked, even after the list moved it, asking about unsaved changes first', async () => {
    const { recentFileId } = await import('../../../shared/recent-id');
    const { runMenuAction } = await import('../../../renderer/src/actions/menu');
    const { editor, fake } = editorSetup({ hostKind: 'electron' });
    const source = editorSetup({ snapshot: sampleWorkspace('ru', NOW) });
    fake.files.set('Путь клиента.journey', source.editor.fileText());
    fake.recentFiles.push({ name: 'Other.journey', key: 'Other.journey' }, { name: 'Путь клиента.journey', key: 'Путь клиента.journey' });
    const { cell } = gridOf(editor);
    editor.edit(() => addNote(editor.doc, { ...cell(0, 0), text: 'unsaved', author: 'Ana' }));
    // Drawn with "Путь клиента" second; a save elsewhere has since moved it first.
    const clicked = recentFileId('Путь клиента.journey');
    fake.recentFiles.reverse();
    runMenuAction(editor, `openRecent:${clicked}`);
    await answer(editor, 'discard');
    await vi.waitFor(() => expect(editor.get(DOCUMENT)).toMatchObject({ fileName: 'Путь клиента.journey', dirty: false }));
    expect(Object.keys(editor.view().notes)).toHaveLength(Object.keys(source.editor.view().notes).length);
    // A file cleared from the list since: said so, and no other file opens in its place.
    runMenuAction(editor, `openRecent:${recentFileId('Removed.journey')}`);
    await vi.waitFor(() => expect(said(editor, editor.get(NOTICES).status)).toMatch(/no longer in the list/));
    expect(editor.get(DIALOGS).dialog).toBeNull();
    expect(editor.get(DOCUMENT).fileName).toBe('Путь клиента.journey');
  });

  it('the desktop start screen offers the recent workspaces; picking one opens it, New journey keeps the new one', async () => {
    const { offerRecentAtStart } = await import('../../../renderer/src/editor/recent');
    const { editor, fake } = editorSetup({ hostKind: 'electron' });
    const source = editorSetup({ snapshot: sampleWorkspace('ru', NOW) });
    fake.files.set('Путь клиента.journey', source.editor.fileText());
    fake.recentFiles.push({ name: 'Путь клиента.journey', key: 'Путь клиента.journey' }, { name: 'USB.journey', key: 'USB.journey', missing: true });
    const offered = offerRecentAtStart(editor);
    await tick(5);
    expect(said(editor, editor.get(DIALOGS).dialog!.title)).toBe('Welcome back');
    expect(editor.get(DIALOGS).dialog!.choices.map((c) => said(editor, c.label))).toEqual(['New journey', 'Open…', 'Путь клиента.journey', 'USB.journey (missing)']);
    await answer(editor, 'recent:0');
    await offered;
    expect(editor.get(DOCUMENT)).toMatchObject({ fileName: 'Путь клиента.journey', dirty: false });

    // Not again once a file is open; and "New journey" on a fresh start leaves the new workspace.
    await offerRecentAtStart(editor);
    expect(editor.get(DIALOGS).dialog).toBeNull();
    const fresh = editorSetup({ hostKind: 'electron' });
    fresh.fake.recentFiles.push({ name: 'Путь клиента.journey', key: 'Путь клиента.journey' });
    const notes = Object.keys(fresh.editor.view().notes).length;
    const declined = offerRecentAtStart(fresh.editor);
    await tick(5);
    await answer(fresh.editor, 'cancel');
    await declined;
    expect(fresh.editor.get(DOCUMENT).fileName).toBeNull();
    expect(Object.keys(fresh.editor.view().notes)).toHaveLength(notes);
  });

  it('the start screen stays away in a browser, with no recent files, or once the new workspace was edited', async () => {
    const { offerRecentAtStart } = await import('../../../renderer/src/editor/recent');
    const web = editorSetup({ hostKind: 'web' });
    await offerRecentAtStart(web.editor);
    expect(web.editor.get(DIALOGS).dialog).toBeNull();
    const none = editorSetup({ hostKind: 'electron' });
    await offerRecentAtStart(none.editor);
    expect(none.editor.get(DIALOGS).dialog).toBeNull();
    const edited = editorSetup({ hostKind: 'electron' });
    edited.fake.recentFiles.push({ name: 'A.journey', key: 'A.journey' });
    const { cell } = gridOf(edited.editor);
    edited.editor.edit(() => addNote(edited.editor.doc, { ...cell(0, 0), text: 'already typing', author: 'Ana' }));
    await offerRecentAtStart(edited.editor);
    expect(edited.editor.get(DIALOGS).dialog).toBeNull();
  });

  it('is off in a browser, which keeps no recent files', () => {
    const { editor } = editorSetup({ hostKind: 'web' });
    expect(editor.actions.get('openRecent').enabled(editor)).toBe(false);
  });

  it('a journey:// join link asks first, naming the server the session runs through', async () => {
    const { confirmJoinLink } = await import('../../../renderer/src/editor/join-confirm');
    const { editor } = editorSetup();
    editor.setUiLocale('ru');
    const join = { room: 'r', password: 'p', signaling: ['ws://192.168.1.20:4444', 'ws://192.168.1.20:4444/x', 'wss://evil.example'] };
    let asked = confirmJoinLink(editor, join);
    await tick(1);
    expect(said(editor, editor.get(DIALOGS).dialog!.body)).toContain('192.168.1.20:4444, evil.example');
    expect(said(editor, editor.get(DIALOGS).dialog!.title)).toBe('Присоединиться к совместной сессии?');
    await answer(editor, 'cancel');
    expect(await asked).toBe(false);
    asked = confirmJoinLink(editor, join);
    await answer(editor, 'join');
    expect(await asked).toBe(true);
  });
});
