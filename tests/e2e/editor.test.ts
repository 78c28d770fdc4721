import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { cellCenter, openApp, pageErrors, screenshot } from './harness';
import { useServedBrowser } from './rig';

const rig = useServedBrowser();

const snapshot = async (page: Page) => (await page.evaluate(() => window.journeyDebug.snapshot()))!;

async function addNote(page: Page, stage: number, lane: number, text: string): Promise<void> {
  // Aim at the cell's lower right, where no note is yet (a double-click on a note edits it).
  const rect = (await page.evaluate(([s, l]) => window.journeyDebug.cellRect(s!, l!), [stage, lane]))!;
  await page.mouse.dblclick(rect.x + rect.width - 12, rect.y + rect.height - 10);
  await page.getByRole('textbox', { name: 'Note text' }).waitFor();
  await page.keyboard.type(text);
  await page.keyboard.press('Escape');
  const snap = await snapshot(page);
  const note = snap.notes.find((n) => n.text === text);
  expect(note && [snap.stages.findIndex((s) => s.id === note.stageId), snap.lanes.findIndex((l) => l.id === note.laneId)]).toEqual([stage, lane]);
}

async function noteCenter(page: Page, id: string): Promise<{ x: number; y: number }> {
  const r = (await page.evaluate((noteId) => window.journeyDebug.noteRect(noteId), id))!;
  return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
}

