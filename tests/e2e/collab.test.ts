import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { ARTIFACTS, type Served } from './harness';
import { converged, guestPeer, hostPeer, newRoom, pageErrorsOf, sideBySide, snapshotOf, strangerPeer, waitPeers, type RunningSignalingServer, startCollabRig, stopCollabRig } from './collab-harness';

let served: Served;
let signaling: RunningSignalingServer;
/** Three separate Chromium processes, reused across tests (a fresh context per page). */
let browsers: Browser[] = [];

beforeAll(async () => {
  ({ served, signaling, browsers } = await startCollabRig());
}, 60_000);

afterAll(() => stopCollabRig({ served, signaling, browsers }));

type Cmd = 'addNote' | 'moveNotes' | 'moveStage' | 'deleteNotes' | 'setNoteText';
const command = (page: Page, name: Cmd, ...args: unknown[]) =>
  page.evaluate(([n, a]) => window.journeyDebug.collab!.command(n as Cmd, ...(a as unknown[])), [name, args] as const);

/** Add `count` notes in cell (stage, lane) of the first board; returns their ids. */
async function addNotes(page: Page, stage: number, lane: number, texts: string[]): Promise<string[]> {
  const snap = (await snapshotOf(page))!;
  const ids: string[] = [];
  for (const text of texts) {
    ids.push((await command(page, 'addNote', { boardId: snap.boards[0]!.id, stageId: snap.stages[stage]!.id, laneId: snap.lanes[lane]!.id, text, author: 'test' })) as string);
  }
  return ids;
}

/** Drag a note with the real mouse to the centre of a cell. */
async function dragNote(page: Page, noteId: string, stage: number, lane: number, hold?: () => Promise<void>): Promise<void> {
  // Select first: the inspector's content can change the board's size (and its fitted zoom).
  await drawn(page);
  const note = await page.evaluate((id) => window.journeyDebug.noteRect(id), noteId);
  await page.mouse.click(note!.x + note!.width / 2, note!.y + note!.height / 2);
  await drawn(page);
  const from = await page.evaluate((id) => window.journeyDebug.noteRect(id), noteId);
  const to = await page.evaluate(([s, l]) => window.journeyDebug.cellRect(s!, l!), [stage, lane]);
  if (!from || !to) throw new Error('nothing to drag');
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 30, from.y + from.height / 2 + 10, { steps: 3 });
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 8 });
  await hold?.();
  await page.mouse.up();
}

const closeAll = (pages: Page[]) => Promise.all(pages.map((p) => p.context().close()));

/** Let the board draw what the doc holds: rectangles come from the drawn layout, and a new
 * selection can resize the board (the inspector) and so its fitted zoom. Waits until stable. */
const drawn = (page: Page) =>
  page.evaluate(async () => {
    const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));
    let last = '';
    for (let i = 0, same = 0; i < 60 && same < 3; i++) {
      await frame();
      const key = JSON.stringify([window.journeyDebug.cellRect(0, 0), document.querySelector('.board-canvas')?.getBoundingClientRect()]);
      same = key === last ? same + 1 : 0;
      last = key;
    }
  });

