import { describe, expect, it } from 'vitest';
import { loadWorkspaceFile } from '../../../shared/file';
import { parseFile, sampleDoc, save, snapshotOf } from './workspaces';

/** A saved sample file with fields a newer Journey (or another tool) added. */
function fileWithUnknownFields(): string {
  const file = parseFile(save(sampleDoc()));
  file.x_exportedBy = { tool: 'journey-to-miro', version: 3 };
  (file.snapshot.workspace as Record<string, unknown>).facilitator = 'Dewi';
  const note = file.snapshot.notes[4] as Record<string, unknown>;
  note.votes = [{ by: 'Ana', value: 2 }];
  note.locked = true;
  (file.snapshot.personas[0] as Record<string, unknown>).pronouns = 'he/him';
  return JSON.stringify(file, null, 2);
}

describe('fields this version does not know', () => {
  it('are kept when the file is opened', () => {
    const text = fileWithUnknownFields();
    const result = loadWorkspaceFile(text);
    if (!result.ok) throw new Error(result.error.code);
    expect(result.extras).toEqual({ x_exportedBy: { tool: 'journey-to-miro', version: 3 } });
    const snapshot = snapshotOf(result.doc);
    expect(snapshot.workspace).toMatchObject({ facilitator: 'Dewi' });
    const noteId = parseFile(text).snapshot.notes[4]!.id;
    expect(snapshot.notes.find((n) => n.id === noteId)).toMatchObject({ votes: [{ by: 'Ana', value: 2 }], locked: true });
    expect(snapshot.personas[0]).toMatchObject({ pronouns: 'he/him' });
  });

  it('are written back unchanged when the file is saved again', () => {
    const text = fileWithUnknownFields();
    const result = loadWorkspaceFile(text);
    if (!result.ok) throw new Error(result.error.code);
    const before = parseFile(text);
    const after = parseFile(save(result.doc, result.extras));
    expect(after.x_exportedBy).toEqual({ tool: 'journey-to-miro', version: 3 });
    expect(after.snapshot).toEqual(before.snapshot);
    // and they travel in the Yjs state too, so a peer that joins later sees them.
    const again = loadWorkspaceFile(save(result.doc, result.extras));
    expect(again.ok && again.warnings).toEqual([]);
  });

  it('in extras cannot overwrite the fields Journey itself writes', () => {
    const doc = sampleDoc();
    const file = parseFile(save(doc, { format: 'evil', formatVersion: 99, snapshot: null, yjs: 'AAAA', app: null, savedAt: 0, keep: 1 }));
    expect(file).toMatchObject({ format: 'journey', formatVersion: 1, app: { name: 'Journey' }, keep: 1 });
    expect(file.snapshot).toEqual(JSON.parse(JSON.stringify(snapshotOf(doc))));
  });
});
