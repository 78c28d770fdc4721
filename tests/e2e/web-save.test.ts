/**
 * Save in a browser asks for a name: Chromium's save picker (File System Access API) where it
 * exists — its handle kept, so the next Save writes the same file without asking — else the
 * app's own name question (ui/NameQuestionDialog) before the download. The picker itself is the browser's own dialog, so it is played
 * here by a stand-in with the API's shape that records what the page wrote.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, cellCenter, openApp, pageErrors } from './harness';
import { useServedBrowser } from './rig';

const rig = useServedBrowser();

async function addNote(page: Page, text: string): Promise<void> {
  const cell = await cellCenter(page, 1, 1);
  await page.mouse.dblclick(cell.x, cell.y);
  await page.keyboard.type(text);
  await page.keyboard.press('Escape');
}

/** A save picker with the API's shape: answers with a file named `answer`, or the user cancels (null). */
async function standInPicker(page: Page, answer: string | null): Promise<void> {
  await page.evaluate((name) => {
    const w = window as unknown as { picked: string[]; written: string[]; showSaveFilePicker: unknown };
    w.picked = [];
    w.written = [];
    w.showSaveFilePicker = async (options: { suggestedName: string }) => {
      w.picked.push(options.suggestedName);
      if (name === null) throw new DOMException('The user aborted a request.', 'AbortError');
      return {
        name,
        createWritable: async () => {
          let data = '';
          return {
            write: async (blob: Blob) => {
              data = await blob.text();
            },
            close: async () => {
              w.written.push(data);
            },
          };
        },
      };
    };
  }, answer);
}
const recorded = (page: Page) => page.evaluate(() => ({ picked: (window as unknown as { picked: string[] }).picked, written: (window as unknown as { written: string[] }).written }));
const snapshot = (page: Page) => page.evaluate(() => window.journeyDebug.snapshot());

/** The app in a browser without the save picker (Firefox, Safari): it is gone before the page starts. */
async function withoutPicker(params: string): Promise<Page> {
  const page = await openApp(rig.browser(), rig.served(), params, { viewport: { width: 1280, height: 720 }, initScript: 'delete window.showSaveFilePicker;' });
  expect(await page.evaluate(() => 'showSaveFilePicker' in window)).toBe(false);
  return page;
}
const status = (page: Page) => page.locator('[data-testid="status"]').textContent();

