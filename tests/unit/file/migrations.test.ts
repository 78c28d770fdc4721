import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CURRENT_FORMAT_VERSION, loadWorkspaceFile, migrateFile, MIGRATIONS } from '../../../shared/file';
import { parseFile, save, snapshotOf } from './workspaces';

const V0_DRAFT = readFileSync(new URL('../../fixtures/v0-draft.journey', import.meta.url), 'utf8');

describe('a file in the v0 draft format', () => {
  it('opens, with every record and field renamed to the current format', () => {
    const result = loadWorkspaceFile(V0_DRAFT);
    if (!result.ok) throw new Error(`${result.error.code}: ${JSON.stringify(result.error)}`);
    expect(result.migratedFrom).toBe(0);
    expect(result.warnings).toEqual([]);
    const snapshot = snapshotOf(result.doc);
    expect(snapshot.workspace).toMatchObject({ title: 'Coffee subscription (draft)', locale: 'id' });
    expect(snapshot.stages.map((s) => s.title)).toEqual(['Discover', 'Trial', 'Subscribe']);
    expect(snapshot.notes).toHaveLength(5);
    expect(snapshot.notes.find((n) => n.id === 'note03')).toEqual({
      id: 'note03',
      boardId: 'boardCoffee01',
      stageId: 'stageTrial',
      laneId: 'lanePain',
      order: 'a0',
      text: 'Beans arrive after the trial week is over',
      color: 'red',
      width: 200,
      height: 120,
      author: 'Budi',
      createdAt: '2025-03-11T09:00:00.000Z',
      pinned: true,
    });
    expect(snapshot.notes.find((n) => n.id === 'note04')!.text).toBe('Не понятно, как отменить подписку');
    expect(snapshot.emotions.map((e) => e.score).sort()).toEqual([-1.5, 0.5, 1]);
    expect(result.extras).toEqual({ workshop: { room: 'Ruang Rapat 2', facilitator: 'Dewi' } });
  });

  it('is saved in the current format, with its Yjs state and its unknown fields', () => {
    const result = loadWorkspaceFile(V0_DRAFT);
    if (!result.ok) throw new Error(result.error.code);
    const file = parseFile(save(result.doc, result.extras));
    expect(file.formatVersion).toBe(CURRENT_FORMAT_VERSION);
    expect(file).not.toHaveProperty('records');
    expect(file.workshop).toEqual({ room: 'Ruang Rapat 2', facilitator: 'Dewi' });
    expect(file.snapshot.notes.every((n) => 'color' in n && !('colour' in n) && !('stage' in n))).toBe(true);
    expect(typeof file.yjs).toBe('string');
    const reopened = loadWorkspaceFile(JSON.stringify(file));
    expect(reopened.ok && reopened.migratedFrom).toBeNull();
    expect(reopened.ok && snapshotOf(reopened.doc)).toEqual(snapshotOf(result.doc));
  });

  it('reports the records of a damaged draft with current field names', () => {
    const draft = JSON.parse(V0_DRAFT) as { records: { notes: Record<string, unknown>[] } };
    draft.records.notes[1]!.colour = 'mauve';
    const result = loadWorkspaceFile(JSON.stringify(draft));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatchObject({ code: 'invalid', issues: [{ path: 'snapshot.notes[1].color' }] });
  });
});

describe('the migration path', () => {
  it('is a chain of named steps from the oldest version up to the current one', () => {
    expect(MIGRATIONS.map((m) => m.name)).toEqual(['v0-to-v1-rename-fields']);
    MIGRATIONS.forEach((m, i) => {
      expect(m.to).toBe(m.from + 1);
      if (i > 0) expect(m.from).toBe(MIGRATIONS[i - 1]!.to);
    });
    expect(MIGRATIONS.at(-1)!.to).toBe(CURRENT_FORMAT_VERSION);
  });

  it('leaves the opened JSON untouched and keeps fields it does not rename', () => {
    const draft = JSON.parse(V0_DRAFT) as Record<string, unknown>;
    const copy = structuredClone(draft);
    const result = migrateFile(draft, 0);
    expect(draft).toEqual(copy);
    if (!result.ok) throw new Error(result.detail);
    expect(result.applied).toEqual(['v0-to-v1-rename-fields']);
    expect(result.file.workshop).toEqual(copy.workshop);
  });

  it('reports a step that fails by its name instead of throwing', () => {
    const result = migrateFile({}, 0, [
      {
        from: 0,
        to: 1,
        name: 'v0-to-v1-broken',
        migrate: () => {
          throw new Error('boom');
        },
      },
    ]);
    expect(result).toEqual({ ok: false, migration: 'v0-to-v1-broken', detail: 'boom' });
  });
});
