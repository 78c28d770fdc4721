import { describe, expect, it } from 'vitest';
import {
  IdSchema,
  NoteSchema,
  PersonaSchema,
  WorkspaceSnapshotSchema,
  findForbiddenKey,
  isValidId,
  newId,
  newWorkspace,
  type Note,
} from '../../../shared/model';

const NOW = '2025-03-01T09:00:00.000Z';

const note: Note = {
  id: 'note_1',
  boardId: 'board-1',
  stageId: 'stage1',
  laneId: 'lane1',
  order: 'a0',
  text: 'Sees an ad',
  color: 'yellow',
  width: 160,
  height: 110,
  author: 'Ana',
  createdAt: NOW,
};

describe('ids', () => {
  it.each(['__proto__', 'constructor', 'prototype', '', ' ', 'a b', 'a/b', 'é', 'x'.repeat(65)])('rejects %j', (id) => {
    expect(isValidId(id)).toBe(false);
    expect(IdSchema.safeParse(id).success).toBe(false);
  });

  it.each(['a', 'A-z_09', 'x'.repeat(64)])('accepts %j', (id) => {
    expect(IdSchema.safeParse(id).success).toBe(true);
  });

  it('new ids are valid and distinct', () => {
    const ids = Array.from({ length: 1000 }, () => newId());
    for (const id of ids) expect(isValidId(id)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('a record with a forbidden id is rejected', () => {
    expect(NoteSchema.safeParse({ ...note, id: '__proto__' }).success).toBe(false);
    expect(NoteSchema.safeParse({ ...note, stageId: 'has space' }).success).toBe(false);
  });
});

describe('record schemas', () => {
  it('a valid note parses', () => {
    expect(NoteSchema.parse(note)).toEqual(note);
  });

  it('keeps fields it does not know (written by a newer version), instead of dropping them', () => {
    const parsed = NoteSchema.parse({ ...note, votes: 3, reactions: { '👍': 2 } });
    expect(parsed).toMatchObject({ votes: 3, reactions: { '👍': 2 } });
    const ws = newWorkspace('en', NOW);
    const withExtra = { ...ws, workspace: { ...ws.workspace, theme: 'dark' }, boards: [{ ...ws.boards[0]!, zoom: 2 }] };
    const parsedWs = WorkspaceSnapshotSchema.parse(withExtra);
    expect(parsedWs.workspace).toMatchObject({ theme: 'dark' });
    expect(parsedWs.boards[0]).toMatchObject({ zoom: 2 });
  });

  it.each([
    ['an unknown colour', { color: 'magenta' }],
    ['a colour that is not a string', { color: 42 }],
    ['a note too small to read', { width: 10 }],
    ['a touchpoint impact out of 1..5', { impact: 6 }],
    ['an unknown channel', { channel: 'carrier pigeon' }],
    ['a date that is not a date', { createdAt: 'yesterday' }],
    ['an empty order key', { order: '' }],
  ])('rejects a note with %s', (_label, patch) => {
    expect(NoteSchema.safeParse({ ...note, ...patch }).success).toBe(false);
  });

  it('rejects a note with a required field missing', () => {
    const { text: _text, ...withoutText } = note;
    expect(NoteSchema.safeParse(withoutText).success).toBe(false);
  });

  it('accepts only image data URLs as persona photos', () => {
    const persona = {
      id: 'p1',
      name: 'Tim',
      order: 'a0',
      color: '#1c7ed6',
      role: '',
      age: '',
      quote: '',
      demographics: '',
      goals: '',
      needs: '',
      frustrations: '',
      behaviours: '',
      motivations: '',
      channels: ['online'],
    };
    expect(PersonaSchema.safeParse(persona).success).toBe(true);
    expect(PersonaSchema.safeParse({ ...persona, photo: 'data:image/png;base64,iVBORw0KGgo=' }).success).toBe(true);
    expect(PersonaSchema.safeParse({ ...persona, photo: 'https://tracker.example/pixel.png' }).success).toBe(false);
    expect(PersonaSchema.safeParse({ ...persona, photo: 'data:text/html;base64,PHNjcmlwdD4=' }).success).toBe(false);
    expect(PersonaSchema.safeParse({ ...persona, color: 'red' }).success).toBe(false);
  });
});

describe('findForbiddenKey', () => {
  it('finds a __proto__ key nested in parsed JSON, with its path', () => {
    const parsed: unknown = JSON.parse('{"notes":[{"id":"n1","extra":{"__proto__":{"polluted":true}}}]}');
    expect(findForbiddenKey(parsed)).toEqual(['notes', '0', 'extra', '__proto__']);
    // JSON.parse made "__proto__" an own key: nothing reached the real prototype.
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('finds constructor and prototype keys too', () => {
    expect(findForbiddenKey(JSON.parse('{"a":{"constructor":{"prototype":{}}}}'))).toEqual(['a', 'constructor']);
    expect(findForbiddenKey(JSON.parse('[[{"prototype":1}]]'))).toEqual(['0', '0', 'prototype']);
  });

  it('returns null for a clean workspace, and for plain values', () => {
    expect(findForbiddenKey(JSON.parse(JSON.stringify(newWorkspace('en', NOW))))).toBeNull();
    expect(findForbiddenKey('__proto__')).toBeNull();
    expect(findForbiddenKey(null)).toBeNull();
    expect(findForbiddenKey({ text: '__proto__ is fine as a value' })).toBeNull();
  });
});
