import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../../../shared/host-api';
import { readTextFile } from '../../../electron/main/files/read-file';
import { inEnglish } from '../in-english';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'journey-read-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('readTextFile', () => {
  it('reads UTF-8 text and names the file by its base name', async () => {
    const path = join(dir, 'Café plan.journey');
    await writeFile(path, '{"note":"Привет, 👋"}', 'utf8');
    expect(await readTextFile(path)).toEqual({ ok: true, value: { name: 'Café plan.journey', text: '{"note":"Привет, 👋"}' } });
  });

  it('drops a UTF-8 byte-order mark', async () => {
    const path = join(dir, 'bom.journey');
    await writeFile(path, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{}')]));
    const result = await readTextFile(path);
    expect(result.ok && result.value.text).toBe('{}');
  });

  it('refuses a file over MAX_FILE_BYTES from its size alone (sparse file, nothing read)', async () => {
    const path = join(dir, 'huge.journey');
    await writeFile(path, '');
    await truncate(path, MAX_FILE_BYTES + 1);
    const started = performance.now();
    const result = await readTextFile(path);
    expect(result).toEqual({ ok: false, failure: { code: 'too-large', bytes: MAX_FILE_BYTES + 1, limit: MAX_FILE_BYTES } });
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('accepts a file of exactly the limit', async () => {
    const path = join(dir, 'edge.journey');
    await writeFile(path, 'x'.repeat(100));
    const result = await readTextFile(path, { limit: 100 });
    expect(result.ok && result.value.text.length).toBe(100);
    expect(await readTextFile(path, { limit: 99 })).toEqual({ ok: false, failure: { code: 'too-large', bytes: 100, limit: 99 } });
  });

  it('explains a missing file', async () => {
    const result = await readTextFile(join(dir, 'gone.journey'));
    expect(result).toMatchObject({ ok: false, failure: { code: 'io' } });
    if (!result.ok && result.failure.code === 'io') expect(inEnglish(result.failure.message)).toMatch(/"gone\.journey" was not found/);
  });

  it('refuses a folder', async () => {
    await mkdir(join(dir, 'folder.journey'));
    const result = await readTextFile(join(dir, 'folder.journey'));
    expect(result).toMatchObject({ ok: false, failure: { code: 'io' } });
    if (!result.ok && result.failure.code === 'io') expect(inEnglish(result.failure.message)).toMatch(/is a folder/);
  });

  it.skipIf(process.platform === 'win32')('refuses a FIFO without opening it (opening would block)', async () => {
    const path = join(dir, 'pipe.journey');
    execFileSync('mkfifo', [path]);
    const result = await readTextFile(path);
    expect(result).toMatchObject({ ok: false, failure: { code: 'io' } });
    if (!result.ok && result.failure.code === 'io') expect(inEnglish(result.failure.message)).toMatch(/not a regular file/);
  });
});
