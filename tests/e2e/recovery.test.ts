import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, findChromium, pageErrors, screenshot, serveRenderer, type Served } from './harness';

/**
 * Crash recovery in a real browser: edits, then the whole browser process killed with SIGKILL,
 * then a new browser on the same profile offers the unsaved work back and restores it.
 */
let served: Served;
let profile: string;
const running: ChildProcess[] = [];

beforeAll(async () => {
  served = await serveRenderer();
  profile = mkdtempSync(join(tmpdir(), 'journey-profile-'));
});
afterAll(async () => {
  for (const child of running) if (child.exitCode === null) child.kill('SIGKILL');
  await served?.stop();
  // A killed Chromium's helper processes may still be writing into the profile for a few
  // seconds: keep trying, and leave the temp folder behind rather than fail on clean-up.
  for (let attempt = 0; ; attempt++) {
    try {
      rmSync(profile, { recursive: true, force: true });
      break;
    } catch (error) {
      if (attempt >= 40) {
        console.warn(`could not remove ${profile}: ${String(error)}`);
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}, 30_000);

/** A Chromium of our own (so the test can kill its process), on `profile`, driven over CDP. */
async function startChromium(): Promise<{ browser: Browser; child: ChildProcess }> {
  const child = spawn(findChromium(), [...CHROMIUM_ARGS, '--headless=new', `--user-data-dir=${profile}`, '--remote-debugging-port=0', 'about:blank'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  running.push(child);
  const ws = await new Promise<string>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not start:\n${output}`)), 30_000);
    child.stderr!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.on('exit', (code) => reject(new Error(`Chromium exited with ${code}:\n${output}`)));
  });
  return { browser: await chromium.connectOverCDP(ws), child };
}

async function openApp(browser: Browser): Promise<Page> {
  const context = browser.contexts()[0]!;
  const page = await context.newPage();
  await page.setViewportSize({ width: 1400, height: 860 });
  await page.goto(`${served.url}?debug=1&lang=ru`);
  await page.waitForSelector('html[data-ready="true"]');
  await page.waitForFunction(() => window.journeyDebug?.cellRect(0, 0) !== null);
  return page;
}

async function addNote(page: Page, stage: number, lane: number, text: string): Promise<void> {
  const rect = (await page.evaluate(([s, l]) => window.journeyDebug.cellRect(s!, l!), [stage, lane]))!;
  await page.mouse.dblclick(rect.x + rect.width - 12, rect.y + rect.height - 10);
  await page.locator('textarea, [contenteditable="true"]').first().waitFor();
  await page.keyboard.type(text);
  await page.keyboard.press('Escape');
}

/** The browser's journal summaries in IndexedDB: what a kill would leave behind. */
function journalSummaries(page: Page): Promise<{ updatedAt: number; bytes: number }[]> {
  return page.evaluate(
    () =>
      new Promise<{ updatedAt: number; bytes: number }[]>((resolve) => {
        const open = indexedDB.open('journey-recovery');
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('journals')) return resolve([]);
          const all = db.transaction('journals').objectStore('journals').getAll();
          all.onsuccess = () => {
            resolve(all.result as { updatedAt: number; bytes: number }[]);
            db.close();
          };
        };
        open.onerror = () => resolve([]);
      }),
  );
}

/** Wait until the journal has been written after `since` and stopped changing (each keystroke is a change). */
async function journalSettled(page: Page, since: number): Promise<void> {
  let last = '';
  let same = 0;
  await expect
    .poll(
      async () => {
        const summaries = await journalSummaries(page);
        const key = JSON.stringify(summaries);
        same = key === last ? same + 1 : 0;
        last = key;
        // Written since the last note was begun, and unchanged over two more looks (1.6 s; a change is written within 0.3 s).
        return same >= 2 && summaries.length === 1 && summaries[0]!.updatedAt >= since;
      },
      { timeout: 30_000, interval: 800 },
    )
    .toBe(true);
}

describe('crash recovery in Chromium', () => {
  it('edits survive the browser process being killed: the next start offers them and restores them', async () => {
    const texts = ['Видит рекламу в Instagram', 'Membandingkan harga', 'Delivery is too expensive'];
    const first = await startChromium();
    const page = await openApp(first.browser);
    await addNote(page, 0, 0, texts[0]!);
    await addNote(page, 1, 0, texts[1]!);
    const beforeLast = await page.evaluate(() => Date.now());
    await addNote(page, 2, 3, texts[2]!);
    const before = (await page.evaluate(() => window.journeyDebug.snapshot()))!;
    expect(before.notes.map((n) => n.text).sort()).toEqual([...texts].sort());
    // The journal is written within a moment of each change; wait until the last one is in.
    await journalSettled(page, beforeLast);
    expect(pageErrors(page)).toEqual([]);

    // Kill the browser outright: no unload, no beforeunload, nothing saved.
    await new Promise<void>((resolve) => {
      first.child.once('exit', () => resolve());
      first.child.kill('SIGKILL');
    });

    const second = await startChromium();
    try {
      const again = await openApp(second.browser);
      const dialog = again.getByRole('alertdialog');
      await dialog.waitFor({ timeout: 20_000 });
      await expect.poll(() => dialog.locator('h2').textContent()).toBe('Восстановить несохранённую работу?');
      await screenshot(again, 'recovery-offer');
      await dialog.getByRole('button', { name: /^Восстановить «/ }).click();
      await again.waitForFunction((count) => (window.journeyDebug.snapshot()?.notes.length ?? 0) >= count, before.notes.length);
      const after = (await again.evaluate(() => window.journeyDebug.snapshot()))!;
      expect(after.notes.map((n) => n.text).sort()).toEqual([...texts].sort());
      // Restored, not saved: the title carries the unsaved marker.
      expect(await again.title()).toMatch(/^• /);
      await screenshot(again, 'recovery-restored');
      expect(pageErrors(again)).toEqual([]);

      // A third start offers nothing: the restored work is this tab's journal now, and it is alive.
      const third = await openApp(second.browser);
      await third.waitForTimeout(500);
      expect(await third.getByRole('alertdialog').count()).toBe(0);
    } finally {
      await second.browser.close().catch(() => undefined);
      second.child.kill('SIGKILL');
    }
  }, 120_000);
});
