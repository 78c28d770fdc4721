/**
 * What tripped a first-time facilitator (the first-hour issue), each as a person meets it in
 * Chromium: the title edits where it was double-clicked, selecting does not move the board,
 * template names follow the language, Tab reaches the board, "Zoom to stage" zooms, long
 * persona roles show whole, and a pain point among the opportunities says why it is red.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useServedBrowser } from './rig';

const { served, browser } = useServedBrowser();
const PAIN = 3;
const OPPORTUNITIES = 5;

async function open(query: string, viewport = { width: 1280, height: 720 }): Promise<Page> {
  const page = await (await browser().newContext({ viewport })).newPage();
  await page.goto(`${served().url}?debug=1&${query}`);
  await page.waitForSelector('html[data-ready="true"]');
  await page.waitForFunction(() => window.journeyDebug?.cellRect(0, 0) !== null);
  return page;
}
const cellRect = (page: Page, stage: number, lane: number) => page.evaluate(([s, l]) => window.journeyDebug.cellRect(s!, l!)!, [stage, lane]);
const snapshot = (page: Page) => page.evaluate(() => window.journeyDebug.snapshot()!);

async function addNote(page: Page, stage: number, lane: number, text: string): Promise<string> {
  const cell = await cellRect(page, stage, lane);
  await page.mouse.dblclick(cell.x + cell.width / 2, cell.y + cell.height - 12);
  await page.getByRole('textbox', { name: 'Note text' }).waitFor();
  await page.keyboard.type(text);
  await page.keyboard.press('Escape');
  await page.waitForFunction(([s, l]) => window.journeyDebug.cellNotes(s!, l!).length > 0, [stage, lane]);
  return (await page.evaluate(([s, l]) => window.journeyDebug.cellNotes(s!, l!), [stage, lane])).at(-1)!;
}

describe('what tripped a first-time facilitator', () => {
  it('double-clicking the big board title edits it right there, not in the sidebar', async () => {
    const page = await open('lang=en');
    const title = page.locator('.board-header h1');
    const before = (await title.boundingBox())!;
    const canvas = await page.getByTestId('board-canvas').boundingBox();
    await title.dblclick();
    const field = page.locator('.board-header').getByRole('textbox', { name: 'Board name' });
    await field.waitFor();
    const box = (await field.boundingBox())!;
    expect(Math.abs(box.x - before.x)).toBeLessThan(20);
    expect(Math.abs(box.y - before.y)).toBeLessThan(20);
    expect(await page.locator('.board-list').getByRole('textbox').count()).toBe(0);
    expect(await page.getByTestId('board-canvas').boundingBox()).toEqual(canvas); // the board stays put
    expect(await field.evaluate((el) => el === document.activeElement)).toBe(true);
    await field.fill('Onboarding journey');
    await field.press('Enter');
    await page.waitForFunction(() => window.journeyDebug.snapshot()!.boards.some((b) => b.title === 'Onboarding journey'));
    expect(await title.textContent()).toBe('Onboarding journey');
    await page.context().close();
  }, 60_000);

  it('selecting a note opens the inspector without moving the board; a double click right after lands in the same cell', async () => {
    for (const viewport of [
      { width: 1280, height: 720 },
      { width: 1920, height: 1080 },
    ]) {
      const page = await open('lang=en', viewport);
      const id = await addNote(page, 1, PAIN, 'Plans are hard to compare');
      await page.mouse.click(5, viewport.height - 5); // away: nothing selected
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => window.journeyDebug.state().selectedNoteIds.length === 0);
      const note = (await page.evaluate((n) => window.journeyDebug.noteRect(n), id))!;
      const canvas = (await page.getByTestId('board-canvas').boundingBox())!;
      await page.mouse.click(note.x + note.width / 2, note.y + note.height / 2);
      await page.locator('.inspector').waitFor();
      expect(await page.evaluate((n) => window.journeyDebug.noteRect(n), id)).toEqual(note);
      expect(await page.getByTestId('board-canvas').boundingBox()).toEqual(canvas);
      // Laid over the board, it leaves the title row and its zoom buttons uncovered.
      const [inspector, zoom] = [(await page.locator('.inspector').boundingBox())!, (await page.locator('.zoom-controls').boundingBox())!];
      expect(inspector.y).toBeGreaterThanOrEqual(zoom.y + zoom.height);
      // The same spot, double-clicked at once: that note opens for editing.
      await page.mouse.dblclick(note.x + note.width / 2, note.y + note.height / 2);
      await page.waitForFunction((n) => window.journeyDebug.state().editingNoteId === n, id);
      await page.context().close();
    }
  }, 90_000);

  it('a note selected at the board’s right edge stays in view: the inspector lies over the left edge then', async () => {
    const page = await open('lang=en');
    const id = await addNote(page, 4, PAIN, 'Cancelling takes a phone call');
    await page.mouse.click(5, 715);
    await page.keyboard.press('Escape');
    const note = (await page.evaluate((n) => window.journeyDebug.noteRect(n), id))!;
    await page.mouse.click(note.x + note.width / 2, note.y + note.height / 2);
    const inspector = page.locator('.inspector');
    await inspector.waitFor();
    const box = (await inspector.boundingBox())!;
    expect(box.x + box.width <= note.x || box.x >= note.x + note.width).toBe(true);
    await page.mouse.dblclick(note.x + note.width / 2, note.y + note.height / 2);
    await page.waitForFunction((n) => window.journeyDebug.state().editingNoteId === n, id);
    await page.context().close();
  }, 60_000);

  it('switching the language en → ru → id renames the template’s stages, lanes and “Persona board”; typed names stay', async () => {
    const page = await open('lang=en');
    await page.getByRole('button', { name: 'New board…' }).click();
    await page.getByRole('menuitem', { name: 'Persona board' }).click();
    await page.waitForFunction(() => window.journeyDebug.snapshot()!.boards.length === 2);
    await page.locator('.board-list button', { hasText: 'End-to-end journey' }).first().click();
    // One stage typed by hand.
    const purchase = await cellRect(page, 2, 0);
    await page.mouse.dblclick(purchase.x + purchase.width / 2, purchase.y - 20);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Checkout');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.journeyDebug.snapshot()!.stages.some((s) => s.title === 'Checkout'));
    const names = async () => {
      const s = await snapshot(page);
      return { stages: s.stages.map((x) => x.title), lanes: s.lanes.map((x) => x.title), boards: s.boards.map((b) => b.title) };
    };
    const status = page.getByTestId('status');
    await page.locator('.language select').selectOption('ru');
    await page.waitForFunction(() => window.journeyDebug.snapshot()!.stages.some((s) => s.title === 'Осведомленность'));
    let n = await names();
    expect(n.stages).toEqual(['Осведомленность', 'Рассмотрение', 'Checkout', 'Удержание', 'Адвокация']);
    expect(n.lanes).toContain('Болевые точки');
    expect(n.boards).toEqual(['Сквозной путь клиента', 'Доска персон']);
    expect(await page.locator('.board-list').innerText()).toContain('Доска персон');
    expect(await status.textContent()).toContain('Двойной щелчок');
    await page.locator('.language select').selectOption('id');
    await page.waitForFunction(() => window.journeyDebug.snapshot()!.stages.some((s) => s.title === 'Kesadaran'));
    n = await names();
    expect(n.stages).toEqual(['Kesadaran', 'Pertimbangan', 'Checkout', 'Retensi', 'Advokasi']);
    expect(n.lanes).toContain('Titik masalah');
    expect(n.boards[1]).toBe('Papan persona');
    expect(await status.textContent()).toContain('Klik dua kali');
    await page.context().close();
  }, 60_000);

  it('Tab reaches the board; arrow keys walk the notes; Enter edits the selected one', async () => {
    const page = await open('lang=en&sample=1');
    let reached = false;
    for (let i = 0; i < 80 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.getAttribute('data-testid') === 'board-canvas');
    }
    expect(reached).toBe(true);
    expect(await page.getByTestId('board-canvas').getAttribute('aria-label')).toContain('arrow keys');
    await page.waitForFunction(() => window.journeyDebug.snapshot() !== null);
    for (let i = 0; i < 12 && (await page.evaluate(() => window.journeyDebug.state().selectedNoteIds.length)) === 0; i++) await page.keyboard.press('ArrowDown');
    const first = (await page.evaluate(() => window.journeyDebug.state().selectedNoteIds))[0];
    expect(first).toBeTruthy();
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction((id) => window.journeyDebug.state().selectedNoteIds[0] !== id, first);
    const second = (await page.evaluate(() => window.journeyDebug.state().selectedNoteIds))[0];
    await page.keyboard.press('Enter');
    await page.waitForFunction((id) => window.journeyDebug.state().editingNoteId === id, second);
    await page.context().close();
  }, 60_000);

  it('"Zoom to stage" fills the view with the stage’s width, header at the top', async () => {
    const page = await open('lang=en');
    const before = await cellRect(page, 2, 0);
    await page.mouse.click(before.x + before.width / 2, before.y - 20, { button: 'right' });
    await page.getByRole('menuitem', { name: 'Zoom to stage' }).click();
    await page.waitForFunction((w) => window.journeyDebug.cellRect(2, 0)!.width > w * 1.5, before.width);
    const after = await cellRect(page, 2, 0);
    const canvas = (await page.getByTestId('board-canvas').boundingBox())!;
    expect(after.width / before.width).toBeGreaterThan(1.8);
    expect(after.x + after.width).toBeLessThanOrEqual(canvas.x + canvas.width + 1);
    expect(after.width).toBeGreaterThan(canvas.width * 0.5); // the stage is most of the view (at most 200 %)
    expect(after.x).toBeGreaterThan(canvas.x + 150); // right of the pinned lane labels
    expect(after.y).toBeLessThan(canvas.y + 200);
    await page.context().close();
  }, 60_000);

  it('a long persona role wraps in the card and shows whole', async () => {
    const page = await open('lang=ru&sample=1');
    const personaBoard = (await snapshot(page)).boards.find((b) => b.kind === 'persona')!.title;
    await page.locator('.board-list button', { hasText: personaBoard }).first().click();
    const role = page.locator('.persona-card').first().getByLabel('Роль', { exact: true });
    await role.waitFor();
    const long = 'Руководитель отдела закупок регионального дистрибьютора бытовой техники, 12 лет в компании';
    await role.fill(long);
    await role.press('Tab');
    const fits = await role.evaluate((el: HTMLTextAreaElement) => ({ value: el.value, scroll: el.scrollHeight, client: el.clientHeight, width: el.scrollWidth - el.clientWidth }));
    expect(fits.value).toBe(long);
    expect(fits.scroll).toBeLessThanOrEqual(fits.client + 1);
    expect(fits.width).toBeLessThanOrEqual(1);
    expect(fits.client).toBeGreaterThan(40); // more than one line
    await page.context().close();
  }, 60_000);

  it('a pain point moved into Opportunities says it keeps its colour, and offers the lane’s', async () => {
    const page = await open('lang=en');
    const id = await addNote(page, 0, PAIN, 'Hidden fees');
    const note = (await page.evaluate((n) => window.journeyDebug.noteRect(n), id))!;
    await page.mouse.click(note.x + note.width / 2, note.y + note.height / 2);
    await page.locator('.inspector').getByText('A note keeps its own colour').waitFor();
    await page.keyboard.press('Control+ArrowDown');
    await page.keyboard.press('Control+ArrowDown');
    await page.waitForFunction((l) => window.journeyDebug.cellNotes(0, l).length === 1, OPPORTUNITIES);
    const note2 = (await snapshot(page)).notes.find((n) => n.id === id)!;
    expect(note2.color).toBe('red');
    const said = page.locator('.inspector [role="note"]');
    expect(await said.locator('p').first().textContent()).toBe('This note keeps its Pain points colour; it now sits in the Opportunities lane.');
    await said.getByRole('button', { name: 'Use the lane’s colour' }).click();
    await page.waitForFunction((n) => window.journeyDebug.snapshot()!.notes.find((x) => x.id === n)?.color === 'green', id);
    expect(await said.count()).toBe(0);
    await page.context().close();
  }, 60_000);
});
