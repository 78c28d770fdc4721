/**
 * Rooms beyond one mesh: a real redis-server and two room-server instances (server/, Hocuspocus 4
 * on Node 22) on loopback; 28 Node clients (the app's Hocuspocus transport) and two Chromium pages
 * (opening `?server=…&room=…&token=…` join links) split across the instances edit one workspace
 * at once and converge; one instance is killed (SIGKILL) mid-session and restarted, nothing is
 * lost; afterwards the room comes back from SQLite with every note.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addNote, applySnapshot, LOAD_ORIGIN, readSnapshot } from '../../shared/doc';
import { newWorkspace, type WorkspaceSnapshot } from '../../shared/model';
import { ARTIFACTS, launchBrowser, serveRenderer, type Served } from './harness';
import { cli, freePort, issueToken, nodeClient, startInstance, startRedis, tempDir, until, type Instance, type NodeClient, type RedisHandle } from '../rooms/rig';

let served: Served;
let redis: RedisHandle;
let browser: Browser;
let dir: string;
let secretFile: string;
let sqlite: string;
const instances: Instance[] = [];
const clients: NodeClient[] = [];

beforeAll(async () => {
  [served, redis, browser] = await Promise.all([serveRenderer(), startRedis(), launchBrowser()]);
  dir = tempDir('journey-rooms-e2e-');
  secretFile = join(dir, 'secrets');
  sqlite = join(dir, 'rooms.sqlite');
  cli(['secret', '--secret-file', secretFile]);
}, 60_000);

afterAll(async () => {
  await Promise.all(clients.map((c) => c.destroy()));
  await Promise.all(instances.map((i) => i.stop()));
  await browser?.close();
  await redis?.stop();
  await served?.stop();
}, 60_000);

async function start(name: string, port: number): Promise<Instance> {
  const instance = await startInstance({ port, redis: redis.url, sqlite, secretFile, name });
  instances.push(instance);
  return instance;
}

/** What a person would compare: every note's id and text. */
const notesOf = (snap: WorkspaceSnapshot | null) => (snap?.notes ?? []).map((n) => `${n.id}:${n.text}`).sort();

async function openPage(link: string, lang: string): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  (page as Page & { journeyErrors?: string[] }).journeyErrors = errors;
  await page.goto(`${link}&debug=1&lang=${lang}`);
  await page.waitForSelector('html[data-ready="true"]');
  await page.waitForFunction(() => window.journeyDebug.collab?.status().synced === true, undefined, { timeout: 30_000, polling: 100 });
  return page;
}

const TEXTS = ['Checkout is confusing', 'Оплата непонятна', 'Pembayaran membingungkan', '<img src=x onerror=alert(1)>', '😀 "quotes" & \\ back'];

describe('30 participants across two room-server instances behind one Redis', () => {
  it('converge while editing at once, survive an instance killed and restarted mid-session, and the room is all there afterwards', async () => {
    const [portA, portB] = [await freePort(), await freePort()];
    let a = await start('a', portA);
    const b = await start('b', portB);
    const room = `town-hall-${Date.now()}`;
    const token = issueToken(secretFile, room);

    // The facilitator (a Node client here) puts a fresh workspace in the room.
    const seed = new Y.Doc();
    applySnapshot(seed, newWorkspace('en', '2026-01-01T00:00:00.000Z'), LOAD_ORIGIN);
    clients.push(nodeClient(a.url, room, token, seed));
    for (let i = 1; i < 28; i++) clients.push(nodeClient((i % 2 ? b : a).url, room, token));
    // Two people open join links in Chromium, one per instance (Russian and Indonesian UI).
    const link = (server: Instance) => `${served.url}?server=${encodeURIComponent(server.url)}&room=${room}&token=${token}`;
    const pages = await Promise.all([openPage(`${link(a)}&name=Аня`, 'ru'), openPage(`${link(b)}&name=Budi`, 'id')]);
    await until(() => clients.every((c) => readSnapshot(c.doc) !== null), 30_000, 'every Node client has the workspace');
    const snap = readSnapshot(seed)!;
    const target = (i: number) => ({ boardId: snap.boards[0]!.id, stageId: snap.stages[i % snap.stages.length]!.id, laneId: snap.lanes[i % snap.lanes.length]!.id });

    const round = (tag: string) =>
      Promise.all([
        ...clients.map(async (c, i) => {
          for (let k = 0; k < 3; k++) {
            addNote(c.doc, { ...target(i + k), text: `${TEXTS[(i + k) % TEXTS.length]} ${tag}-${i}-${k}`, author: `node-${i}` });
            await new Promise((r) => setTimeout(r, 10 + ((i * 7) % 30)));
          }
        }),
        ...pages.map((page, p) =>
          page.evaluate(
            ([t, tagText]) => {
              for (let k = 0; k < 2; k++) window.journeyDebug.collab!.command('addNote', { ...t, text: `${tagText} ${k}`, author: 'page' });
            },
            [target(p), `${TEXTS[p + 1]} ${tag}-page-${p}`] as const,
          ),
        ),
      ]);

    await round('r1');
    // Instance A crashes mid-session (its clients keep editing locally), then comes back on its port.
    await Promise.all([round('r2'), a.kill()]);
    const onA = clients.filter((_, i) => i % 2 === 0);
    await until(() => onA.every((c) => !c.transport.serverConnected()), 20_000, "A's clients noticing the crash");
    await round('r3');
    a = await start('a-again', portA);
    await round('r4');

    const expected = 4 * (28 * 3 + 2 * 2);
    await until(async () => {
      const mine = notesOf(readSnapshot(seed));
      if (mine.length !== expected) return false;
      if (!clients.every((c) => JSON.stringify(notesOf(readSnapshot(c.doc))) === JSON.stringify(mine))) return false;
      const fromPages = await Promise.all(pages.map((p) => p.evaluate(() => window.journeyDebug.snapshot())));
      return fromPages.every((s) => JSON.stringify(notesOf(s)) === JSON.stringify(mine));
    }, 60_000, `all 30 participants holding the same ${expected} notes`);
    // Full snapshots agree too (stages, lanes, order keys), not just the notes.
    const full = JSON.stringify(readSnapshot(seed));
    expect(clients.every((c) => JSON.stringify(readSnapshot(c.doc)) === full)).toBe(true);
    // A page whose instance came back may still be finishing its reconnect: wait for it to say so.
    await pages[0]!.waitForFunction(() => window.journeyDebug.collab!.status().phase === 'connected', undefined, { timeout: 20_000, polling: 200 });
    expect(await pages[0]!.evaluate(() => window.journeyDebug.collab!.status())).toMatchObject({ phase: 'connected', transport: 'yjs-server', synced: true });
    await pages[0]!.screenshot({ path: join(ARTIFACTS, 'rooms-30-participants-ru.png') });
    expect(pages.flatMap((p) => (p as Page & { journeyErrors?: string[] }).journeyErrors ?? [])).toEqual([]);

    // Everyone leaves; both instances stop (storing the room); a new instance serves it from SQLite.
    await Promise.all(pages.map((p) => p.evaluate(() => window.journeyDebug.collab!.leave())));
    await Promise.all(clients.splice(0).map((c) => c.destroy()));
    expect(await Promise.all([a.stop(), b.stop()])).toEqual([0, 0]);
    const c = await start('c', await freePort());
    const late = nodeClient(c.url, room, token);
    clients.push(late);
    await until(() => notesOf(readSnapshot(late.doc)).length === expected, 30_000, 'the room from SQLite');
    expect(JSON.stringify(readSnapshot(late.doc))).toBe(full);
  }, 240_000);
});

