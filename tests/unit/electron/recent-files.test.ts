import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseRecentList, RECENT_FILES_FILE, RECENT_FILES_LIMIT, RecentFiles, withRecent } from '../../../electron/main/files/recent-files';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'journey-recent-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const p = (name: string) => join(dir, 'docs', name);

describe('RecentFiles', () => {
  it('starts empty when there is no list file', async () => {
    expect(await new RecentFiles(dir).list()).toEqual([]);
  });

  it('keeps the most recent first, without duplicates, and persists across instances', async () => {
    const recent = new RecentFiles(dir, { caseInsensitive: false });
    await recent.add(p('a.journey'));
    await recent.add(p('b.journey'));
    await recent.add(p('a.journey'));
    expect(await recent.list()).toEqual([p('a.journey'), p('b.journey')]);
    expect(await new RecentFiles(dir).list()).toEqual([p('a.journey'), p('b.journey')]);
    const stored: unknown = JSON.parse(await readFile(join(dir, RECENT_FILES_FILE), 'utf8'));
    expect(stored).toEqual({ version: 1, files: [p('a.journey'), p('b.journey')] });
  });

  it(`keeps at most ${RECENT_FILES_LIMIT} files`, async () => {
    const recent = new RecentFiles(dir);
    for (let i = 0; i < 12; i++) await recent.add(p(`${i}.journey`));
    const list = await recent.list();
    expect(list).toHaveLength(10);
    expect(list[0]).toBe(p('11.journey'));
    expect(list.at(-1)).toBe(p('2.journey'));
  });

  it('tolerates a corrupt list file: it reads as empty and is replaced by the next add', async () => {
    await writeFile(join(dir, RECENT_FILES_FILE), '{"version":1,"files":["/a.jour');
    const recent = new RecentFiles(dir);
    expect(await recent.list()).toEqual([]);
    await recent.add(p('x.journey'));
    expect(await recent.list()).toEqual([p('x.journey')]);
  });

  it('ignores entries that are not absolute path strings', async () => {
    await writeFile(join(dir, RECENT_FILES_FILE), JSON.stringify({ files: [42, 'relative.journey', p('ok.journey'), null, ''] }));
    expect(await new RecentFiles(dir).list()).toEqual([p('ok.journey')]);
  });

  it('treats paths differing only in case as one file where the file system does', async () => {
    const recent = new RecentFiles(dir, { caseInsensitive: true });
    await recent.add(p('Plan.journey'));
    await recent.add(p('PLAN.journey'));
    expect(await recent.list()).toEqual([p('PLAN.journey')]);
    expect(await recent.has(p('plan.JOURNEY'))).toBe(true);
  });

  it('removes and clears', async () => {
    const recent = new RecentFiles(dir);
    await recent.add(p('a.journey'));
    await recent.add(p('b.journey'));
    await recent.remove(p('a.journey'));
    expect(await recent.list()).toEqual([p('b.journey')]);
    await recent.clear();
    expect(await recent.list()).toEqual([]);
  });

  it('loses no entry when adds race, and leaves no temp files', async () => {
    const recent = new RecentFiles(dir);
    await Promise.all(['1', '2', '3', '4', '5'].map((n) => recent.add(p(`${n}.journey`))));
    expect((await recent.list()).sort()).toEqual(['1', '2', '3', '4', '5'].map((n) => p(`${n}.journey`)).sort());
    expect(await readdir(dir)).toEqual([RECENT_FILES_FILE]);
  });

  it('creates its folder when needed', async () => {
    const recent = new RecentFiles(join(dir, 'new', 'folder'));
    await recent.add(p('a.journey'));
    expect(await recent.list()).toEqual([p('a.journey')]);
  });
});

describe('withRecent / parseRecentList', () => {
  it('moves an existing entry to the front', () => {
    expect(withRecent(['/a', '/b', '/c'], '/c', 10, false)).toEqual(['/c', '/a', '/b']);
  });
  it('cuts to the limit', () => {
    expect(withRecent(['/a', '/b'], '/c', 2, false)).toEqual(['/c', '/a']);
  });
  it('returns [] for JSON that is not a list object', () => {
    expect(parseRecentList('[1,2]', 10, false)).toEqual([]);
    expect(parseRecentList('null', 10, false)).toEqual([]);
    expect(parseRecentList('', 10, false)).toEqual([]);
  });
});