/** Select a note with the mouse, open its editor with Enter, caret at the end. */
async function editAtEnd(page: Page, noteId: string): Promise<void> {
  await drawn(page);
  const rect = await page.evaluate((id) => window.journeyDebug.noteRect(id), noteId);
  if (!rect) throw new Error(`note ${noteId} is not drawn`);
  await page.mouse.click(rect.x + rect.width / 2, rect.y + rect.height / 2);
  await page.waitForFunction((id) => window.journeyDebug.state().selectedNoteIds.includes(id), noteId, { polling: 50, timeout: 10_000 });
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.tagName === 'TEXTAREA', undefined, { polling: 50, timeout: 10_000 });
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
    await guest.waitForFunction((id) => window.journeyDebug.collab!.participants().some((p) => p.name === 'Ana' && p.editing === id), noteId, { polling: 100, timeout: 10_000 });
    expect(pageErrorsOf(host)).toEqual([]);
    expect(pageErrorsOf(guest)).toEqual([]);
    await closeAll([host, guest]);
  });

  it('concurrent moves (mouse and command), deletes and stage reorders converge; drags show live', async () => {
    const room = newRoom(signaling);
    const a = await hostPeer(browsers[0]!, served, room, 'Ana');
    const b = await guestPeer(browsers[1]!, served, room, 'Budi');
    await waitPeers(a, 1);
    const [n1, n2, n3, n4] = await addNotes(a, 0, 0, ['one', 'two', 'three', 'four']);
    const start = await converged([a, b]);
    const stages = start.stages.map((st) => st.id);

    // Ana drags note 1 with the mouse; mid-drag Budi sees it (awareness, throttled) before
    // anything is written to the doc. Ana drops while Budi moves it elsewhere and reorders stages.
    await dragNote(a, n1!, 2, 1, async () => {
      await b.waitForFunction(() => window.journeyDebug.collab!.participants().some((p) => p.name === 'Ana' && p.dragging !== null), undefined, { timeout: 5000, polling: 100 });
    });
    const afterDrag = await converged([a, b]);
    expect(afterDrag.notes.find((n) => n.id === n1)!.stageId).toBe(stages[2]);
    await Promise.all([
      dragNote(a, n2!, 1, 1),
      (async () => {
        await command(b, 'moveNotes', [n1, n2], { stageId: stages[3], laneId: start.lanes[2]!.id });
        await command(b, 'moveStage', stages[4], stages[0]);
        await command(b, 'deleteNotes', [n3]);
      })(),
    ]);
    await command(a, 'moveStage', stages[1], null);
    await command(a, 'deleteNotes', [n4, n3]);
    const end = await converged([a, b]);
    expect(end.notes.map((n) => n.id).sort()).toEqual([n1, n2].sort());
    expect(end.stages).toHaveLength(5);
    expect(new Set(end.stages.map((st) => st.order)).size).toBe(5);
    expect(end.stages.at(-1)!.id).toBe(stages[1]);
    expect(pageErrorsOf(a)).toEqual([]);
    expect(pageErrorsOf(b)).toEqual([]);
    await closeAll([a, b]);
  });

  it('a browser page without crypto.subtle (plain http on the LAN) joins through the fallback', async () => {
    const room = newRoom(signaling);
    const host = await hostPeer(browsers[0]!, served, room, 'Ana');
    const guest = await guestPeer(browsers[1]!, served, room, 'Budi', undefined, true);
    // The page had no crypto.subtle; the app installed its fallback (an own property of crypto).
    expect(await guest.evaluate(() => Object.prototype.hasOwnProperty.call(crypto, 'subtle'))).toBe(true);
    await waitPeers(host, 1);
    const [note] = await addNotes(guest, 1, 1, ['typed on an insecure page']);
    const snap = await converged([host, guest]);
    expect(snap.notes.map((n) => n.id)).toEqual([note]);
    expect(pageErrorsOf(guest)).toEqual([]);
    await closeAll([host, guest]);
  });

  it('a peer with a wrong password receives nothing and is told so', async () => {
    const room = newRoom(signaling);
    const host = await hostPeer(browsers[0]!, served, room, 'Ana');
    const before = await snapshotOf(host);
    const stranger = await strangerPeer(browsers[1]!, served, { ...room, password: 'not-the-password' }, 'Eve');
    const cover = stranger.getByTestId('collab-cover');
    await cover.getByText('Could not join: the password may be wrong', { exact: false }).waitFor({ timeout: 15_000 });
    expect(await snapshotOf(stranger)).toBeNull();
    mkdirSync(ARTIFACTS, { recursive: true });
    await stranger.screenshot({ path: join(ARTIFACTS, 'collab-wrong-password.png') });
    const status = await stranger.evaluate(() => window.journeyDebug.collab!.status());
    expect(status).toMatchObject({ phase: 'failed', peers: 0, synced: false });
    expect(status.othersInRoom).toBeGreaterThan(0);
    expect(await host.evaluate(() => window.journeyDebug.collab!.status().peers)).toBe(0);
    expect(await snapshotOf(host)).toEqual(before);
    // The host is told someone tried another password; neither page reports errors.
    await host.getByTestId('collab-stranger').waitFor({ timeout: 5000 });
    expect(await host.evaluate(() => window.journeyDebug.collab!.status().undecryptable)).toBeGreaterThan(0);
    expect(pageErrorsOf(host)).toEqual([]);
    expect(pageErrorsOf(stranger)).toEqual([]);
    await closeAll([host, stranger]);
  });
});

