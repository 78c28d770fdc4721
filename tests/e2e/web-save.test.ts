/**
 * Save in a browser asks for a name: Chromium's save picker (File System Access API) where it
 * exists — its handle kept, so the next Save writes the same file without asking — else a name
 * question before the download. The picker itself is the browser's own dialog, so it is played
 * here by a stand-in with the API's shape that records what the page wrote.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { cellCenter, openApp, pageErrors } from './harness';
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

  it('without a save picker, asks for the name in the user’s language, downloads under it, and Save reuses it', async () => {
    const page = await openApp(rig.browser(), rig.served(), 'sample=1&lang=ru');
    await page.evaluate(() => Reflect.deleteProperty(window, 'showSaveFilePicker'));
    const asked: { message: string; value: string }[] = [];
    page.on('dialog', (dialog) => {
      asked.push({ message: dialog.message(), value: dialog.defaultValue() });
      void dialog.accept('Мой план: март');
    });
    await addNote(page, 'Сравнивает цены');
    const [first] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Control+s')]);
    // A character a file name cannot hold becomes a space.
    expect(first.suggestedFilename()).toBe('Мой план март.journey');
    expect(asked).toHaveLength(1);
    expect(asked[0]!.message).toBe('Сохранить рабочее пространство как:');
    expect(asked[0]!.value).toMatch(/\.journey$/);
    await addNote(page, 'Спрашивает друга');
    const [second] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Control+s')]);
    expect(second.suggestedFilename()).toBe('Мой план март.journey');
    expect(asked).toHaveLength(1);
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  });
});
