import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { describeLoadWarning, loadWorkspaceFile, type LoadResult } from '../../../shared/file';
import { LOCALES } from '../../../shared/model';
import { parseFile, prng, sampleDoc, save, snapshotOf } from './workspaces';

function opened(result: LoadResult) {
  if (!result.ok) throw new Error(`expected the file to open, got ${result.error.code}`);
  return result;
}

const warningCodes = (result: LoadResult) => opened(result).warnings.map((w) => w.code);

describe('a file edited outside Journey (readable part changed, Yjs state stale)', () => {
  it('opens with the edit, and says so', () => {
    const doc = sampleDoc();
    const file = parseFile(save(doc));
    const note = file.snapshot.notes[3]!;
    note.text = 'Edited in a text editor';
    file.snapshot.notes.splice(5, 1);
    file.snapshot.workspace.title = 'Renamed by hand';
    const result = opened(loadWorkspaceFile(JSON.stringify(file, null, 2)));
    expect(warningCodes(result)).toEqual(['snapshot-applied']);
    const snapshot = snapshotOf(result.doc);
    expect(snapshot.notes.find((n) => n.id === note.id)!.text).toBe('Edited in a text editor');
    expect(snapshot.notes).toHaveLength(14);
    expect(snapshot.workspace.title).toBe('Renamed by hand');
    expect(snapshot).toEqual(file.snapshot);
    for (const locale of LOCALES) expect(describeLoadWarning(result.warnings[0]!, locale)).toMatch(/Journey/);
  });

  it('still merges with a peer that has the original, without duplicating notes', () => {
    const original = sampleDoc();
    const peer = new Y.Doc();
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(original));
    const file = parseFile(save(original));
    file.snapshot.notes[0]!.text = 'Hand edit';
    const reopened = opened(loadWorkspaceFile(JSON.stringify(file))).doc;
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(reopened, Y.encodeStateVector(peer)));
    expect(snapshotOf(peer).notes).toHaveLength(15);
    expect(snapshotOf(peer).notes.find((n) => n.id === file.snapshot.notes[0]!.id)!.text).toBe('Hand edit');
  });

  it('opens a file whose Yjs state belongs to another workspace as its readable part says', () => {
    const file = parseFile(save(sampleDoc()));
    file.yjs = parseFile(save(sampleDoc())).yjs;
    const result = opened(loadWorkspaceFile(JSON.stringify(file)));
    expect(warningCodes(result)).toEqual(['snapshot-applied']);
    expect(snapshotOf(result.doc)).toEqual(file.snapshot);
  });
});

describe('a file with a missing or damaged Yjs state', () => {
  const cases: [string, (yjs: string) => unknown][] = [
    ['cut in half', (yjs) => yjs.slice(0, Math.floor(yjs.length / 8) * 4)],
    ['cut by one character', (yjs) => yjs.slice(0, -1)],
    ['garbage base64', () => btoa('this is not a Yjs update at all, just some words')],
    ['not base64', () => '%%% definitely not base64 %%%'],
    ['empty', () => ''],
    ['an empty doc', () => Buffer.from(Y.encodeStateAsUpdate(new Y.Doc())).toString('base64')],
    ['a number', () => 42],
    ['null', () => null],
  ];
  it.each(cases)('(%s) opens from the readable part, with a warning', (_name, damage) => {
    const file = parseFile(save(sampleDoc())) as Record<string, unknown> & ReturnType<typeof parseFile>;
    (file as Record<string, unknown>).yjs = damage(file.yjs);
    const result = opened(loadWorkspaceFile(JSON.stringify(file)));
    expect(warningCodes(result)).toEqual(['yjs-damaged']);
    expect(snapshotOf(result.doc)).toEqual(file.snapshot);
    for (const locale of LOCALES) expect(describeLoadWarning(result.warnings[0]!, locale).length).toBeGreaterThan(20);
  });

  it('(absent) opens from the readable part and says copies will not merge', () => {
    const file = parseFile(save(sampleDoc())) as Record<string, unknown>;
    delete file.yjs;
    const result = opened(loadWorkspaceFile(JSON.stringify(file)));
    expect(warningCodes(result)).toEqual(['yjs-missing']);
    expect(snapshotOf(result.doc)).toEqual(file.snapshot);
    // Saving writes a fresh state, so the next open is clean.
    expect(warningCodes(loadWorkspaceFile(save(result.doc)))).toEqual([]);
  });

  it('(bytes flipped at random) always opens as its readable part says', () => {
    const text = save(sampleDoc());
    const file = parseFile(text);
    const state = Buffer.from(file.yjs, 'base64');
    const random = prng(2025);
    for (let round = 0; round < 150; round++) {
      const bytes = Uint8Array.from(state);
      const flips = 1 + Math.floor(random() * 4);
      for (let i = 0; i < flips; i++) bytes[Math.floor(random() * bytes.length)] = Math.floor(random() * 256);
      const result = loadWorkspaceFile(JSON.stringify({ ...file, yjs: Buffer.from(bytes).toString('base64') }));
      const { doc, warnings } = opened(result);
      expect(snapshotOf(doc)).toEqual(file.snapshot);
      expect(warnings.length).toBeLessThanOrEqual(1);
    }
  });
});