describe('live session, three separate Chromium processes', () => {
  it('late joiner, concurrent edits from three peers, and an offline peer merging on reconnect', async () => {
    const room = newRoom(signaling);
    const a = await hostPeer(browsers[0]!, served, room, 'Ana');
    const [n1, n2, n3] = await addNotes(a, 1, 0, ['alpha', 'beta', 'gamma']);
    const b = await guestPeer(browsers[1]!, served, room, 'Budi');
    await waitPeers(a, 1);
    await command(b, 'setNoteText', n1, 'alpha by Budi');
    // Late joiner: gets the whole workspace including what happened before it came.
    const c = await guestPeer(browsers[2]!, served, room, 'Citra');
    await waitPeers(c, 2);
    const start = await converged([a, b, c]);
    expect(start.notes.find((n) => n.id === n1)!.text).toBe('alpha by Budi');
    const stages = start.stages.map((st) => st.id);
    const lanes = start.lanes.map((l) => l.id);

    // Everyone at once.
    await Promise.all([
      command(a, 'moveNotes', [n1], { stageId: stages[2], laneId: lanes[3] }),
      command(b, 'moveNotes', [n1], { stageId: stages[4], laneId: lanes[1] }),
      command(c, 'moveStage', stages[0], null),
      command(b, 'deleteNotes', [n2]),
      command(c, 'setNoteText', n3, 'gamma (Citra)'),
      command(a, 'moveStage', stages[3], stages[1]),
    ]);
    const mid = await converged([a, b, c]);
    expect(mid.notes.map((n) => n.id).sort()).toEqual([n1, n3].sort());
    expect(mid.notes.find((n) => n.id === n3)!.text).toBe('gamma (Citra)');
    expect(new Set(mid.stages.map((st) => st.order)).size).toBe(5);

    // Citra is cut off and keeps working alone; the others go on too.
    await c.evaluate(() => window.journeyDebug.collab!.disconnect());
    await a.waitForFunction(() => window.journeyDebug.collab!.status().peers === 1, undefined, { timeout: 15_000, polling: 100 });
    const [offlineNote] = await addNotes(c, 2, 2, ['written offline']);
    await command(c, 'setNoteText', n3, 'gamma (Citra, offline)');
    await command(c, 'moveStage', stages[2], stages[0]);
    const [onlineNote] = await addNotes(a, 0, 0, ['written meanwhile']);
    await command(b, 'moveNotes', [n1], { stageId: stages[1], laneId: lanes[0] });
    await converged([a, b]);
    expect((await snapshotOf(a))!.notes.some((n) => n.id === offlineNote)).toBe(false);

    await c.evaluate(() => window.journeyDebug.collab!.reconnect());
    const end = await converged([a, b, c], 20_000);
    expect(end.notes.map((n) => n.id).sort()).toEqual([n1, n3, offlineNote, onlineNote].sort());
    expect(end.notes.find((n) => n.id === offlineNote)!.text).toBe('written offline');
    expect(end.notes.find((n) => n.id === n3)!.text).toBe('gamma (Citra, offline)');
    expect(end.notes.find((n) => n.id === n1)).toMatchObject({ stageId: stages[1], laneId: lanes[0] });
    for (const page of [a, b, c]) expect(pageErrorsOf(page)).toEqual([]);
    await closeAll([a, b, c]);
  });
});