describe('the room server as a new user meets it', () => {
  it('Share ▸ Yjs server puts a workspace in a room with a token and shows its link; the link opens it elsewhere; a wrong token is told why', async () => {
    const server = await start('ui', await freePort());
    const room = `workshop-${Date.now()}`;
    const token = issueToken(secretFile, room);
    const ana = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    const errors: string[] = [];
    ana.on('pageerror', (e) => errors.push(e.message));
    await ana.goto(`${served.url}?debug=1&lang=en&sample=1`);
    await ana.waitForSelector('html[data-ready="true"]');
    await ana.getByTestId('collab-chip').click();
    await ana.getByRole('tab', { name: 'Yjs server' }).click();
    await expect.poll(() => ana.getByTestId('collab-yjs-protocol').inputValue()).toBe('hocuspocus');
    await ana.getByTestId('collab-yjs-url').fill(server.url);
    await ana.getByTestId('collab-yjs-room').fill(room);
    // Without a token the dialog says what is missing and connects nowhere.
    await ana.getByRole('button', { name: 'Put this workspace in the room' }).click();
    await ana.getByText('This room server needs a room token.').waitFor();
    await ana.getByTestId('collab-yjs-token').fill(token);
    await ana.getByRole('button', { name: 'Put this workspace in the room' }).click();
    await ana.waitForFunction(() => window.journeyDebug.collab?.status().phase === 'connected' || window.journeyDebug.collab?.status().phase === 'connecting', undefined, { timeout: 20_000 });
    await ana.getByTestId('collab-chip').click();
    await ana.getByRole('tab', { name: 'Yjs server' }).click();
    const link = await ana.getByTestId('collab-room-link').inputValue();
    expect(link).toContain(`server=${encodeURIComponent(server.url)}`);
    expect(link).toContain(`token=${token}`);
    await ana.screenshot({ path: join(ARTIFACTS, 'rooms-dialog-en.png') });
    await ana.keyboard.press('Escape');

    const budi = await openPage(`${link}&name=Budi`, 'id');
    const mine = await ana.evaluate(() => window.journeyDebug.snapshot());
    await until(async () => JSON.stringify(notesOf(await budi.evaluate(() => window.journeyDebug.snapshot()))) === JSON.stringify(notesOf(mine)), 20_000, 'Budi has the sample');
    expect(notesOf(mine).length).toBeGreaterThan(5);

    // Someone with a tampered token sees why, in their language, and gets nothing.
    const eve = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    await eve.goto(`${link.replace(/token=[^&]+/, `token=${token.slice(0, -4)}AAAA`)}&debug=1&lang=ru`);
    await eve.waitForSelector('html[data-ready="true"]');
    await eve.getByText('Сервер комнат отказал в доступе к комнате: токен здесь недействителен. Попросите у администратора сервера новый токен.').waitFor({ timeout: 20_000 });
    expect(await eve.evaluate(() => window.journeyDebug.collab!.status())).toMatchObject({ phase: 'failed', synced: false });
    expect(await eve.evaluate(() => window.journeyDebug.snapshot()?.notes.length ?? 0)).toBe(0);
    await eve.screenshot({ path: join(ARTIFACTS, 'rooms-refused-ru.png') });

    // A brand-new room opened by its link starts with a fresh workspace (nobody put one in).
    const fresh = `fresh-${Date.now()}`;
    const first = await openPage(`${served.url}?server=${encodeURIComponent(server.url)}&room=${fresh}&token=${issueToken(secretFile, fresh)}`, 'ru');
    expect((await first.evaluate(() => window.journeyDebug.snapshot()))?.boards.length).toBe(1);
    expect(errors).toEqual([]);
  }, 120_000);
});
