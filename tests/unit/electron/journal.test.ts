import { translatorFor } from '../../../shared/i18n';
import { spawn, spawnSync } from 'node:child_process';
import { appendFile, mkdir, symlink, mkdtemp, readdir, readFile, rm, stat, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { decodeRecords, encodeRecords, JournalStore } from '../../../electron/main/files/journal';
import { workspaceFromUpdates } from '../../../shared/file/recover';
import { bundleForNode, REPO_ROOT } from './bundle-for-node';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'journey-journal-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const bytes = (...values: number[]) => new Uint8Array(values);
const meta = { title: 'Путь клиента', fileName: 'Plan.journey', filePath: '/docs/Plan.journey' };

describe('journal records', () => {
  it('round-trip, and a record cut short or damaged ends the journal there, keeping every whole one before it', () => {
    const records = encodeRecords([bytes(1, 2, 3), bytes(), bytes(9)]);
    expect(decodeRecords(records).updates).toEqual([bytes(1, 2, 3), bytes(), bytes(9)]);
    for (let cut = 0; cut < records.byteLength; cut++) {
      const { updates } = decodeRecords(records.subarray(0, cut));
      expect([bytes(1, 2, 3), bytes(), bytes(9)].slice(0, updates.length)).toEqual(updates);
    }
    const damaged = Buffer.from(records);
    damaged[8 + 3 + 8 + 8]! ^= 0xff; // the third record's payload
    expect(decodeRecords(damaged).updates).toEqual([bytes(1, 2, 3), bytes()]);
  });
});

describe('JournalStore', () => {
  it('appends, lists newest first with its title, reads back, resets and discards', async () => {
    const store = new JournalStore(join(dir, 'recovery'), { fsync: false });
    expect(await store.list()).toEqual([]);
    expect(await store.append('j-aaaaaaaa', [bytes(1)], meta, true)).toEqual({ ok: true, bytes: 9 });
    expect(await store.append('j-aaaaaaaa', [bytes(2), bytes(3)], meta, false)).toEqual({ ok: true, bytes: 27 });
    await new Promise((resolve) => setTimeout(resolve, 20));
    await store.append('j-bbbbbbbb', [bytes(7)], { title: '', fileName: null, filePath: null }, true);
    const listed = await store.list();
    expect(listed.map((j) => [j.id, j.title, j.fileName, j.bytes])).toEqual([
      ['j-bbbbbbbb', '', null, 9],
      ['j-aaaaaaaa', 'Путь клиента', 'Plan.journey', 27],
    ]);
    expect(await store.read('j-aaaaaaaa')).toEqual({ updates: [bytes(1), bytes(2), bytes(3)], meta: { ...meta, diskStamp: null } });
    expect((await store.list(new Set(['j-bbbbbbbb']))).map((j) => j.id)).toEqual(['j-aaaaaaaa']);
    expect(await store.append('j-aaaaaaaa', [bytes(4, 5)], meta, true)).toEqual({ ok: true, bytes: 10 });
    expect((await store.read('j-aaaaaaaa'))?.updates).toEqual([bytes(4, 5)]);
    await store.discard('j-aaaaaaaa');
    expect(await store.read('j-aaaaaaaa')).toBeNull();
    expect((await readdir(join(dir, 'recovery'))).sort()).toEqual(['j-bbbbbbbb.journal', 'j-bbbbbbbb.json']);
  });

  it('refuses ids that are not journal ids (no paths), writing nothing', async () => {
    const store = new JournalStore(join(dir, 'recovery'), { fsync: false });
    for (const id of ['../../etc/passwd', 'short', 'a/b-cdefgh', '']) {
      const result = await store.append(id, [bytes(1)], meta, true);
      expect(result.ok).toBe(false);
    }
    expect(await readdir(dir)).toEqual([]);
  });

  it('ignores stray files and empty journals; keeps at most maxJournals (the oldest go)', async () => {
    const folder = join(dir, 'recovery');
    const store = new JournalStore(folder, { fsync: false, maxJournals: 2 });
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, 'notes.txt'), 'hello');
    await writeFile(join(folder, 'j-emptyone.journal'), '');
    for (const id of ['j-first000', 'j-second00', 'j-third000']) {
      await store.append(id, [bytes(1)], meta, true);
      await new Promise((resolve) => setTimeout(resolve, 15));
    }
    expect((await store.list()).map((j) => j.id)).toEqual(['j-third000', 'j-second00']);
    expect(await store.read('j-first000')).toBeNull();
  });

  it('a torn tail left by a kill is dropped on read, and a later reset writes a clean journal', async () => {
    const store = new JournalStore(join(dir, 'recovery'), { fsync: false });
    await store.append('j-torn0000', [bytes(1, 1), bytes(2, 2)], meta, true);
    const path = join(dir, 'recovery', 'j-torn0000.journal');
    await appendFile(path, Buffer.from([200, 0, 0, 0, 1, 2]));
    expect((await store.read('j-torn0000'))?.updates).toEqual([bytes(1, 1), bytes(2, 2)]);
    await truncate(path, 9 + 4);
    expect((await store.read('j-torn0000'))?.updates).toEqual([bytes(1, 1)]);
    await store.append('j-torn0000', [bytes(3)], meta, true);
    expect((await stat(path)).size).toBe(9);
  });

  const posix = process.platform !== 'win32';
  it.skipIf(!posix)('a full disk (a file-size limit) fails the append with a clear message and keeps the journal readable', async () => {
    const script = await bundleForNode('electron/main/files/journal.ts');
    try {
      const runner = join(dir, 'runner.mjs');
      await writeFile(
        runner,
        `process.on('SIGXFSZ', () => {});
         const { JournalStore } = await import(${JSON.stringify(script)});
         const store = new JournalStore(process.argv[2]);
         const meta = { title: 't', fileName: null, filePath: null };
         const first = await store.append('j-fulldisk', [new Uint8Array(1000).fill(1)], meta, true);
         const second = await store.append('j-fulldisk', [new Uint8Array(100000).fill(2)], meta, false);
         console.log(JSON.stringify({ first, second }));`,
      );
      const child = spawnSync('bash', ['-c', 'ulimit -f 16 && exec "$0" "$@"', process.execPath, runner, join(dir, 'recovery')], { encoding: 'utf8' });
      expect(child.status, child.stderr).toBe(0);
      const { first, second } = JSON.parse(child.stdout.trim());
      expect(first).toEqual({ ok: true, bytes: 1008 });
      expect(second).toMatchObject({ ok: false, failure: { code: 'io' } });
      expect(!second.ok && second.failure.code === 'io' && translatorFor('en').text(second.failure.message)).toBe('the disk that holds the app’s data is full');
      const store = new JournalStore(join(dir, 'recovery'));
      expect((await store.read('j-fulldisk'))?.updates).toEqual([new Uint8Array(1000).fill(1)]);
      // Nothing of the failed record is left for later appends to follow.
      expect((await stat(join(dir, 'recovery', 'j-fulldisk.journal'))).size).toBe(1008);
    } finally {
      await rm(dirname(script), { recursive: true, force: true });
    }
  }, 60_000);
});

