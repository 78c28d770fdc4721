/**
 * The workspace's title renamed in place (double-click it in the toolbar, or File ▸ Rename
 * workspace…): one undo step, in the window title, and the name a first save suggests.
 */
import { describe, expect, it } from 'vitest';
import { openApp, pageErrors, screenshot } from './harness';
import { useServedBrowser } from './rig';

const rig = useServedBrowser();

describe('renaming the workspace', () => {
  it('double-click the title, type, Enter: renamed (one undo step), in the window title, and the first save is named after it', async () => {
    const page = await openApp(rig.browser(), rig.served(), 'lang=ru');
    const title = page.locator('.toolbar .app-title');
    const before = (await title.textContent())!.replace(/^• /, '');
    await title.dblclick();
    const input = page.getByRole('textbox', { name: 'Название рабочего пространства' });
    await expect.poll(() => input.inputValue()).toBe(before);
    await input.fill('Путь покупателя: весна');
    await screenshot(page, 'workspace-rename-ru');
    await page.keyboard.press('Enter');
    await expect.poll(() => title.textContent()).toContain('Путь покупателя: весна');
    expect(await page.evaluate(() => window.journeyDebug.snapshot()?.workspace.title)).toBe('Путь покупателя: весна');
    await expect.poll(() => page.title()).toContain('Путь покупателя: весна');

    // Escape keeps the old name.
    await title.dblclick();
    await input.fill('Черновик');
    await page.keyboard.press('Escape');
    await expect.poll(() => title.textContent()).toContain('Путь покупателя: весна');

    // The first save suggests a file named after it (a character a file name cannot hold becomes a space).
    await page.evaluate(() => Reflect.deleteProperty(window, 'showSaveFilePicker'));
    await page.keyboard.press('Control+s');
    await expect.poll(() => page.getByLabel('Имя файла').inputValue()).toBe('Путь покупателя весна.journey');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);

    // Undo is one step back to the old name.
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.evaluate(() => window.journeyDebug.snapshot()?.workspace.title)).toBe(before);
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  });
});