describe('presence', () => {
  it('shows names, cursors, selections and who edits what; follow and "bring everyone to me"', async () => {
    const room = newRoom(signaling);
    const size = { width: 1280, height: 800 };
    const ana = await hostPeer(browsers[0]!, served, room, 'Ana', size, 'lang=en&sample=1');
    const budi = await guestPeer(browsers[1]!, served, room, 'Budi', size);
    await waitPeers(ana, 1);
    const snap = await converged([ana, budi]);
    await budi.evaluate(() => window.journeyDebug.collab!.setUser('Budi', '#1971c2'));
    // Zoomed in enough that notes are live shapes (far out, the board draws them as one picture).
    for (const page of [ana, budi]) {
      await page.locator('button[data-action="zoom100"]').click();
      await page.locator('button[data-action="zoomOut"]').click();
      await page.locator('button[data-action="zoomOut"]').click();
    }
    await drawn(ana);
    await drawn(budi);

    // The participant list, with names (and remembered: the name comes back after a reload).
    await budi.getByTestId('collab-participant').filter({ hasText: 'Ana' }).waitFor();
    await ana.getByTestId('collab-participant').filter({ hasText: 'Budi' }).waitFor();

    // Ana selects a note and moves her mouse: Budi sees both.
    // Two notes well inside the visible board (not under the inspector or the session panel).
    const drawnNotes = await ana.evaluate((ids) => {
      const canvas = document.querySelector('.board-canvas')!.getBoundingClientRect();
      return ids.filter((id) => {
        const r = window.journeyDebug.noteRect(id);
        // On screen, clear of the pinned stage headers and lane labels (top, left) and of the session panel.
        const dock = document.querySelector('[data-testid="collab-dock"]')!.getBoundingClientRect();
        const underDock = r !== null && r.x + r.width > dock.left - 20 && r.y + r.height > dock.top - 20;
        return r !== null && !underDock && r.x > canvas.left + 120 && r.y > canvas.top + 40 && r.x + r.width < canvas.left + canvas.width * 0.55 && r.y + r.height < canvas.bottom - 20;
      });
    }, snap.notes.map((n) => n.id));
    expect(drawnNotes.length).toBeGreaterThanOrEqual(2);
    const [first, other] = drawnNotes as [string, string];
    const rect = (await ana.evaluate((id) => window.journeyDebug.noteRect(id), first))!;
    await ana.mouse.click(rect.x + rect.width / 2, rect.y + rect.height / 2);
    await ana.waitForFunction((id) => window.journeyDebug.state().selectedNoteIds.includes(id), first, { polling: 50, timeout: 10_000 });
    // Selecting opens the inspector, which narrows the board: find the note again, hover it.
    await drawn(ana);
    const moved = (await ana.evaluate((id) => window.journeyDebug.noteRect(id), first))!;
    await ana.mouse.move(moved.x + moved.width / 2 + 6, moved.y + moved.height / 2 + 4, { steps: 4 });
    await budi
      .waitForFunction((id) => window.journeyDebug.collab!.participants().some((p) => p.name === 'Ana' && p.cursor !== null && p.selection.includes(id)), first, { polling: 100, timeout: 10_000 })
      .catch(async (error: unknown) => {
        throw new Error(`${String(error)}\nBudi sees: ${JSON.stringify(await budi.evaluate(() => window.journeyDebug.collab!.participants()))}\nAna sends: ${JSON.stringify(await ana.evaluate(() => window.journeyDebug.collab!.localPresence()))}`);
      });
    // Budi types in another note: Ana sees who edits which note.
    await editAtEnd(budi, other);
    await budi.keyboard.type(' +1');
    await budi.mouse.move(300, 300, { steps: 3 });
    await ana.waitForFunction((id) => window.journeyDebug.collab!.participants().some((p) => p.name === 'Budi' && p.editing === id && p.cursor !== null), other, { polling: 100, timeout: 10_000 });
    await ana.getByTestId('collab-participant').filter({ hasText: 'editing a note' }).waitFor();
    await drawn(ana);
    await drawn(budi);
    mkdirSync(ARTIFACTS, { recursive: true });
    await sideBySide(browsers[2]!, ana, budi, join(ARTIFACTS, 'collab-side-by-side.png'));
    await budi.keyboard.press('Escape');

    // Budi follows Ana: Ana scrolls, Budi's view goes with her.
    const centre = (page: Page) =>
      page.evaluate(() => {
        const v = window.journeyDebug.collab!.localPresence()!['view'] as { x: number; y: number; width: number; height: number };
        return { x: v.x + v.width / 2, y: v.y + v.height / 2 };
      });
    expect(await budi.evaluate(() => window.journeyDebug.collab!.follow('Ana'))).toBe(true);
    await ana.mouse.move(size.width / 2, size.height / 2);
    await ana.mouse.wheel(0, 400);
    await ana.mouse.wheel(300, 0);
    const near = async (follower: Page, leader: Page) => {
      await expect
        .poll(async () => {
          const [f, l] = await Promise.all([centre(follower), centre(leader)]);
          return Math.hypot(f.x - l.x, f.y - l.y);
        }, { timeout: 10_000 })
        .toBeLessThan(5);
    };
    await near(budi, ana);

    // Budi stops following and wanders off; Ana brings everyone to her view.
    await budi.evaluate(() => window.journeyDebug.collab!.follow(null));
    await budi.mouse.move(size.width / 2, size.height / 2);
    await budi.mouse.wheel(-600, -500);
    await expect.poll(async () => { const [f, l] = await Promise.all([centre(budi), centre(ana)]); return Math.hypot(f.x - l.x, f.y - l.y); }).toBeGreaterThan(100);
    await ana.evaluate(() => window.journeyDebug.collab!.bringEveryone());
    await near(budi, ana);
    expect(snap.notes.length).toBeGreaterThan(0);
    expect(pageErrorsOf(ana)).toEqual([]);
    expect(pageErrorsOf(budi)).toEqual([]);
    await closeAll([ana, budi]);
  });
});

