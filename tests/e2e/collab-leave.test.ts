/**
 * A participant who leaves is no longer listed (first-hour issue: people who left stayed
 * "connected" for about a minute). Three separate Chromium processes through our signaling
 * server: a guest whose page closes without a goodbye disappears from the others' lists as soon
 * as their connection to it closes, not when its awareness state times out (30 s).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Served } from './harness';
import { guestPeer, hostPeer, newRoom, pageErrorsOf, type RunningSignalingServer, startCollabRig, stopCollabRig } from './collab-harness';

let served: Served;
let signaling: RunningSignalingServer;
let browsers: Browser[] = [];

beforeAll(async () => {
  ({ served, signaling, browsers } = await startCollabRig());
}, 60_000);

afterAll(() => stopCollabRig({ served, signaling, browsers }));

const names = (page: Page) => page.evaluate(() => window.journeyDebug.collab!.participants().map((p) => p.name).sort());

describe('leaving', () => {
  it('a guest whose page closes is gone from the others’ lists once its connection closes (about 15 s), at once when it closes normally; the others stay', async () => {
    const room = newRoom(signaling);
    const host = await hostPeer(browsers[0]!, served, room, 'Ana');
    const budi = await guestPeer(browsers[1]!, served, room, 'Budi');
    const citra = await guestPeer(browsers[2]!, served, room, 'Citra');
    for (const page of [host, budi, citra]) {
      await page.waitForFunction(() => window.journeyDebug.collab!.participants().length >= 2, undefined, { timeout: 30_000, polling: 200 });
    }
    expect(await names(host)).toEqual(['Budi', 'Citra']);
    // Budi's window closes: no beforeunload, no goodbye message.
    await budi.context().close();
    const closedAt = Date.now();
    for (const page of [host, citra]) {
      await page.waitForFunction(() => !window.journeyDebug.collab!.participants().some((p) => p.name === 'Budi'), undefined, { timeout: 20_000, polling: 200 });
    }
    const tookMs = Date.now() - closedAt;
    console.log(`a closed guest left the lists after ${tookMs} ms`);
    // The ones still here stay listed, through renewals and afterwards.
    expect(await names(host)).toEqual(['Citra']);
    expect(await names(citra)).toEqual(['Ana']);
    await host.waitForTimeout(3000);
    expect(await names(host)).toEqual(['Citra']);
    for (const page of [host, citra]) expect(pageErrorsOf(page)).toEqual([]);
    // Citra closes her window the ordinary way (its unload handlers run): gone at once.
    await citra.close({ runBeforeUnload: true });
    const leftAt = Date.now();
    await host.waitForFunction(() => window.journeyDebug.collab!.participants().length === 0, undefined, { timeout: 10_000, polling: 100 });
    console.log(`a guest closing the window left the list after ${Date.now() - leftAt} ms`);
    await Promise.all([host, citra].map((p) => p.context().close()));
  }, 120_000);
});
