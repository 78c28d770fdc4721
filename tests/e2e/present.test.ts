/**
 * Presentation mode and journey insights in Chromium: F5 presents the sample journey stage by
 * stage on a 1920×1080 screen (chrome hidden, note text 24 px or more), the clicker's keys step,
 * O shows the whole journey (14 px or more), Escape brings the chrome back; View ▸ Insights lists
 * the sample's findings and one click adds a candidate moment of truth (one undo step). Two
 * Chromium processes: a guest follows the host's presentation and sees the host's laser.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageErrors, screenshot, type Served } from './harness';
import { guestPeer, hostPeer, newRoom, startCollabRig, stopCollabRig, waitPeers, type CollabRig } from './collab-harness';

const SHOTS = '/work/shots/present';
const FULL_HD = { width: 1920, height: 1080 };

let rig: CollabRig;
beforeAll(async () => {
  rig = await startCollabRig(2);
}, 60_000);
afterAll(() => stopCollabRig(rig));

async function shot(page: Page, name: string): Promise<void> {
  const path = await screenshot(page, `present-${name}`);
  try {
    mkdirSync(SHOTS, { recursive: true });
    copyFileSync(path, `${SHOTS}/${name}.png`);
  } catch {
    // The team's screenshot folder is optional (clean clones have none).
  }
}

async function openSample(browser: Browser, served: Served, size = FULL_HD, lang = 'en'): Promise<Page> {
  const context = await browser.newContext({ viewport: size });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  (page as Page & { journeyErrors?: string[] }).journeyErrors = errors;
  await page.goto(`${served.url}?debug=1&sample=1&lang=${lang}`);
  await page.waitForSelector('html[data-ready="true"]');
  await page.waitForFunction(() => window.journeyDebug?.cellRect(0, 0) !== null);
  return page;
}

const presentState = (page: Page) => page.evaluate(() => window.journeyDebug.present.state());
const journey = async (page: Page) => {
  const snap = (await page.evaluate(() => window.journeyDebug.snapshot()))!;
  const board = snap.boards.find((b) => b.kind === 'journey')!;
  const stages = snap.stages.filter((s) => s.boardId === board.id).sort((a, b) => (a.order < b.order ? -1 : 1));
  return { snap, board, stages };
};
/** Wait until the presented view settled on `stageId` (the camera fits after the layout). */
async function waitShown(page: Page, stageId: string | null, mode = 'presenting'): Promise<void> {
  await page.waitForFunction(
    ([id, m]) => {
      const s = window.journeyDebug.present.state();
      return s.mode === m && s.stageId === id && s.notesOnScreen.length > 0;
    },
    [stageId, mode] as const,
    { timeout: 10_000 },
  );
  await page.waitForTimeout(200);
}

