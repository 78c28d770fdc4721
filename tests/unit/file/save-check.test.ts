import { describe, expect, it } from 'vitest';
import { checkSaveable, describeSaveProblem, loadWorkspaceFile, type SaveProblem } from '../../../shared/file';
import { MAX_FILE_BYTES } from '../../../shared/host-api';
import { LOCALES, sampleWorkspace, type Persona } from '../../../shared/model';
import { docOf, NOW, sampleDoc, save, sampleDocWithHistory } from './workspaces';

/** A data URL of `chars` characters (the largest photo the schema allows is 2,000,000). */
function photo(chars: number, seed: number): string {
  const head = 'data:image/jpeg;base64,';
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const block = Array.from({ length: 4096 }, (_, i) => alphabet[(i * 7 + seed * 13) % 64]).join('');
  return (head + block.repeat(Math.ceil(chars / block.length))).slice(0, chars);
}

describe('Save writes only files the app opens again', () => {
  it('lets through what the app writes for ordinary workspaces (and that file opens)', () => {
    for (const doc of [sampleDoc(), sampleDocWithHistory()]) {
      const text = save(doc);
      expect(checkSaveable(text)).toBeNull();
      expect(loadWorkspaceFile(text).ok).toBe(true);
    }
  });

  it('refuses a workspace whose file would be larger than the app opens, saying how large, in every language', () => {
    // 34 personas with the largest photo allowed: the photos alone are 68 MB, written twice
    // (readable snapshot and Yjs state), so the file is well over MAX_FILE_BYTES.
    const workspace = sampleWorkspace('en', NOW);
    const base = workspace.personas[0]!;
    const personas: Persona[] = Array.from({ length: 34 }, (_, i) => ({ ...base, id: `big-photo-${i}`, order: `a${i}`, photo: photo(2_000_000, i) }));
    const text = save(docOf({ ...workspace, personas }));
    expect(Buffer.byteLength(text)).toBeGreaterThan(MAX_FILE_BYTES);
    const problem = checkSaveable(text);
    expect(problem).toEqual({ code: 'too-large-to-open', bytes: Buffer.byteLength(text), limit: MAX_FILE_BYTES });
    // It is exactly what opening the file would refuse.
    const opened = loadWorkspaceFile(text);
    expect(opened.ok ? null : opened.error.code).toBe('too-large');
    expect(describeSaveProblem(problem!, 'en')).toMatch(/^Nothing was saved: the file would be \d+(\.\d)? MB, and Journey opens files of up to 128 MB.*Your work is still open/);
    for (const locale of LOCALES) expect(describeSaveProblem(problem!, locale)).toContain('128');
  }, 120_000);

  it('refuses text that opening would refuse for another reason: which limit it passes, or what opening would say', () => {
    // Unknown top-level fields are written back as they came: one nested past the depth limit.
    let deep: unknown = 'bottom';
    for (let i = 0; i < 120; i++) deep = { level: deep };
    const text = save(sampleDoc(), { 'x-tool': deep });
    const problem = checkSaveable(text);
    expect(problem).toMatchObject({ code: 'would-not-open', error: { code: 'over-limit', what: 'depth', limit: 100 } });
    expect(describeSaveProblem(problem!, 'en')).toMatch(/^Nothing was saved: the workspace holds more than a file Journey opens may hold \(fields nested more than 100 levels deep, at \["x-tool"\]\.level\.level\.level\.level\.level\.level\.level…\)/);
    const invalid: SaveProblem = { code: 'would-not-open', error: { code: 'invalid', issues: [{ path: 'snapshot.notes[0].color', message: 'bad' }], total: 1 } };
    for (const locale of LOCALES) expect(describeSaveProblem(invalid, locale)).toContain('snapshot.notes[0].color');
  });

  it('has a message for every problem in every language, each different', () => {
    const problems: SaveProblem[] = [
      { code: 'too-large-to-open', bytes: 150 * 1024 * 1024, limit: MAX_FILE_BYTES },
      { code: 'would-not-open', error: { code: 'duplicate-key', path: 'snapshot.notes[0].text' } },
      { code: 'read-only', name: 'Signed off.journey' },
    ];
    for (const locale of LOCALES) {
      const messages = problems.map((p) => describeSaveProblem(p, locale));
      expect(new Set(messages).size).toBe(problems.length);
      for (const message of messages) {
        expect(message.length).toBeGreaterThan(40);
        expect(message).not.toMatch(/undefined|\[object|NaN/);
      }
      expect(messages[2]).toContain('Signed off.journey');
      expect(messages[0]).toContain('150');
    }
  });
});
