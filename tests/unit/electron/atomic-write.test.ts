import { spawnSync } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile, lstat, readlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { atomicWriteFile, tempPathFor } from '../../../electron/main/files/atomic-write';
import { bundleForNode } from './bundle-for-node';
import { inEnglish } from '../in-english';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'journey-atomic-'));
});
afterEach(async () => {
  await chmod(dir, 0o755).catch(() => undefined);
  await rm(dir, { recursive: true, force: true });
});

const isRoot = process.getuid?.() === 0;
const posix = process.platform !== 'win32';

describe('atomicWriteFile', () => {
  it('creates a new file with the text as UTF-8 and leaves nothing else behind', async () => {
    const target = join(dir, 'Onboarding.journey');
    const text = '{"title":"Кафе ☕ — naïve"}';
    expect(await atomicWriteFile(target, text)).toEqual({ ok: true });
    expect(await readFile(target, 'utf8')).toBe(text);
    expect(await readdir(dir)).toEqual(['Onboarding.journey']);
  });

  it('replaces an existing file and keeps its permissions', async () => {
    const target = join(dir, 'a.journey');
    await writeFile(target, 'old', { mode: 0o640 });
    await chmod(target, 0o640);
    expect(await atomicWriteFile(target, 'new content')).toEqual({ ok: true });
    expect(await readFile(target, 'utf8')).toBe('new content');
    if (posix) expect((await stat(target)).mode & 0o777).toBe(0o640);
    expect(await readdir(dir)).toEqual(['a.journey']);
  });

  it('writes through a symlink to the file it points at, keeping the link', async () => {
    if (!posix) return;
    const real = join(dir, 'real.journey');
    const link = join(dir, 'link.journey');
    await writeFile(real, 'old');
    await symlink(real, link);
    expect(await atomicWriteFile(link, 'new')).toEqual({ ok: true });
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect(await readlink(link)).toBe(real);
    expect(await readFile(real, 'utf8')).toBe('new');
  });

  it('puts the temp file in the same folder, hidden and unique', () => {
    const a = tempPathFor(join(dir, 'x.journey'));
    const b = tempPathFor(join(dir, 'x.journey'));
    expect(a).not.toBe(b);
    expect(a.startsWith(join(dir, '.x.journey.'))).toBe(true);
    expect(a.endsWith('.tmp')).toBe(true);
  });

  it('fails with a clear message when the folder does not exist, creating nothing', async () => {
    const result = await atomicWriteFile(join(dir, 'gone', 'a.journey'), 'text');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.failure.code).toBe('io');
    expect(inEnglish(result.failure.message)).toMatch(/no longer exists/);
    expect(await readdir(dir)).toEqual([]);
  });

  it('fails when the rename cannot happen (a folder is in the way) and removes its temp file', async () => {
    const target = join(dir, 'taken.journey');
    await mkdir(target);
    await writeFile(join(target, 'inside.txt'), 'keep me');
    const result = await atomicWriteFile(target, 'text');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(inEnglish(result.failure.message)).toContain('taken.journey');
    expect(await readdir(dir)).toEqual(['taken.journey']);
    expect(await readFile(join(target, 'inside.txt'), 'utf8')).toBe('keep me');
  });

  // The failure cases run the real module in a child process: one with a file-size limit, and
  // one as an unprivileged user (root ignores folder permissions).
  describe('failing part-way, in a child process', () => {
    let script: string;
    beforeAll(async () => {
      script = await bundleForNode('electron/main/files/atomic-write.ts');
      await chmod(dirname(script), 0o755);
    }, 30_000);
    afterAll(() => rm(dirname(script), { recursive: true, force: true }));

    async function runWrite(target: string, text: string, how: { ulimit?: string; asNobody?: boolean }): Promise<unknown> {
      const runner = join(dir, 'runner.mjs');
      await writeFile(
        runner,
        `process.on('SIGXFSZ', () => {}); // report EFBIG instead of being killed
         const { atomicWriteFile } = await import(${JSON.stringify(script)});
         console.log(JSON.stringify(await atomicWriteFile(process.argv[2], ${JSON.stringify(text)})));`,
      );
      await chmod(dir, 0o755);
      const limit = how.ulimit ? `ulimit -f ${how.ulimit} && ` : '';
      const wrapper = how.asNobody ? 'setpriv --reuid=65534 --regid=65534 --clear-groups ' : '';
      const child = spawnSync('bash', ['-c', `${limit}exec ${wrapper}"$0" "$@"`, process.execPath, runner, target], { encoding: 'utf8' });
      expect(child.status, child.stderr).toBe(0);
      return JSON.parse(child.stdout.trim());
    }

    // A full disk makes write() stop part-way; so does a file-size limit (bash: ulimit -f 16 = 16 KiB).
    it.skipIf(!posix)('when the disk fills up mid-write: old file intact, no truncated file, no temp file', async () => {
      const work = join(dir, 'work');
      await mkdir(work);
      const target = join(work, 'doc.journey');
      await writeFile(target, 'old content');
      const result = await runWrite(target, 'x'.repeat(100_000), { ulimit: '16' });
      expect(inEnglish(result)).toMatchObject({ ok: false, failure: { code: 'io', message: expect.stringMatching(/too large for this drive/) } });
      expect(await readFile(target, 'utf8')).toBe('old content');
      expect(await readdir(work)).toEqual(['doc.journey']);
    }, 30_000);

    const dropRoot = isRoot && posix && spawnSync('setpriv', ['--version']).status === 0;
    it.skipIf(!posix || (isRoot && !dropRoot))('in a read-only folder: a permission message, old file intact, no temp file', async () => {
      const work = join(dir, 'read-only');
      await mkdir(work);
      const target = join(work, 'doc.journey');
      await writeFile(target, 'old content', { mode: 0o666 });
      await chmod(target, 0o666);
      await chmod(work, 0o555);
      const result = await runWrite(target, 'new content', { asNobody: dropRoot });
      await chmod(work, 0o755);
      expect(inEnglish(result)).toMatchObject({ ok: false, failure: { code: 'io', message: expect.stringMatching(/permission to save "doc\.journey"/) } });
      expect(await readFile(target, 'utf8')).toBe('old content');
      expect(await readdir(work)).toEqual(['doc.journey']);
    }, 30_000);
  });
});
