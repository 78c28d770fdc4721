import { mkdir, mkdtemp, readdir, rm, stat, symlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { atomicWriteFile, tempPathFor } from '../../../electron/main/files/atomic-write';
import { foldersToSweep, STALE_TEMP_AGE_MS, sweepStaleTempFiles, tempTargetName } from '../../../electron/main/files/temp-sweep';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'journey-sweep-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const HOUR = 60 * 60 * 1000;

/** A file at `path` last modified `ageMs` ago. */
async function fileAged(path: string, ageMs: number, text = 'x'.repeat(1000)): Promise<string> {
  await writeFile(path, text);
  const when = new Date(Date.now() - ageMs);
  await utimes(path, when, when);
  return path;
}

describe('sweeping stale temp files of killed saves', () => {
  it('recognises exactly the names atomicWriteFile makes', () => {
    const temp = tempPathFor(join(dir, 'Workshop.journey'));
    expect(tempTargetName(temp.slice(dir.length + 1))).toBe('Workshop.journey');
    expect(tempTargetName(tempPathFor(join(dir, 'recent-files.json')).slice(dir.length + 1))).toBe('recent-files.json');
    for (const name of ['Workshop.journey', '.Workshop.journey.tmp', '.Workshop.journey.abc.tmp', '.notes.txt.0123456789ab.tmp', 'x.Workshop.journey.0123456789ab.tmp', '.Workshop.journey.0123456789ab.tmp.bak']) {
      expect(tempTargetName(name)).toBeNull();
    }
  });

  it('removes old temp files of ours and keeps everything else: the documents, recent temp files, other files, links and folders', async () => {
    const work = join(dir, 'Workshops');
    await mkdir(work);
    const stale = [
      await fileAged(join(work, '.Onboarding.journey.0123456789ab.tmp'), 2 * HOUR),
      await fileAged(join(work, '.Onboarding.journey.ba9876543210.tmp'), 30 * 24 * HOUR),
    ];
    const kept = [
      await fileAged(join(work, 'Onboarding.journey'), 2 * HOUR),
      // A save in progress right now (another window, another copy of the app).
      await fileAged(join(work, '.Onboarding.journey.00000000ffff.tmp'), 1000),
      // Someone else's temp file, and a name that only looks like ours.
      await fileAged(join(work, '.report.docx.0123456789ab.tmp'), 2 * HOUR),
      await fileAged(join(work, 'Onboarding.journey.0123456789ab.tmp'), 2 * HOUR),
    ];
    // A folder and a link that match the pattern are never removed (nor followed).
    await mkdir(join(work, '.Folder.journey.0123456789ab.tmp'));
    const elsewhere = await fileAged(join(dir, 'precious.journey'), 2 * HOUR);
    await symlink(elsewhere, join(work, '.Link.journey.0123456789ab.tmp'));
    const old = new Date(Date.now() - 2 * HOUR);
    await utimes(join(work, '.Folder.journey.0123456789ab.tmp'), old, old);

    const result = await sweepStaleTempFiles([work, work, join(dir, 'gone')]);
    expect([...result.removed].sort()).toEqual([...stale].sort());
    expect(result.bytes).toBe(2000);
    const left = await readdir(work);
    for (const path of kept) expect(left).toContain(path.slice(work.length + 1));
    expect(left).toContain('.Folder.journey.0123456789ab.tmp');
    expect(left).toContain('.Link.journey.0123456789ab.tmp');
    expect((await stat(elsewhere)).size).toBe(1000);
  });

  it('looks only in the folders it is given, not below them', async () => {
    const nested = join(dir, 'sub');
    await mkdir(nested);
    const deep = await fileAged(join(nested, '.Deep.journey.0123456789ab.tmp'), 2 * HOUR);
    expect((await sweepStaleTempFiles([dir])).removed).toEqual([]);
    expect((await stat(deep)).isFile()).toBe(true);
  });

  it('sweeps the folders of the recent files and the data folder, each once', () => {
    expect(foldersToSweep(['/w/a/One.journey', '/w/a/Two.journey', '/w/b/Three.journey'], '/data')).toEqual(['/data', '/w/a', '/w/b']);
  });

  it('a temp file left by a real atomic write that was cut short is swept once it is old', async () => {
    const target = join(dir, 'Plan.journey');
    expect(await atomicWriteFile(target, 'saved', { fsync: false })).toEqual({ ok: true });
    // What a kill between "temp written" and "renamed" leaves behind.
    const orphan = await fileAged(tempPathFor(target), STALE_TEMP_AGE_MS + 1000, 'half a save');
    expect((await sweepStaleTempFiles([dir])).removed).toEqual([orphan]);
    expect(await readdir(dir)).toEqual(['Plan.journey']);
  });
});
