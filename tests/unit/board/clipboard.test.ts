import { describe, expect, it } from 'vitest';
import { parseClipboard } from '../../../shared/doc';
import { noteContent } from '../../../shared/doc';
import { sampleWorkspace } from '../../../shared/model';

const defaults = { color: 'blue', width: 160, height: 110 } as const;

describe('parseClipboard', () => {
  it('our own payload round-trips every note’s content, kind fields included', () => {
    const notes = sampleWorkspace('en', '2025-03-01T09:00:00.000Z').notes.map(noteContent);
    expect(notes.some((n) => n.metric) && notes.some((n) => n.channel) && notes.some((n) => n.evidence)).toBe(true);
    const json = JSON.stringify({ notes });
    expect(parseClipboard(json, 'ignored text', defaults)).toEqual(notes);
  });

  it('keeps fields a newer version added', () => {
    const note = { text: 'x', color: 'red', width: 200, height: 100, futureField: 7 };
    expect(parseClipboard(JSON.stringify({ notes: [note] }), null, defaults)).toEqual([note]);
  });

  it('drops invalid entries and keeps the rest', () => {
    const good = { text: 'ok', color: 'green', width: 160, height: 110 };
    const bad = [
      { text: 'bad colour', color: 'magenta', width: 160, height: 110 },
      { text: 'too small', color: 'green', width: 5, height: 110 },
      { color: 'green', width: 160, height: 110 },
      { text: 'bad impact', color: 'green', width: 160, height: 110, impact: 9 },
      'a string',
      null,
    ];
    expect(parseClipboard(JSON.stringify({ notes: [bad[0], good, ...bad.slice(1)] }), 'fallback', defaults)).toEqual([good]);
  });

  it('falls back to the plain text when the payload is unusable', () => {
    const expected = [{ ...defaults, text: 'fallback' }];
    expect(parseClipboard('{not json', 'fallback', defaults)).toEqual(expected);
    expect(parseClipboard('null', 'fallback', defaults)).toEqual(expected);
    expect(parseClipboard(JSON.stringify({ notes: 'nope' }), 'fallback', defaults)).toEqual(expected);
    expect(parseClipboard(JSON.stringify({ notes: [{ text: 1 }] }), 'fallback', defaults)).toEqual(expected);
  });

  it('plain text becomes one note per non-empty line, trimmed, with the given colour and size', () => {
    const text = '  Sees an ad \r\n\r\nCompares prices\n   \n\tAsks a friend\n';
    expect(parseClipboard(null, text, defaults)).toEqual([
      { ...defaults, text: 'Sees an ad' },
      { ...defaults, text: 'Compares prices' },
      { ...defaults, text: 'Asks a friend' },
    ]);
  });

  it('nothing usable gives no notes', () => {
    expect(parseClipboard(null, null, defaults)).toEqual([]);
    expect(parseClipboard(null, '\n  \n', defaults)).toEqual([]);
  });

  it('caps a paste at 200 notes, and a line at the longest text a note may hold', () => {
    const lines = Array.from({ length: 500 }, (_, i) => `line ${i}`).join('\n');
    const fromText = parseClipboard(null, lines, defaults);
    expect(fromText).toHaveLength(200);
    expect(fromText.at(-1)!.text).toBe('line 199');
    const notes = Array.from({ length: 300 }, (_, i) => ({ text: `n${i}`, color: 'yellow', width: 160, height: 110 }));
    expect(parseClipboard(JSON.stringify({ notes }), null, defaults)).toHaveLength(200);
    expect(parseClipboard(null, 'x'.repeat(30_000), defaults)[0]!.text).toHaveLength(20_000);
  });
});
