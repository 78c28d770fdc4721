/**
 * Big rooms over WebRTC: a workspace far larger than one data-channel message (Chromium drops
 * messages over 256 KiB) reaches a guest in chunks, and a host serves five guests joining at
 * once. Separate Chromium processes on loopback, through our signaling server.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Served } from './harness';
import { converged, joinQuery, newRoom, pageErrorsOf, type Room, type RunningSignalingServer, startCollabRig, stopCollabRig } from './collab-harness';

let served: Served;
let signaling: RunningSignalingServer;
let browsers: Browser[] = [];

beforeAll(async () => {
  ({ served, signaling, browsers } = await startCollabRig());
}, 60_000);

afterAll(() => stopCollabRig({ served, signaling, browsers }));

/** A host whose open workspace is one journey board of `notes` notes. */
async function bigHost(browser: Browser, room: Room, notes: number): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  (page as Page & { journeyErrors?: string[] }).journeyErrors = errors;
  await page.goto(`${served.url}?debug=1&lang=en`);
  await page.waitForSelector('html[data-ready="true"]');
  await page.evaluate((n) => window.journeyDebug.bench.setup(n), notes);
  await page.evaluate((r) => {
    window.journeyDebug.collab!.setUser('Host', '#d9480f');
    return window.journeyDebug.collab!.host(r);
  }, room);
  return page;
}

/** A guest opening the join link; resolves once the room's workspace is here (or throws with its status). */
async function bigGuest(browser: Browser, room: Room, name: string, timeout: number): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  (page as Page & { journeyErrors?: string[] }).journeyErrors = errors;
  // What the cover said while the workspace arrived, as a person would have read it.
  await context.addInitScript({
    content: `window.coverLines = []; new MutationObserver(() => { const t = document.querySelector('[data-testid="collab-join-progress"]')?.textContent; if (t && window.coverLines.at(-1) !== t) window.coverLines.push(t); }).observe(document, { subtree: true, childList: true, characterData: true });`,
  });
  await page.goto(`${served.url}?debug=1&${joinQuery(room, name)}`);
  await page.waitForSelector('html[data-ready="true"]');
  await page.waitForFunction(() => window.journeyDebug.collab?.status().synced === true, undefined, { timeout, polling: 100 }).catch(async (error: unknown) => {
    throw new Error(`${name} did not receive the workspace: ${String(error)}\n${JSON.stringify(await page.evaluate(() => window.journeyDebug.collab?.status()))}`);
  });
  return page;
}

const noteCount = (page: Page) => page.evaluate(() => window.journeyDebug.snapshot()?.notes.length ?? 0);
const coverLines = (page: Page) => page.evaluate(() => (window as unknown as { coverLines: string[] }).coverLines);

describe('a big room over WebRTC', () => {
  it('a guest joins a 5,000-note room (a 2 MB Yjs state) and holds every note; big edits go both ways', async () => {
    const room = newRoom(signaling);
    const host = await bigHost(browsers[0]!, room, 5000);
    expect(await noteCount(host)).toBe(5000);
    const guest = await bigGuest(browsers[1]!, room, 'Budi', 60_000);
    expect(await noteCount(guest)).toBe(5000);
    const status = await guest.evaluate(() => window.journeyDebug.collab!.status());
    // It came in chunks: far more than one data-channel message, all of it, nothing dropped.
    expect(status.join).toMatchObject({ percent: 100, failure: null });
    expect(status.join!.totalBytes).toBeGreaterThan(1024 * 1024);
    expect(status.droppedFrames).toBe(0);
    // The guest's board is drawn, and the cover is gone.
    await guest.waitForFunction(() => window.journeyDebug.cellRect(0, 0) !== null, undefined, { timeout: 20_000 });
    expect(await guest.getByTestId('collab-cover').count()).toBe(0);
    expect((await coverLines(guest)).every((line) => /^(Connecting to the session…|Receiving the workspace…( \d+ %)?)$/.test(line))).toBe(true);

    // Big later updates, both directions: a long note typed on the guest, another on the host.
    const [first, second] = (await host.evaluate(() => window.journeyDebug.snapshot()!.notes.slice(0, 2).map((n) => n.id))) as [string, string];
    const longText = (who: string) => `${who}: ${'Клиент ждёт ответа по заказу. '.repeat(600)}`.slice(0, 20_000);
    await guest.evaluate(([id, text]) => window.journeyDebug.collab!.command('setNoteText', id, text), [first, longText('guest')] as const);
    await host.evaluate(([id, text]) => window.journeyDebug.collab!.command('setNoteText', id, text), [second, longText('host')] as const);
    const end = await converged([host, guest], 30_000);
    expect(end.notes).toHaveLength(5000);
    expect(end.notes.find((n) => n.id === first)!.text).toBe(longText('guest'));
    expect(end.notes.find((n) => n.id === second)!.text).toBe(longText('host'));
    expect(pageErrorsOf(host)).toEqual([]);
    expect(pageErrorsOf(guest)).toEqual([]);
    await Promise.all([host.context().close(), guest.context().close()]);
  }, 120_000);

  it('a host serves five guests joining at once; each holds every note', async () => {
    const room = newRoom(signaling);
    const host = await bigHost(browsers[0]!, room, 2000);
    // Five guests at the same moment, in two other Chromium processes.
    const names = ['Budi', 'Citra', 'Dewi', 'Eko', 'Fitri'];
    const guests = await Promise.all(names.map((name, i) => bigGuest(browsers[1 + (i % 2)]!, room, name, 120_000)));
    for (const guest of guests) expect(await noteCount(guest)).toBe(2000);
    const statuses = await Promise.all(guests.map((g) => g.evaluate(() => window.journeyDebug.collab!.status())));
    for (const s of statuses) {
      expect(s.join).toMatchObject({ percent: 100, failure: null });
      expect(s.droppedFrames).toBe(0);
    }
    // Everyone is connected to everyone, and an edit made now reaches them all.
    await host.waitForFunction(() => window.journeyDebug.collab!.status().peers >= 5, undefined, { timeout: 30_000, polling: 200 });
    const noteId = await host.evaluate(() => window.journeyDebug.snapshot()!.notes[0]!.id);
    await guests[4]!.evaluate((id) => window.journeyDebug.collab!.command('setNoteText', id, 'seen by all six'), noteId);
    const end = await converged([host, ...guests], 60_000);
    expect(end.notes).toHaveLength(2000);
    expect(end.notes.find((n) => n.id === noteId)!.text).toBe('seen by all six');
    for (const page of [host, ...guests]) expect(pageErrorsOf(page)).toEqual([]);
    await Promise.all([host, ...guests].map((p) => p.context().close()));
  }, 180_000);
});