describe('killed while journalling, in a child process', () => {
  let writer: string;
  beforeAll(async () => {
    writer = await bundleForNode('tests/unit/electron/fixtures/journal-writer.ts');
    // The bundle imports yjs and zod as packages: let it find ours.
    await symlink(join(REPO_ROOT, 'node_modules'), join(dirname(writer), 'node_modules'), 'dir');
  }, 60_000);
  afterAll(() => rm(dirname(writer), { recursive: true, force: true }));

  /** Starts the writer, kills it with SIGKILL once it reported `after` appends (plus a random delay). */
  function runAndKill(folder: string, id: string, after: number, extraMs: number, mode = 'sync'): Promise<number> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [writer, folder, id, mode], { stdio: ['ignore', 'pipe', 'pipe'] });
      let last = -1;
      let out = '';
      let err = '';
      let killing = false;
      child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const lines = out.split('\n');
        out = lines.pop() ?? '';
        for (const line of lines) last = Number(line.split(' ')[1]);
        if (!killing && last + 1 >= after) {
          killing = true;
          setTimeout(() => child.kill('SIGKILL'), extraMs);
        }
      });
      child.on('exit', (_code, signal) => (signal === 'SIGKILL' ? resolve(last) : reject(new Error(`writer ended by itself: ${err}`))));
    });
  }

  it('every note whose append had resolved before the kill is restored, 20 kills at random moments', async () => {
    const folder = join(dir, 'recovery');
    for (let round = 0; round < 20; round++) {
      const id = `j-kill-${String(round).padStart(4, '0')}`;
      const lastSaved = await runAndKill(folder, id, 5 + Math.floor(Math.random() * 40), Math.floor(Math.random() * 30), round % 2 ? 'nosync' : 'sync');
      const found = await new JournalStore(folder).read(id);
      expect(found, `round ${round}`).not.toBeNull();
      const restored = workspaceFromUpdates(found!.updates, 'test');
      expect(restored.ok, `round ${round}`).toBe(true);
      if (!restored.ok) return;
      const texts = new Set(restored.snapshot.notes.map((n) => n.text));
      // Every acknowledged note is there, the journal never holds a note twice, and at most the
      // one append in flight at the kill is beyond what was acknowledged.
      for (let n = 0; n <= lastSaved; n++) expect(texts.has(`Заметка ${n} — catatan ${n}`), `round ${round}, note ${n}`).toBe(true);
      expect(restored.snapshot.notes.length).toBe(texts.size);
      expect(restored.snapshot.notes.length).toBeLessThanOrEqual(lastSaved + 2);
      expect(restored.snapshot.workspace.title).toBeDefined();
    }
    const listed = await new JournalStore(folder).list();
    expect(listed).toHaveLength(20);
    expect(listed.every((j) => j.title === 'Путь клиента')).toBe(true);
  }, 180_000);

  it('leaves no temp files behind after kills during a reset', async () => {
    const folder = join(dir, 'recovery');
    await runAndKill(folder, 'j-reset-000', 1, 0);
    const names = await readdir(folder);
    expect(names.filter((n) => n.endsWith('.tmp'))).toEqual([]);
    expect(JSON.parse(await readFile(join(folder, 'j-reset-000.json'), 'utf8'))).toMatchObject({ title: 'Путь клиента' });
  }, 60_000);
});