describe('presentation mode', () => {
  it('F5 presents stage by stage at 24 px or more, the clicker steps, O shows the whole journey, Escape leaves', async () => {
    const page = await openSample(rig.browsers[0]!, rig.served);
    const { snap, stages } = await journey(page);
    expect(await page.locator('.toolbar').isVisible()).toBe(true);

    await page.keyboard.press('F5');
    await waitShown(page, stages[0]!.id);
    let state = await presentState(page);
    expect(state.chromeHidden).toBe(true);
    expect(await page.locator('.toolbar').isVisible()).toBe(false);
    expect(await page.locator('.board-list').isVisible()).toBe(false);
    expect(await page.locator('.inspector').count()).toBe(0 + (await page.locator('.inspector:visible').count()));
    // The stage fills the screen: the canvas is the whole window, every note of the stage on it.
    expect(state.canvas!.width).toBeGreaterThan(FULL_HD.width - 2);
    expect(state.canvas!.height).toBeGreaterThan(FULL_HD.height - 40);
    const stageNotes = (id: string) => snap.notes.filter((n) => n.stageId === id).map((n) => n.id).sort();
    expect([...state.notesOnScreen].sort()).toEqual(stageNotes(stages[0]!.id));
    expect(state.medianNotePx).toBeGreaterThanOrEqual(24);
    await expect.poll(() => page.getByTestId('present-caption').textContent()).toContain(`Stage 1 of 5: ${stages[0]!.title}`);
    await shot(page, 'stage-en-1920');

    // The clicker's Page Down, then the arrow keys, Space and Backspace.
    await page.keyboard.press('PageDown');
    await waitShown(page, stages[1]!.id);
    await page.keyboard.press('ArrowRight');
    await waitShown(page, stages[2]!.id);
    state = await presentState(page);
    expect([...state.notesOnScreen].sort()).toEqual(stageNotes(stages[2]!.id));
    expect(state.medianNotePx).toBeGreaterThanOrEqual(24);
    await page.keyboard.press(' ');
    await waitShown(page, stages[3]!.id);
    await page.keyboard.press('PageDown');
    await waitShown(page, stages[4]!.id);
    expect((await presentState(page)).medianNotePx).toBeGreaterThanOrEqual(24);
    await page.keyboard.press('PageDown'); // the last stage stays
    await waitShown(page, stages[4]!.id);
    await page.keyboard.press('PageUp');
    await waitShown(page, stages[3]!.id);
    await page.keyboard.press('Backspace');
    await waitShown(page, stages[2]!.id);

    // Read-only: a double-click or a drag on a note changes nothing, Delete deletes nothing.
    const before = JSON.stringify((await journey(page)).snap.notes);
    const c = state.canvas!;
    await page.mouse.dblclick(c.x + c.width / 2, c.y + c.height / 2);
    await page.mouse.move(c.x + c.width / 2, c.y + c.height / 3);
    await page.mouse.down();
    await page.mouse.move(c.x + 200, c.y + 200, { steps: 5 });
    await page.mouse.up();
    await page.keyboard.press('Delete');
    expect(JSON.stringify((await journey(page)).snap.notes)).toBe(before);
    expect((await presentState(page)).mode).toBe('presenting');

    // The whole journey: every note, 14 px or more.
    await page.keyboard.press('o');
    await waitShown(page, null);
    state = await presentState(page);
    expect(state.notesOnScreen).toHaveLength(snap.notes.length);
    expect(state.medianNotePx).toBeGreaterThanOrEqual(14);
    await expect.poll(() => page.getByTestId('present-caption').textContent()).toContain('Whole journey');
    await shot(page, 'whole-en-1920');
    await page.keyboard.press('o');
    await waitShown(page, stages[2]!.id);

    await page.keyboard.press('Escape');
    await page.waitForFunction(() => window.journeyDebug.present.state().mode === 'off');
    expect((await presentState(page)).chromeHidden).toBe(false);
    expect(await page.locator('.toolbar').isVisible()).toBe(true);
    expect(await page.getByTestId('present-caption').count()).toBe(0);
    // Arrows are the board's again: they walk the notes.
    await page.keyboard.press('ArrowRight');
    expect((await page.evaluate(() => window.journeyDebug.state())).selectedNoteIds.length + 1).toBeGreaterThan(0);
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  }, 90_000);

  it('View ▸ Present from the toolbar at 1280×720; Shift+F5 presents the whole journey', async () => {
    const page = await openSample(rig.browsers[0]!, rig.served, { width: 1280, height: 720 }, 'ru');
    await page.locator('button[data-action="present"]').click();
    const { stages } = await journey(page);
    await waitShown(page, stages[0]!.id);
    await shot(page, 'stage-ru-1280');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => window.journeyDebug.present.state().mode === 'off');
    await page.keyboard.press('Shift+F5');
    await waitShown(page, null);
    await shot(page, 'whole-ru-1280');
    await page.keyboard.press('Escape');
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  }, 60_000);
});

describe('journey insights', () => {
  it('lists the sample’s findings, flags gaps, heats pain points and adds a candidate moment of truth as one undo step', async () => {
    const page = await openSample(rig.browsers[0]!, rig.served, { width: 1600, height: 900 });
    const { stages, snap } = await journey(page);
    await page.locator('button[data-action="insights"]').click();
    const panel = page.getByTestId('insights-panel');
    await panel.waitFor();
    const purchase = panel.locator(`[data-testid="finding"][data-stage="${stages[2]!.id}"]`);
    expect(await purchase.textContent()).toContain('Surprise delivery fee at the last step');
    expect(await purchase.textContent()).toContain('Tech-Savvy Tim: annoyed (−1)');
    expect(await purchase.textContent()).toContain('no touchpoint');
    expect(await panel.locator(`[data-testid="finding"][data-stage="${stages[1]!.id}"]`).textContent()).toContain('Side-by-side comparison page');
    // The canvas: a heat strip per stage (pain points 0 1 1 0 0), a gap marker on every stage.
    const counts = await page.getByTestId('heat-strip').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-count'))));
    expect(counts).toEqual([0, 1, 1, 0, 0]);
    expect(await page.getByTestId('gap-marker').count()).toBe(5);
    expect(await page.getByTestId('gap-marker').first().getAttribute('aria-label')).toBe(`Missing in “${stages[0]!.title}”: no KPI, no moment of truth`);
    await shot(page, 'insights-en');

    const candidates = panel.getByTestId('mot-candidate');
    expect(await candidates.count()).toBe(2);
    const trudy = candidates.filter({ hasText: 'Traditional Trudy' });
    await trudy.getByRole('button', { name: 'Add as moment of truth' }).click();
    const motLane = snap.lanes.find((l) => l.kind === 'momentsOfTruth')!;
    const added = async () => (await journey(page)).snap.notes.filter((n) => n.laneId === motLane.id && n.stageId === stages[3]!.id);
    await expect.poll(async () => (await added()).map((n) => n.text)).toEqual(['Lowest point for Traditional Trudy: frustrated']);
    // The gap marker of that stage no longer says "no moment of truth"; one undo takes the note away.
    expect(await page.locator(`[data-testid="gap-marker"][data-stage="${stages[3]!.id}"]`).getAttribute('aria-label')).not.toContain('moment of truth');
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await added()).length).toBe(0);

    for (const [lang, label] of [['id', 'Wawasan perjalanan'], ['ru', 'Инсайты по пути клиента']] as const) {
      await page.getByLabel(/Language|Bahasa|Язык/).selectOption(lang);
      await panel.getByRole('heading', { name: label }).waitFor();
      await shot(page, `insights-${lang}`);
    }
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  }, 60_000);
});