describe('editing a journey board with mouse and keyboard', () => {
  it('creates notes in three languages, drags one across stages and lanes, rubber-band deletes, undoes and redoes it all', async () => {
    const page = await openApp(rig.browser(), rig.served(), 'lang=en');
    await addNote(page, 0, 0, 'Sees the ad on Instagram');
    await addNote(page, 1, 0, 'Membandingkan harga di marketplace');
    await addNote(page, 2, 3, 'Доставка слишком дорогая');
    await addNote(page, 2, 3, 'Second pain point');
    let snap = await snapshot(page);
    const texts = snap.notes.map((n) => n.text).sort();
    expect(texts).toEqual(['Доставка слишком дорогая', 'Membandingkan harga di marketplace', 'Second pain point', 'Sees the ad on Instagram'].sort());
    const stageIds = snap.stages.map((s) => s.id);
    const laneIds = snap.lanes.map((l) => l.id);
    const indo = snap.notes.find((n) => n.text.startsWith('Membandingkan'))!;
    expect([indo.stageId, indo.laneId]).toEqual([stageIds[1], laneIds[0]]);

    // Drag the Indonesian note from Consideration × Actions to Retention × Touchpoints.
    const from = await noteCenter(page, indo.id);
    const to = await cellCenter(page, 3, 1);
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(from.x + 40, from.y + 20, { steps: 4 });
    await page.mouse.move(to.x, to.y, { steps: 8 });
    await page.mouse.up();
    snap = await snapshot(page);
    const moved = snap.notes.find((n) => n.id === indo.id)!;
    expect([moved.stageId, moved.laneId]).toEqual([stageIds[3], laneIds[1]]);
    expect(moved.text).toBe('Membandingkan harga di marketplace');

    // Drop the second pain point before the first one: order within a cell changes.
    const [firstPain, secondPain] = await page.evaluate(() => window.journeyDebug.cellNotes(2, 3));
    const a = await noteCenter(page, secondPain!);
    const b = (await page.evaluate((id) => window.journeyDebug.noteRect(id), firstPain!))!;
    await page.mouse.move(a.x, a.y);
    await page.mouse.down();
    await page.mouse.move(a.x - 30, a.y, { steps: 3 });
    await page.mouse.move(b.x + 10, b.y + b.height / 2, { steps: 6 });
    await page.mouse.up();
    expect(await page.evaluate(() => window.journeyDebug.cellNotes(2, 3))).toEqual([secondPain, firstPain]);

    // Rubber-band around both pain points (from empty space in the cell), then Delete.
    const cell = (await page.evaluate(() => window.journeyDebug.cellRect(2, 3)))!;
    await page.mouse.move(cell.x + cell.width - 6, cell.y + cell.height - 6);
    await page.mouse.down();
    await page.mouse.move(cell.x + 4, cell.y + 4, { steps: 8 });
    await page.mouse.up();
    expect((await page.evaluate(() => window.journeyDebug.state())).selectedNoteIds.slice().sort()).toEqual([firstPain, secondPain].sort());
    await page.keyboard.press('Delete');
    snap = await snapshot(page);
    expect(snap.notes).toHaveLength(2);

    // Undo: the deleted notes come back, then the reorder is undone, then the move.
    await page.keyboard.press('Control+z');
    expect((await snapshot(page)).notes).toHaveLength(4);
    await page.keyboard.press('Control+z');
    expect(await page.evaluate(() => window.journeyDebug.cellNotes(2, 3))).toEqual([firstPain, secondPain]);
    await page.keyboard.press('Control+z');
    snap = await snapshot(page);
    expect([snap.notes.find((n) => n.id === indo.id)!.stageId]).toEqual([stageIds[1]]);
    // Redo all three.
    for (let i = 0; i < 3; i++) await page.keyboard.press('Control+Shift+z');
    snap = await snapshot(page);
    expect(snap.notes).toHaveLength(2);
    expect(snap.notes.find((n) => n.id === indo.id)!.stageId).toBe(stageIds[3]);
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  });

  it('reorders stages by dragging a header, edits the emotion curve, names a feeling, recolours from the menu', async () => {
    const page = await openApp(rig.browser(), rig.served(), 'lang=en');
    const before = await snapshot(page);
    // Drag "Awareness" (first header) to after "Purchase" (third).
    const header = (await page.evaluate(() => window.journeyDebug.cellRect(0, 0)))!;
    const third = (await page.evaluate(() => window.journeyDebug.cellRect(3, 0)))!;
    const headerY = header.y - 20;
    await page.mouse.move(header.x + 40, headerY);
    await page.mouse.down();
    await page.mouse.move(header.x + 80, headerY, { steps: 3 });
    await page.mouse.move(third.x + 10, headerY, { steps: 8 });
    await page.mouse.up();
    const after = await snapshot(page);
    expect(after.stages.map((s) => s.title)).toEqual(['Consideration', 'Purchase', 'Awareness', 'Retention', 'Advocacy']);
    expect(after.stages.map((s) => s.id).sort()).toEqual(before.stages.map((s) => s.id).sort());

    // Emotion curve: drag the faint point of the first stage up to the top (+2).
    const emotions = (await page.evaluate(() => window.journeyDebug.cellRect(0, 2)))!;
    const cx = emotions.x + emotions.width / 2;
    // The ghost at 0: mid-way down the curve's own band atop the (empty, 220-unit) lane.
    const cy = emotions.y + (80 * emotions.height) / 220;
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    await page.mouse.move(cx, cy - 20, { steps: 3 });
    await page.mouse.move(cx, emotions.y - 50, { steps: 6 });
    await page.mouse.up();
    let snap = await snapshot(page);
    expect(snap.emotions).toHaveLength(1);
    expect(snap.emotions[0]).toMatchObject({ stageId: snap.stages[0]!.id, score: 2 });
    // Double-click the point and name the feeling.
    const top = emotions.y + (34 * emotions.height) / 220;
    await page.mouse.dblclick(cx, top);
    await page.getByRole('textbox', { name: 'Feeling at this stage' }).fill('curious');
    await page.keyboard.press('Enter');
    snap = await snapshot(page);
    expect(snap.emotions[0]).toMatchObject({ score: 2, label: 'curious' });

    // A note recoloured through its right-click menu.
    await addNote(page, 1, 0, 'Recolour me');
    const id = (await snapshot(page)).notes[0]!.id;
    const c = await noteCenter(page, id);
    await page.mouse.click(c.x, c.y, { button: 'right' });
    await page.getByRole('menuitem', { name: 'Green' }).click();
    expect((await snapshot(page)).notes[0]!.color).toBe('green');
    await page.keyboard.press('Control+z');
    expect((await snapshot(page)).notes[0]!.color).toBe('yellow');
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  });

  it('keyboard only: arrows walk cells, N adds, typing edits, ctrl+arrow moves, Ctrl+D duplicates', async () => {
    const page = await openApp(rig.browser(), rig.served(), 'lang=en');
    await page.locator('body').click({ position: { x: 5, y: 880 } });
    await page.keyboard.press('ArrowRight'); // selects the first cell
    await page.keyboard.press('ArrowRight'); // next stage
    await page.keyboard.press('ArrowDown'); // touchpoints lane
    await page.keyboard.press('n');
    await page.keyboard.type('Call centre');
    await page.keyboard.press('Escape');
    let snap = await snapshot(page);
    expect(snap.notes[0]).toMatchObject({ text: 'Call centre', stageId: snap.stages[1]!.id, laneId: snap.lanes[1]!.id });
    await page.keyboard.press('Control+ArrowRight');
    snap = await snapshot(page);
    expect(snap.notes[0]!.stageId).toBe(snap.stages[2]!.id);
    await page.keyboard.press('Control+d');
    snap = await snapshot(page);
    expect(snap.notes.map((n) => n.text)).toEqual(['Call centre', 'Call centre']);
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  });

  it('shows a filled 5-stage board whole and zoomed in', async () => {
    const page = await openApp(rig.browser(), rig.served(), 'lang=en&sample=1');
    await page.getByRole('button', { name: 'Fit board' }).click();
    await screenshot(page, 'filled-board-fit');
    const zoomIn = page.getByRole('button', { name: 'Zoom in' });
    await zoomIn.click();
    await zoomIn.click();
    await screenshot(page, 'filled-board-zoomed');
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  });
});
