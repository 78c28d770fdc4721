/**
 * Facilitation in a live session (docs/FACILITATION.md): each participant a separate Chromium
 * process. The shared timer agrees across clocks 5 minutes apart and for a late joiner; a
 * sealed dot-voting round; a private-writing round; locks; a participant's refusals.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS, type Served } from './harness';
import { converged, hostPeer, joinQuery, newRoom, pageErrorsOf, sideBySide, snapshotOf, waitPeers, type Room, type RunningSignalingServer, startCollabRig, stopCollabRig } from './collab-harness';

let served: Served;
let signaling: RunningSignalingServer;
let browsers: Browser[] = [];
const SHOTS = join(ARTIFACTS, 'facilitation');

beforeAll(async () => {
  ({ served, signaling, browsers } = await startCollabRig(3));
  mkdirSync(SHOTS, { recursive: true });
}, 60_000);

afterAll(() => stopCollabRig({ served, signaling, browsers }));

/** A guest whose machine's clock is `skewMs` off (Date.now shifted before the app starts). */
async function skewedGuest(browser: Browser, room: Room, name: string, skewMs: number): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript({ content: `(() => { const now = Date.now.bind(Date); Date.now = () => now() + ${skewMs}; })();` });
  const page = await context.newPage();
  await page.goto(`${served.url}?debug=1&${joinQuery(room, name)}`);
  await page.waitForFunction(() => window.journeyDebug?.collab?.status().synced && window.journeyDebug.cellRect(0, 0) !== null, undefined, { timeout: 20_000, polling: 100 });
  return page;
}

const fstate = (page: Page) => page.evaluate(() => window.journeyDebug.facilitation!.state());
const chipMs = (page: Page) => page.evaluate(() => Number(document.querySelector('[data-testid=timer-chip]')?.getAttribute('data-remaining-ms') ?? NaN));

/** Click the middle of a note with the real mouse. */
async function clickNote(page: Page, noteId: string, modifiers: ('Shift')[] = []): Promise<void> {
  const r = await page.evaluate((id) => window.journeyDebug.noteRect(id), noteId);
  if (!r) throw new Error(`note ${noteId} is not drawn`);
  for (const m of modifiers) await page.keyboard.down(m);
  await page.mouse.click(r.x + r.width / 2, r.y + r.height / 2);
  for (const m of modifiers) await page.keyboard.up(m);
}

/** Languages the screenshots are taken in (JOURNEY_SHOT_LANGS=en,id,ru for all three; en by default). */
const SHOT_LANGS = (process.env['JOURNEY_SHOT_LANGS'] ?? 'en').split(',').filter((l) => ['en', 'id', 'ru'].includes(l));

/** Both screens side by side, in each screenshot language (switched through the toolbar's Language menu, then back to English). */
async function shots(left: Page, right: Page, name: string): Promise<void> {
  for (const lang of SHOT_LANGS) {
    await Promise.all([left, right].map((p) => p.selectOption('.toolbar select', lang)));
    await sideBySide(browsers[0]!, left, right, join(SHOTS, `${name}-${lang}.png`));
  }
  await Promise.all([left, right].map((p) => p.selectOption('.toolbar select', 'en')));
}

async function openPanel(page: Page): Promise<void> {
  if (!(await page.$('[data-testid=facilitation-panel]'))) await page.click('[data-testid=facilitate-button]');
}

/** Both pages' remaining time, read as close together as the test can. */
async function remainingPair(a: Page, b: Page): Promise<[number, number]> {
  const [x, y] = await Promise.all([chipMs(a), chipMs(b)]);
  return [x, y];
}

async function agreeWithin(a: Page, b: Page, ms: number, timeoutMs = 8000): Promise<[number, number]> {
  const end = Date.now() + timeoutMs;
  let last: [number, number] = [NaN, NaN];
  while (Date.now() < end) {
    last = await remainingPair(a, b);
    if (Math.abs(last[0] - last[1]) <= ms) return last;
    await new Promise((r) => setTimeout(r, 200));
  }
  return last;
}

