/**
 * The hostile-file corpus (tests/fixtures/hostile/, docs/RELIABILITY.md): each file opens or
 * is refused exactly as its manifest says, with a message in every language, never throwing.
 * Big files are generated and opened in a child Node with a 512 MB heap: a file that made
 * opening take more memory than that (1,000,000 zeros took 1.2 GB before) fails the run.
 * No timing assertions; a hang fails by the test's timeout.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSnapshot } from '../../../shared/doc/ydoc';
import { describeLoadError, loadWorkspaceFile } from '../../../shared/file';
import { LOCALES } from '../../../shared/model';
import { generatedCases, MANIFEST_FILE, type Expected, type ManifestEntry } from '../../fixtures/hostile/corpus';

const FOLDER = join(__dirname, '../../fixtures/hostile');
const manifest = JSON.parse(readFileSync(join(FOLDER, MANIFEST_FILE), 'utf8')) as { files: ManifestEntry[]; generated: ManifestEntry[] };

function outcomeOf(bytes: Uint8Array): Expected & { message?: string[] } {
  const result = loadWorkspaceFile(bytes);
  if (!result.ok) return { outcome: 'error', code: result.error.code, message: LOCALES.map((l) => describeLoadError(result.error, l)) };
  // What opened is a workspace the app can show and save.
  expect(readSnapshot(result.doc)).not.toBeNull();
  return { outcome: 'opens', warning: result.warnings[0]?.code ?? null };
}

describe('the hostile-file corpus', () => {
  it('has at least 50 committed files, each listed in the manifest, and the generated ones on top', () => {
    const onDisk = readdirSync(FOLDER).filter((name) => name.endsWith('.journey')).sort();
    expect(onDisk.length).toBeGreaterThanOrEqual(50);
    expect(manifest.files.map((f) => f.file).sort()).toEqual(onDisk);
    expect(manifest.generated.map((f) => f.file)).toEqual(generatedCases().map((c) => c.file));
  });

  it.each(manifest.files.map((entry) => [entry.file, entry] as const))('%s opens or is refused as the manifest says', (_file, entry) => {
    const bytes = new Uint8Array(readFileSync(join(FOLDER, entry.file)));
    const before = ({} as Record<string, unknown>)['polluted'];
    const got = outcomeOf(bytes);
    const { message, ...outcome } = got;
    expect(outcome, entry.what).toEqual(entry.expected);
    for (const text of message ?? []) {
      expect(text.length).toBeGreaterThan(30);
      expect(text).not.toMatch(/undefined|\[object|NaN/);
    }
    expect(({} as Record<string, unknown>)['polluted']).toBe(before);
  });

  it('every generated big file is answered as the manifest says, within a 512 MB heap', async () => {
    const lines = await new Promise<string>((resolve, reject) => {
      const child = spawn(process.execPath, ['--max-old-space-size=512', '--expose-gc', '--import', 'tsx', join(FOLDER, 'run-generated.ts')], {
        cwd: join(__dirname, '../../..'),
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let out = '';
      let err = '';
      child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
      child.on('error', reject);
      child.on('close', (code, signal) => (code === 0 ? resolve(out) : reject(new Error(`the run ended with ${code ?? signal}: ${err.slice(-2000)}`))));
    });
    const results = lines
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { file: string; outcome: string; code?: string; warning?: string | null });
    expect(results.map((r) => r.file)).toEqual(manifest.generated.map((e) => e.file));
    for (const entry of manifest.generated) {
      const result = results.find((r) => r.file === entry.file)!;
      const got: Expected = result.outcome === 'error' ? { outcome: 'error', code: result.code! } : { outcome: 'opens', warning: result.warning ?? null };
      expect(got, `${entry.file}: ${entry.what}`).toEqual(entry.expected);
    }
  }, 180_000);
});
