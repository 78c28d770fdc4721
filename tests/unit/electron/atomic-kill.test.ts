import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleForNode } from './bundle-for-node';

/**
 * Saving a 50 MB workspace killed with SIGKILL at random points, 50 times, in a child process:
 * the file on disk is always one whole version, old or new, never a mix or a truncated one.
 */
const SIZE = 50 * 1024 * 1024;
const LETTERS = 'ABC';

let dir: string;
let script: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'journey-atomic-kill-'));
  script = await bundleForNode('electron/main/files/atomic-write.ts');
}, 60_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await rm(dirname(script), { recursive: true, force: true });
});

function saveAndKill(runner: string, target: string, delayMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [runner, target], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.stdout.once('data', () => setTimeout(() => child.kill('SIGKILL'), delayMs));
    child.on('exit', (_code, signal) => (signal === 'SIGKILL' ? resolve() : reject(new Error(`the saver ended by itself: ${err}`))));
  });
}

describe('atomic save of 50 MB killed at random points', () => {
  it('leaves the old file or the new one whole, 50 kills out of 50', async () => {
    const target = join(dir, 'Big.journey');
    await writeFile(target, Buffer.alloc(SIZE, LETTERS.charCodeAt(0)));
    const runner = join(dir, 'runner.mjs');
    await writeFile(
      runner,
      `const { atomicWriteFile } = await import(${JSON.stringify(script)});
       const letters = ${JSON.stringify(LETTERS)};
       const versions = [...letters].map((l) => Buffer.alloc(${SIZE}, l.charCodeAt(0)));
       console.log('ready');
       for (let n = 1; ; n++) {
         const result = await atomicWriteFile(process.argv[2], versions[n % versions.length], { fsync: n % 2 === 0 });
         if (!result.ok) throw new Error(result.failure.message);
       }`,
    );
    const whole = new Map([...LETTERS].map((l) => [l, Buffer.alloc(SIZE, l.charCodeAt(0))]));
    const seen = new Set<string>();
    for (let round = 0; round < 50; round++) {
      await saveAndKill(runner, target, Math.floor(Math.random() * 700));
      const data = await readFile(target);
      expect(data.byteLength, `round ${round}`).toBe(SIZE);
      const letter = String.fromCharCode(data[0]!);
      expect(LETTERS, `round ${round}`).toContain(letter);
      // Whole: every byte is the first one (a mix of versions or zeros would differ somewhere).
      expect(data.equals(whole.get(letter)!), `round ${round}`).toBe(true);
      seen.add(letter);
    }
    // The kills landed at different points: more than one version ended up on disk.
    expect(seen.size).toBeGreaterThan(1);
    // What a kill leaves behind is only our own hidden temp files (the start-up sweep removes them).
    const others = (await readdir(dir)).filter((name) => name !== 'Big.journey' && name !== 'runner.mjs');
    for (const name of others) expect(name).toMatch(/^\.Big\.journey\.[0-9a-f]{12}\.tmp$/);
  }, 600_000);
});
