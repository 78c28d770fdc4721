import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { CURRENT_FORMAT_VERSION, FILE_FORMAT, loadWorkspaceFile } from '../../../shared/file';
import { APP_VERSION, docOf, NOW, parseFile, sampleDoc, sampleDocWithHistory, save, snapshotOf, workspaceWithNotes } from './workspaces';

function loadOk(text: string | Uint8Array) {
  const result = loadWorkspaceFile(text);
  if (!result.ok) throw new Error(`expected the file to load, got ${result.error.code}`);
  return result;
}

/** The file text without its `savedAt` line, the one part that changes on every save. */
const withoutSavedAt = (text: string) => text.replace(/\n {2}"savedAt": "[^"]*",\n/, '\n');

describe.each([
  ['the sample workspace', sampleDoc],
  ['the sample workspace after two peers edited it', sampleDocWithHistory],
  ['a workspace with 1,000 notes', () => docOf(workspaceWithNotes(1000))],
])('saving and reopening %s', (_name, makeDoc) => {
  it('gives back the same records and the same Yjs state, without warnings', () => {
    const doc = makeDoc();
    const loaded = loadOk(save(doc));
    expect(loaded.warnings).toEqual([]);
    expect(loaded.migratedFrom).toBeNull();
    expect(snapshotOf(loaded.doc)).toEqual(snapshotOf(doc));
    expect(loaded.snapshot).toEqual(snapshotOf(doc));
    expect(Buffer.from(Y.encodeStateAsUpdate(loaded.doc)).equals(Buffer.from(Y.encodeStateAsUpdate(doc)))).toBe(true);
  });

  it('writes the same file again, apart from savedAt', () => {
    const first = save(makeDoc(), undefined, new Date(NOW));
    const second = save(loadOk(first).doc, undefined, new Date('2026-01-02T03:04:05.000Z'));
    expect(second).not.toBe(first);
    expect(withoutSavedAt(second)).toBe(withoutSavedAt(first));
  });
});

describe('the saved file', () => {
  it('is readable, versioned JSON with the snapshot before the Yjs state', () => {
    const text = save(sampleDoc());
    const file = parseFile(text);
    expect(Object.keys(file)).toEqual(['format', 'formatVersion', 'app', 'savedAt', 'snapshot', 'yjs']);
    expect(file).toMatchObject({
      format: FILE_FORMAT,
      formatVersion: CURRENT_FORMAT_VERSION,
      app: { name: 'Journey', version: APP_VERSION },
      savedAt: NOW,
    });
    expect(file.snapshot.notes).toHaveLength(15);
    expect(file.snapshot.personas.map((p) => p.name)).toEqual(['Tech-Savvy Tim', 'Traditional Trudy']);
    // Pretty-printed with a 2-space indent; the Yjs state is a single line.
    expect(text).toContain('\n  "snapshot": {\n    "workspace": {\n      "title": "Sample: electronics shop",');
    expect(text).toMatch(/\n {2}"yjs": "[A-Za-z0-9+/]+=*"\n}\n$/);
  });

  it('lists the fields of every record in the same order whatever order the doc has them in', () => {
    const doc = sampleDoc();
    const note = doc.getMap<Y.Map<unknown>>('notes').values().next().value!;
    note.set('zUnknown', 1);
    note.set('aUnknown', 2);
    const file = parseFile(save(doc));
    const saved = file.snapshot.notes.find((n) => n.id === note.get('id'))!;
    const keys = Object.keys(saved);
    expect(keys.slice(0, 5)).toEqual(['id', 'boardId', 'stageId', 'laneId', 'order']);
    expect(keys.slice(-2)).toEqual(['aUnknown', 'zUnknown']);
  });

  it('keeps working copies merging: a peer that had the file open receives no duplicates', () => {
    const original = sampleDoc();
    const peer = new Y.Doc();
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(original));
    const reopened = loadOk(save(original)).doc;
    reopened.getMap<Y.Map<unknown>>('notes').forEach((n) => n.set('width', 200));
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(reopened, Y.encodeStateVector(peer)));
    Y.applyUpdate(reopened, Y.encodeStateAsUpdate(peer, Y.encodeStateVector(reopened)));
    expect(snapshotOf(peer).notes).toHaveLength(15);
    expect(snapshotOf(peer)).toEqual(snapshotOf(reopened));
    expect(snapshotOf(peer).notes.every((n) => n.width === 200)).toBe(true);
  });

  it('opens from bytes as well as from text, with or without a byte-order mark', () => {
    const doc = sampleDoc();
    const bytes = new TextEncoder().encode(save(doc));
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);
    expect(snapshotOf(loadOk(bytes).doc)).toEqual(snapshotOf(doc));
    const fromBytes = loadWorkspaceFile(withBom);
    expect(fromBytes.ok && snapshotOf(fromBytes.doc)).toEqual(snapshotOf(doc));
    const fromText = loadWorkspaceFile(`\uFEFF${save(doc)}`);
    expect(fromText.ok && snapshotOf(fromText.doc)).toEqual(snapshotOf(doc));
  });
});