describe('facilitation in a live session', () => {
  let host: Page;
  let guest: Page;
  let late: Page | null = null;
  const room = () => newRoom(signaling);
  let theRoom: Room;

  beforeAll(async () => {
    theRoom = room();
    host = await hostPeer(browsers[0]!, served, theRoom, 'Ana');
    // Boris's clock runs 5 minutes and a bit ahead of Ana's.
    guest = await skewedGuest(browsers[1]!, theRoom, 'Boris', 5 * 60_000 + 1700);
    await waitPeers(host, 1);
    await guest.waitForFunction(() => window.journeyDebug.facilitation!.state().facilitatorName === 'Ana', undefined, { timeout: 10_000 });
  }, 180_000);

  afterAll(async () => {
    await Promise.all([host, guest, late].flatMap((p) => (p ? [p.context().close()] : [])));
  });

  it('the host facilitates; a participant cannot start a round, reveal, lock, unlock or start the timer', async () => {
    expect((await fstate(host)).role).toBe('facilitator');
    const before = await fstate(guest);
    expect(before.role).toBe('participant');
    const boardId = (await snapshotOf(guest))!.boards.find((b) => b.kind === 'journey')!.id;
    const refused = await guest.evaluate((id) => {
      const f = window.journeyDebug.facilitation!;
      return [f.startRound(), f.reveal(), f.lock(id, 'all'), f.startTimer(60_000), f.startPrivateRound()];
    }, boardId);
    expect(refused.map((r) => r.ok)).toEqual([false, false, false, false, false]);
    expect(refused[0]).toEqual({ ok: false, reason: 'notFacilitator' });
    await expect.poll(() => guest.textContent('[data-testid=status]')).toContain('Only the facilitator can do that.');
    await new Promise((r) => setTimeout(r, 500));
    for (const page of [guest, host]) {
      const s = await fstate(page);
      expect(s.voting).toBeNull();
      expect(s.timer).toBeNull();
      expect(s.locks).toEqual({});
      expect(s.privateRound).toBeNull();
    }
    // The participant's panel says so, and its buttons are off.
    await openPanel(guest);
    expect(await guest.textContent('[data-testid=facilitation-role]')).toBe('Ana facilitates');
    expect(await guest.isDisabled('[data-testid=round-start]')).toBe(true);
    await guest.click('[data-testid=facilitate-button]');
  });

  it('a timer started on one shows the same remaining time on a peer whose clock is 5 minutes ahead, and on a late joiner', async () => {
    await openPanel(host);
    await host.click('[data-testid=timer-preset-5]');
    await host.click('[data-testid=facilitate-button]');
    await guest.waitForSelector('[data-testid=timer-chip]');
    const [a, b] = await agreeWithin(host, guest, 1000);
    expect(Math.abs(a - b)).toBeLessThanOrEqual(1000);
    expect(a).toBeGreaterThan(4 * 60_000);
    expect(b).toBeGreaterThan(4 * 60_000);
    expect(await guest.textContent('[data-testid=timer-chip] .timer-time')).toMatch(/^(5:00|4:[0-5]\d)$/);
    // A third participant joins after the start, its clock 3 minutes behind.
    late = await skewedGuest(browsers[2]!, theRoom, 'Ира', -3 * 60_000 - 400);
    await late.waitForSelector('[data-testid=timer-chip]');
    const [c, d] = await agreeWithin(host, late, 1000);
    expect(Math.abs(c - d)).toBeLessThanOrEqual(1000);
    expect(d).toBeGreaterThan(3 * 60_000);
    await shots(host, guest, 'timer-running');
    // Pause on the host: every screen shows the same paused time.
    await host.evaluate(() => window.journeyDebug.facilitation!.pauseTimer());
    await guest.waitForFunction(() => window.journeyDebug.facilitation!.state().timer?.paused === true);
    const [p, q] = await remainingPair(host, guest);
    expect(p).toBe(q);
    // Stop, then a 2-second timer reaches zero on both: "Time's up".
    await host.evaluate(() => window.journeyDebug.facilitation!.startTimer(2000));
    for (const page of [host, guest]) await page.waitForFunction(() => window.journeyDebug.facilitation!.state().timer?.done === true, undefined, { timeout: 10_000 });
    expect(await guest.textContent('[data-testid=timer-chip]')).toContain('Time’s up');
    await shots(host, guest, 'timer-zero');
    await host.evaluate(() => window.journeyDebug.facilitation!.stopTimer());
    await guest.waitForFunction(() => window.journeyDebug.facilitation!.state().timer === null);
    await late.context().close();
    late = null;
  }, 180_000);

  it('a voting round: dots on both, counts hidden, a dot taken back, reveal gives the same ranking on both', async () => {
    const snap = (await snapshotOf(host))!;
    const boardId = snap.boards.find((b) => b.kind === 'journey')!.id;
    const addOne = (page: Page, stage: number, text: string) =>
      page.evaluate(([b, s, l, t]) => window.journeyDebug.collab!.command('addNote', { boardId: b, stageId: s, laneId: l, text: t, author: 'e2e' }) as string, [boardId, snap.stages[stage]!.id, snap.lanes[0]!.id, text] as const);
    const n1 = await addOne(host, 0, 'Долгое ожидание');
    const n2 = await addOne(host, 1, 'Непонятные цены');
    const n3 = await addOne(guest, 2, 'No help at checkout');
    await converged([host, guest]);
    await openPanel(host);
    await host.fill('[data-testid=round-dots]', '2');
    await host.click('[data-testid=round-start]');
    await guest.waitForFunction(() => window.journeyDebug.facilitation!.state().voting?.state === 'open');
    await clickNote(host, n1);
    await clickNote(host, n2);
    await clickNote(guest, n2);
    await clickNote(guest, n3);
    await expect.poll(async () => (await fstate(guest)).voting?.ownDots.sort()).toEqual([n2, n3].sort());
    expect(await guest.textContent('[data-testid=voting-chip]')).toContain('0 of 2 dots left');
    // Boris takes his dot on n3 back (one dot per note: a second click takes it back).
    await clickNote(guest, n3);
    await expect.poll(async () => (await fstate(guest)).voting?.ownDots).toEqual([n2]);
    await expect.poll(async () => (await fstate(host)).voting?.ballots).toBe(2);
    // Nobody sees counts before the reveal, and the participant cannot reveal.
    for (const page of [host, guest]) expect((await fstate(page)).voting!.counts).toBeNull();
    expect((await guest.evaluate(() => window.journeyDebug.facilitation!.reveal())).ok).toBe(false);
    await shots(host, guest, 'voting-open');
    await host.click('[data-testid=round-reveal]');
    await guest.waitForFunction(() => window.journeyDebug.facilitation!.state().voting?.state === 'revealed');
    const [a, b] = await Promise.all([fstate(host), fstate(guest)]);
    expect(a.voting!.ranking).toEqual(b.voting!.ranking);
    expect(a.voting!.ranking!.map((r) => [r.noteId, r.count, r.rank])).toEqual([
      [n2, 2, 1],
      [n1, 1, 2],
    ]);
    expect(b.voting!.counts![n3]).toBeUndefined();
    await guest.click('[data-testid=results-chip]');
    await guest.waitForSelector('[data-testid=vote-results]');
    expect(await guest.textContent('[data-testid=vote-results] li:first-child')).toContain('Непонятные цены');
    await shots(host, guest, 'voting-revealed');
    await guest.click('[data-testid=facilitate-button]');
    // The results are kept in the file: reload the host's saved text and read the ranking again.
    const text = await host.evaluate(() => window.journeyDebug.fileText());
    expect(text).toContain('"yjs"');
    await host.evaluate(() => window.journeyDebug.facilitation!.endRound());
    await guest.waitForFunction(() => window.journeyDebug.facilitation!.state().voting === null);
  }, 180_000);

  it('a private round hides each one’s new notes from the other until the reveal', async () => {
    await openPanel(host);
    await host.click('[data-testid=private-start]');
    await guest.waitForFunction(() => window.journeyDebug.facilitation!.state().privateRound?.state === 'open');
    const snap = (await snapshotOf(host))!;
    const boardId = snap.boards.find((b) => b.kind === 'journey')!.id;
    const addOne = (page: Page, stage: number, text: string) =>
      page.evaluate(([b, s, l, t]) => window.journeyDebug.collab!.command('addNote', { boardId: b, stageId: s, laneId: l, text: t, author: 'e2e' }) as string, [boardId, snap.stages[stage]!.id, snap.lanes[1]!.id, text] as const);
    const mine = await addOne(host, 0, 'Ana’s secret idea');
    const theirs = await addOne(guest, 1, 'Идея Бориса');
    await converged([host, guest]);
    await expect.poll(async () => (await fstate(host)).privateRound?.faceDownNoteIds).toEqual([theirs]);
    await expect.poll(async () => (await fstate(guest)).privateRound?.faceDownNoteIds).toEqual([mine]);
    // Pressing a face-down card does nothing but say so.
    await clickNote(guest, mine);
    await expect.poll(() => guest.textContent('[data-testid=status]')).toContain('Written in private');
    expect((await guest.evaluate(() => window.journeyDebug.state())).selectedNoteIds).toEqual([]);
    // Exports do not carry the hidden text either.
    expect(await guest.evaluate(() => window.journeyDebug.exports.csv())).not.toContain('Ana’s secret idea');
    await host.click('[data-testid=facilitate-button]');
    await shots(host, guest, 'private-round');
    expect((await guest.evaluate(() => window.journeyDebug.facilitation!.revealPrivateRound())).ok).toBe(false);
    await host.evaluate(() => window.journeyDebug.facilitation!.revealPrivateRound());
    for (const page of [host, guest]) await expect.poll(async () => (await fstate(page)).privateRound?.faceDownNoteIds).toEqual([]);
    expect(await guest.evaluate(() => window.journeyDebug.exports.csv())).toContain('Ana’s secret idea');
  }, 180_000);

  it('a locked board says so when tried; the participant cannot unlock it', async () => {
    await openPanel(host);
    await host.click('[data-testid=lock-structure]');
    await host.click('[data-testid=facilitate-button]');
    await guest.waitForSelector('[data-testid=lock-chip]');
    expect(await guest.textContent('[data-testid=lock-chip]')).toContain('Structure locked');
    // Double-clicking a stage header to rename it is refused with a notice.
    const cell = (await guest.evaluate(() => window.journeyDebug.cellRect(0, 0)))!;
    await guest.mouse.dblclick(cell.x + cell.width / 2, cell.y - 20);
    await expect.poll(() => guest.textContent('[data-testid=status]')).toContain('structure is locked');
    expect(await guest.$('.board-canvas input, .board-canvas textarea')).toBeNull();
    const boardId = (await snapshotOf(guest))!.boards.find((b) => b.kind === 'journey')!.id;
    expect((await guest.evaluate((id) => window.journeyDebug.facilitation!.lock(id, null), boardId)).ok).toBe(false);
    expect((await fstate(host)).locks[boardId]).toBe('structure');
    await shots(host, guest, 'locked');
    // A vote the host starts, then the host hands the role over mid-round: Boris unlocks, and
    // reveals the round the host's machine started (its key was sealed to his inbox).
    expect((await host.evaluate(() => window.journeyDebug.facilitation!.startRound({ dotsPerPerson: 1 }))).ok).toBe(true);
    await guest.waitForFunction(() => window.journeyDebug.facilitation!.state().voting?.state === 'open');
    const noteId = (await snapshotOf(host))!.notes.find((n) => n.text === 'Долгое ожидание')!.id;
    await clickNote(host, noteId);
    await expect.poll(async () => (await fstate(guest)).voting?.ballots).toBe(1);
    const guestId = (await fstate(guest)).participantId;
    expect((await host.evaluate((id) => window.journeyDebug.facilitation!.handOver(id), guestId)).ok).toBe(true);
    await guest.waitForFunction(() => window.journeyDebug.facilitation!.state().role === 'facilitator');
    expect((await guest.evaluate((id) => window.journeyDebug.facilitation!.lock(id, null), boardId)).ok).toBe(true);
    await host.waitForFunction((id) => !(id in window.journeyDebug.facilitation!.state().locks), boardId);
    expect((await fstate(host)).role).toBe('participant');
    expect((await guest.evaluate(() => window.journeyDebug.facilitation!.reveal())).ok).toBe(true);
    await host.waitForFunction(() => window.journeyDebug.facilitation!.state().voting?.state === 'revealed');
    expect((await fstate(host)).voting!.ranking!.map((r) => [r.noteId, r.count])).toEqual([[noteId, 1]]);
    expect(pageErrorsOf(host)).toEqual([]);
  }, 180_000);
});