describe('presenting to a live session (two Chromium processes)', () => {
  it('a guest follows the host’s presentation stage by stage and sees the host’s laser', async () => {
    const room = newRoom(rig.signaling);
    const host = await hostPeer(rig.browsers[0]!, rig.served, room, 'Ana', FULL_HD, 'lang=en&sample=1');
    const guest = await guestPeer(rig.browsers[1]!, rig.served, room, 'Budi', { width: 1280, height: 720 });
    await waitPeers(host, 1);
    const { stages } = await journey(host);

    await host.keyboard.press('F5');
    await waitShown(host, stages[0]!.id);
    const banner = guest.getByTestId('present-banner');
    await banner.getByText('Ana is presenting').waitFor({ timeout: 15_000 });
    await banner.getByRole('button', { name: 'Follow' }).click();
    await waitShown(guest, stages[0]!.id, 'following');
    // The guest's board shows the host's stage: the same notes.
    const hostNotes = [...(await presentState(host)).notesOnScreen].sort();
    expect([...(await presentState(guest)).notesOnScreen].sort()).toEqual(hostNotes);

    await host.keyboard.press('PageDown');
    await waitShown(host, stages[1]!.id);
    await waitShown(guest, stages[1]!.id, 'following');
    await host.keyboard.press('PageDown');
    await waitShown(guest, stages[2]!.id, 'following');

    // The laser: the host points at the middle of its screen, the guest sees a dot at the same board point.
    const c = (await presentState(host)).canvas!;
    for (let i = 0; i < 6; i++) await host.mouse.move(c.x + c.width / 2 + i * 12, c.y + c.height / 2, { steps: 2 });
    await guest.waitForFunction(() => window.journeyDebug.present.state().lasers.length > 0, undefined, { timeout: 10_000 });
    const presence = (await host.evaluate(() => window.journeyDebug.collab!.localPresence()))!;
    const sent = presence['laser'] as { x: number; y: number };
    // The laser is the presenter's one pointer: no ordinary cursor is sent beside it.
    expect(presence['cursor']).toBeNull();
    const seen = (await presentState(guest)).lasersOnBoard[0]!;
    expect(Math.abs(seen.x - sent.x)).toBeLessThan(1);
    expect(Math.abs(seen.y - sent.y)).toBeLessThan(1);
    const dot = (await presentState(guest)).lasers[0]!;
    const gc = (await presentState(guest)).canvas!;
    expect(dot.x).toBeGreaterThan(gc.x);
    expect(dot.x).toBeLessThan(gc.x + gc.width);
    await shot(guest, 'laser-guest-en');
    await shot(host, 'laser-host-en');

    // Stop following, follow again, then the presenter leaves: following ends on the guest.
    await guest.getByTestId('present-banner').getByRole('button', { name: 'Stop following' }).click();
    await guest.waitForFunction(() => window.journeyDebug.present.state().mode === 'off');
    await guest.getByTestId('present-banner').getByRole('button', { name: 'Follow' }).click();
    await waitShown(guest, stages[2]!.id, 'following');
    await host.keyboard.press('Escape');
    await guest.waitForFunction(() => window.journeyDebug.present.state().mode === 'off', undefined, { timeout: 10_000 });
    await guest.getByTestId('status').getByText('Ana stopped presenting.').waitFor();
    expect(await guest.getByTestId('present-banner').count()).toBe(0);
    expect(pageErrors(host)).toEqual([]);
    expect(pageErrors(guest)).toEqual([]);
  }, 120_000);
});
