import { describe, expect, it } from 'vitest';
import { placeTags, type Box, type TagRequest } from '../../../renderer/src/collab/tag-placement';

const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Two people in one note: the first-hour issue's overlapping name labels over the text being typed. */
describe('presence name tags', () => {
  const note: Box = { x: 100, y: 100, width: 160, height: 110 };
  const tag = (key: string, anchor: TagRequest['anchor'], width = 90): TagRequest => ({ key, anchor, width, height: 20 });

  it('two people typing in one note: both tags sit above it, side by side, clear of the text', () => {
    const tags = placeTags([tag('edit-a', { kind: 'editing', note }), tag('edit-b', { kind: 'editing', note })], [note], 4);
    const [a, b] = [tags.get('edit-a')!, tags.get('edit-b')!];
    expect(overlaps(a, note) || overlaps(b, note)).toBe(false);
    expect(overlaps(a, b)).toBe(false);
    expect(a.y + a.height).toBeLessThanOrEqual(note.y);
    expect(b.y + b.height).toBeLessThanOrEqual(note.y);
  });

  it('a cursor resting on a note being typed in puts its name outside the note, not over the text', () => {
    const cursor = { kind: 'cursor' as const, x: 150, y: 140 };
    const tags = placeTags([tag('cursor-c', cursor), tag('edit-a', { kind: 'editing', note })], [note], 4);
    const c = tags.get('cursor-c')!;
    expect(c).toBeDefined();
    expect(overlaps(c, note)).toBe(false);
    expect(overlaps(tags.get('edit-a')!, note)).toBe(false);
    expect(overlaps(c, tags.get('edit-a')!)).toBe(false);
  });

  it('cursors away from any typing keep their tag right below the arrow', () => {
    const tags = placeTags([tag('cursor-c', { kind: 'cursor', x: 500, y: 500 })], [note], 4);
    expect(tags.get('cursor-c')).toEqual({ x: 514, y: 516, width: 90, height: 20 });
  });

  it('many tags never overlap one another or the typed-in notes', () => {
    const notes: Box[] = [note, { x: 300, y: 100, width: 160, height: 110 }];
    const requests = [
      ...notes.flatMap((n, i) => [tag(`edit-${i}a`, { kind: 'editing', note: n }, 120), tag(`edit-${i}b`, { kind: 'editing', note: n }, 60)]),
      ...Array.from({ length: 6 }, (_, i) => tag(`cursor-${i}`, { kind: 'cursor', x: 120 + i * 30, y: 120 + (i % 2) * 40 }, 70)),
    ];
    const tags = [...placeTags(requests, notes, 4).values()];
    for (const t of tags) for (const n of notes) expect(overlaps(t, n)).toBe(false);
    for (let i = 0; i < tags.length; i++) for (let j = i + 1; j < tags.length; j++) expect(overlaps(tags[i]!, tags[j]!)).toBe(false);
  });
});