describe('through a Yjs server instead of WebRTC', () => {
  it("two Chromium processes converge through y-websocket's published server", async () => {
    // The published server, started as a team would: HOST=127.0.0.1 PORT=… node …/bin/server.js
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port: free } = probe.address() as { port: number };
        probe.close(() => resolve(free));
      });
    });
    const script = join(dirname(createRequire(import.meta.url).resolve('y-websocket/package.json')), 'bin/server.js');
    const child = spawn(process.execPath, [script], { env: { ...process.env, HOST: '127.0.0.1', PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('y-websocket server did not start')), 10_000);
        child.stdout!.on('data', (chunk: Buffer) => {
          if (chunk.toString().includes('running at')) {
            clearTimeout(timer);
            resolve();
          }
        });
      });
      const url = `ws://127.0.0.1:${port}`;
      const room = `yws-${Date.now()}`;
      const a = await hostPeer(browsers[0]!, served, newRoom(signaling), 'Ana');
      await a.evaluate(() => window.journeyDebug.collab!.leave());
      await a.evaluate(([u, r]) => window.journeyDebug.collab!.connectYjsServer(u, r, true), [url, room] as const);
      const b = await (await browsers[1]!.newContext()).newPage();
      await b.goto(`${served.url}?debug=1&lang=en`);
      await b.waitForSelector('html[data-ready="true"]');
      await b.evaluate(([u, r]) => window.journeyDebug.collab!.connectYjsServer(u, r, false), [url, room] as const);
      const start = await converged([a, b]);
      expect(start.boards).toHaveLength(1);
      const [note] = await addNotes(b, 2, 2, ['via the Yjs server']);
      const end = await converged([a, b]);
      expect(end.notes.map((n) => n.id)).toEqual([note]);
      expect(await b.evaluate(() => window.journeyDebug.collab!.status())).toMatchObject({ transport: 'yjs-server', synced: true });
      await closeAll([a, b]);
    } finally {
      child.kill('SIGTERM');
    }
  });
});

