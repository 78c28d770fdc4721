import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveRenderer, type Served } from './harness';
import { converged, guestPeer, hostPeer, launchPeerBrowser, newRoom, pageErrorsOf, startSignalingServer, waitPeers, type RunningSignalingServer } from './collab-harness';

let served: Served;
let signaling: RunningSignalingServer;
/** Three separate Chromium processes, reused across tests (a fresh context per page). */
let browsers: Browser[] = [];

beforeAll(async () => {
  [served, signaling] = await Promise.all([serveRenderer(), startSignalingServer({ host: '127.0.0.1', port: 0 })]);
  browsers = await Promise.all([launchPeerBrowser(), launchPeerBrowser(), launchPeerBrowser()]);
}, 60_000);

afterAll(async () => {
  await Promise.all(browsers.map((b) => b.close()));
  await signaling?.close();
  await served?.stop();
});

const closeAll = (pages: Page[]) => Promise.all(pages.map((p) => p.context().close()));

/** Open a note's editor with a double-click and put the caret at the end. */
async function editAtEnd(page: Page, noteId: string): Promise<void> {
  const rect = await page.evaluate((id) => window.journeyDebug.noteRect(id), noteId);
  if (!rect) throw new Error(`note ${noteId} is not drawn`);
  await page.mouse.dblclick(rect.x + rect.width / 2, rect.y + rect.height / 2);
  await page.waitForFunction(() => document.activeElement?.tagName === 'TEXTAREA');
  await page.keyboard.press('Control+End');
}

describe('live session, two separate Chromium processes', () => {
  it('joins an empty doc to the host workspace, merges concurrent typing in one note', async () => {
    const room = newRoom(signaling);
    const host = await hostPeer(browsers[0]!, served, room, 'Ana');
    const guest = await guestPeer(browsers[1]!, served, room, 'Budi');
    await waitPeers(host, 1);
    // The guest got the host's workspace, not a second template.
    const start = await converged([host, guest]);
    expect(start.boards).toHaveLength(1);
    expect(start.stages).toHaveLength(5);

    const board = start.boards[0]!.id;
    const noteId = (await host.evaluate(
      ([b, s, l]) => window.journeyDebug.collab!.command('addNote', { boardId: b, stageId: s, laneId: l, text: 'Start', author: 'Ana' }),
      [board, start.stages[0]!.id, start.lanes[0]!.id] as const,
    )) as string;
    await converged([host, guest]);

    await editAtEnd(host, noteId);
    await editAtEnd(guest, noteId);
    await Promise.all([host.keyboard.type(' ana-ana-ana', { delay: 40 }), guest.keyboard.type(' budi-budi', { delay: 40 })]);
    const done = await converged([host, guest]);
    const text = done.notes.find((n) => n.id === noteId)!.text;
    // Character by character: nobody's typing is lost.
    const subsequence = (needle: string, hay: string) => {
      let i = 0;
      for (const ch of hay) if (ch === needle[i]) i++;
      return i === needle.length;
    };
    expect(text.startsWith('Start')).toBe(true);
    expect(text.length).toBe('Start'.length + ' ana-ana-ana'.length + ' budi-budi'.length);
    expect(subsequence(' ana-ana-ana', text.slice(5))).toBe(true);
    expect(subsequence(' budi-budi', text.slice(5))).toBe(true);

    // Presence: each sees the other editing that note.
    await guest.waitForFunction((id) => window.journeyDebug.collab!.participants().some((p) => p.name === 'Ana' && p.editing === id), noteId);
    expect(pageErrorsOf(host)).toEqual([]);
    expect(pageErrorsOf(guest)).toEqual([]);
    await closeAll([host, guest]);
  });
});