describe('Save in a browser', () => {
  it('asks with the save picker once, then Save writes the same file again without asking', async () => {
    const page = await openApp(rig.browser(), rig.served(), 'sample=1&lang=en');
    await standInPicker(page, 'Workshop March.journey');
    await addNote(page, 'Compares prices on two sites');
    await page.keyboard.press('Control+s');
    await expect.poll(() => recorded(page)).toMatchObject({ picked: ['Sample electronics shop.journey'], written: [expect.stringContaining('Compares prices on two sites')] });
    await expect.poll(() => status(page)).toContain('Saved as Workshop March.journey');
    expect(await page.title()).not.toMatch(/^• /);

    await addNote(page, 'Asks a friend');
    expect(await page.title()).toMatch(/^• /);
    await page.keyboard.press('Control+s');
    await expect.poll(async () => (await recorded(page)).written.length).toBe(2);
    const { picked, written } = await recorded(page);
    expect(picked).toHaveLength(1); // not asked again
    expect(written[1]).toContain('Asks a friend');
    expect(JSON.parse(written[1]!)).toMatchObject({ format: 'journey' });
    await expect.poll(() => page.title()).not.toMatch(/^• /);
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  });

  it('a cancelled save picker saves nothing and keeps the unsaved marker, with no error', async () => {
    const page = await openApp(rig.browser(), rig.served(), 'sample=1&lang=en');
    await standInPicker(page, null);
    await addNote(page, 'Unsaved idea');
    await page.keyboard.press('Control+s');
    await expect.poll(async () => (await recorded(page)).picked.length).toBe(1);
    expect((await recorded(page)).written).toEqual([]);
    expect(await page.title()).toMatch(/^• /);
    expect(await page.locator('[role="alert"]').count()).toBe(0);
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  });

  it('without a save picker, asks for the name in the app: Enter saves "Карта клиента.journey", which reopens, and Save reuses the name', async () => {
    const page = await withoutPicker('sample=1&lang=ru');
    await addNote(page, 'Сравнивает цены');
    const before = await snapshot(page);
    const downloading = page.waitForEvent('download');
    await page.keyboard.press('Control+Shift+s');
    const dialog = page.getByRole('dialog', { name: 'Сохранить как' });
    const field = dialog.getByLabel('Имя файла');
    // Offered: the workspace's title (a character a file name cannot hold made a space) and the extension.
    const title = (await snapshot(page))!.workspace.title;
    const suggested = `${title.replace(/[\\/:*?"<>|]+/g, ' ').replace(/\s+/g, ' ').trim()}.journey`;
    await expect.poll(() => field.inputValue()).toBe(suggested);
    // The focus is in the field with the name part selected: typing replaces it and keeps the extension.
    expect(await field.evaluate((input: HTMLInputElement) => [document.activeElement === input, input.selectionStart, input.selectionEnd])).toEqual([
      true,
      0,
      suggested.length - '.journey'.length,
    ]);
    await page.keyboard.type('Карта клиента');
    await page.keyboard.press('Enter');
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('Карта клиента.journey');
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => status(page)).toContain('Карта клиента.journey');
    expect(await page.title()).not.toMatch(/^• /);
    mkdirSync(ARTIFACTS, { recursive: true });
    const saved = join(ARTIFACTS, 'Карта клиента.journey');
    await download.saveAs(saved);

    // Save again: the same name, no question.
    await addNote(page, 'Спрашивает друга');
    const [second] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Control+s')]);
    expect(second.suggestedFilename()).toBe('Карта клиента.journey');
    expect(await dialog.count()).toBe(0);

    // The downloaded file opens in a fresh window as it was saved.
    const other = await openApp(rig.browser(), rig.served(), 'lang=ru');
    const [chooser] = await Promise.all([other.waitForEvent('filechooser'), other.keyboard.press('Control+o')]);
    await chooser.setFiles(saved);
    await other.waitForFunction(() => window.journeyDebug.state().fileName === 'Карта клиента.journey');
    expect(await snapshot(other)).toEqual(before);
    expect([...pageErrors(page), ...pageErrors(other)]).toEqual([]);
    await page.context().close();
    await other.context().close();
  });

  it('an empty name, or forbidden characters only, is refused inside the question, keeping what was typed; Escape saves nothing', async () => {
    const page = await withoutPicker('sample=1&lang=ru');
    let downloads = 0;
    page.on('download', () => downloads++);
    await addNote(page, 'Несохранённая мысль');
    await page.keyboard.press('Control+Shift+s');
    const dialog = page.getByRole('dialog', { name: 'Сохранить как' });
    const field = dialog.getByLabel('Имя файла');
    await field.fill('');
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog.getByRole('alert').textContent()).toBe('У файла должно быть имя. Введите его и нажмите «Сохранить».');
    await field.fill('*?:');
    await dialog.getByRole('button', { name: 'Сохранить' }).click();
    await expect.poll(() => dialog.getByRole('alert').textContent()).toBe('Имя файла не может состоять только из \\ / : * ? " < > |. Добавьте буквы или цифры.');
    expect(await field.inputValue()).toBe('*?:');
    expect(await field.evaluate((input) => document.activeElement === input)).toBe(true);
    // A press beside the question keeps the focus in it, and the board's shortcuts stay off.
    const notes = (await snapshot(page))!.notes.length;
    await page.mouse.click(5, 5);
    expect(await field.evaluate((input) => document.activeElement === input)).toBe(true);
    await page.keyboard.press('Control+Shift+s');
    expect(await dialog.count()).toBe(1);
    expect(await field.inputValue()).toBe('*?:');

    // A phone-sized window: the whole question is on screen.
    await page.setViewportSize({ width: 390, height: 844 });
    const box = (await dialog.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    expect(box.y + box.height).toBeLessThanOrEqual(844);

    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(downloads).toBe(0);
    expect((await snapshot(page))!.notes.length).toBe(notes);
    expect(await page.title()).toMatch(/^• /);
    expect(await page.locator('[role="alert"]').count()).toBe(0);
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  });
});