describe('the session dialog, as a new user would use it', () => {
  it('hosts through a team signaling server from Settings, joins by code and address, leaves with a local copy, saves and hosts the file again without duplicates', async () => {
    const open = async (browser: Browser) => {
      const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
      page.on('pageerror', (e) => ((page as Page & { journeyErrors?: string[] }).journeyErrors ??= []).push(e.message));
      await page.goto(`${served.url}?debug=1&lang=en`);
      await page.waitForSelector('html[data-ready="true"]');
      return page;
    };
    const ana = await open(browsers[0]!);
    const dialog = ana.getByTestId('collab-dialog');
    await ana.getByTestId('collab-chip').click();
    await dialog.getByRole('tab', { name: 'Settings' }).click();
    await dialog.getByTestId('collab-name-input').fill('Ana');
    await dialog.getByLabel('Extra signaling servers', { exact: false }).fill(signaling.url);
    await dialog.getByRole('button', { name: 'Save settings' }).click();
    await dialog.getByRole('tab', { name: 'Host' }).click();
    await dialog.getByRole('button', { name: 'Host through the signaling servers in Settings' }).click();
    const code = await dialog.getByTestId('collab-code').inputValue();
    const link = await dialog.getByTestId('collab-join-url').inputValue();
    expect(code).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}-[0-9A-Z]{5}-[0-9A-Z]{5}$/);
    expect(link).toContain('room=');
    await expect(dialog.getByTestId('collab-qr').getAttribute('src')).resolves.toMatch(/^data:image\/svg\+xml/);
    mkdirSync(ARTIFACTS, { recursive: true });
    await ana.screenshot({ path: join(ARTIFACTS, 'collab-host-dialog.png') });
    await ana.keyboard.press('Escape');

    const budi = await open(browsers[1]!);
    await budi.getByTestId('collab-chip').click();
    const joinDialog = budi.getByTestId('collab-dialog');
    await joinDialog.getByRole('tab', { name: 'Join' }).click();
    // Joining by code, Budi says who he is on the Join tab itself.
    await joinDialog.getByTestId('collab-join-name-input').fill('Budi Santoso');
    await joinDialog.getByTestId('collab-code-input').fill(code.toLowerCase().replace(/-/g, ' '));
    await joinDialog.getByTestId('collab-address-input').fill(signaling.url.replace('ws://', ''));
    await joinDialog.getByRole('button', { name: 'Join session' }).click();
    await budi.getByTestId('collab-chip').filter({ hasText: 'Live · 2 connected' }).waitFor({ timeout: 20_000 });
    await ana.getByTestId('collab-chip').filter({ hasText: 'Hosting · 2 connected' }).waitFor({ timeout: 20_000 });
    await ana.waitForFunction(() => window.journeyDebug.collab!.participants().some((p) => p.name === 'Budi Santoso'), undefined, { timeout: 20_000, polling: 200 });
    const shared = await converged([ana, budi]);
    expect(shared.boards).toHaveLength(1);

    // Ana saves the shared workspace; Budi leaves and keeps a local copy.
    const file = await ana.evaluate(() => window.journeyDebug.fileText());
    await budi.getByTestId('collab-chip').click();
    await joinDialog.getByRole('tab', { name: 'Host' }).click();
    await joinDialog.getByRole('button', { name: 'Leave session' }).click();
    await budi.getByTestId('collab-chip').filter({ hasText: 'Share' }).waitFor();
    expect(await snapshotOf(budi)).toEqual(shared);

    // Ana reopens the file and hosts it again in the same room; a peer that kept the old copy
    // (Citra, joined before) and edited meanwhile merges without duplicates.
    const room = { room: link.match(/room=([^&]+)/)![1]!, password: decodeURIComponent(link.match(/password=([^&]+)/)![1]!), signaling: [signaling.url] };
    const citra = await guestPeer(browsers[2]!, served, room, 'Citra');
    await converged([ana, citra]);
    await ana.evaluate(() => window.journeyDebug.collab!.leave());
    const [note] = await addNotes(citra, 0, 0, ['while Ana reopened the file']);
    expect((await ana.evaluate((text) => window.journeyDebug.load(text), file)).ok).toBe(true);
    await ana.evaluate((r) => window.journeyDebug.collab!.host(r), room);
    const merged = await converged([ana, citra]);
    expect(merged.boards).toHaveLength(1);
    expect(merged.stages).toHaveLength(shared.stages.length);
    expect(merged.lanes).toHaveLength(shared.lanes.length);
    expect(merged.notes.map((n) => n.id)).toEqual([note]);
    for (const page of [ana, budi, citra]) expect(pageErrorsOf(page)).toEqual([]);
    await closeAll([ana, budi, citra]);
  });
});
