/**
 * Switching the UI language in Chromium: every visible text re-translates, the error banner,
 * the status line and an open question included (they are kept as messages, not strings), and
 * the question about deleting a stage says its notes with the language's plural form.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { cellCenter, openApp, pageErrors, screenshot } from './harness';
import { useServedBrowser } from './rig';

const rig = useServedBrowser();

async function addNote(page: Page, stage: number, lane: number, text: string): Promise<void> {
  const cell = await cellCenter(page, stage, lane);
  await page.mouse.dblclick(cell.x, cell.y);
  await page.keyboard.type(text);
  await page.keyboard.press('Escape');
}

const chooseLanguage = (page: Page, label: string, locale: string) => page.getByLabel(label).selectOption(locale);

describe('switching the language', () => {
  it('en → ru → id re-translates the toolbar, the banner, the status line and a question', async () => {
    const page = await openApp(rig.browser(), rig.served(), 'lang=en');
    const banner = page.getByTestId('error-banner');
    const status = page.getByTestId('status');
    const toolbar = page.locator('.toolbar');

    // A status, then a banner: both shown in English.
    await page.evaluate(() => window.journeyDebug.load(window.journeyDebug.fileText()));
    await status.getByText('Opened debug.journey').waitFor();
    await page.evaluate(() => window.journeyDebug.load('{"format":"journey","formatVersion":1,"snapshot":{"workspace":'));
    await banner.getByText('Could not open “debug.journey”').waitFor();
    expect(await banner.textContent()).toContain('This file is incomplete');
    await toolbar.getByRole('button', { name: 'Save', exact: true }).waitFor();
    await screenshot(page, 'i18n-en');

    await chooseLanguage(page, 'Language', 'ru');
    await banner.getByText('Не удалось открыть «debug.journey»').waitFor();
    expect(await banner.textContent()).toContain('Файл неполный');
    expect(await banner.textContent()).not.toContain('incomplete');
    await banner.getByRole('button', { name: 'Закрыть' }).waitFor();
    await toolbar.getByRole('button', { name: 'Сохранить', exact: true }).waitFor();
    await status.getByText('Открыт файл debug.journey').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ru');
    await screenshot(page, 'i18n-ru');

    // A question asked in Russian, with Russian plurals: 2 стикера.
    await banner.getByRole('button', { name: 'Закрыть' }).click();
    await addNote(page, 1, 0, 'Видит рекламу');
    await addNote(page, 1, 1, 'Сайт');
    // Right-click the stage's header, just above its first cell.
    const rect = (await page.evaluate(() => window.journeyDebug.cellRect(1, 0)))!;
    await page.mouse.click(rect.x + rect.width / 2, rect.y - 12, { button: 'right' });
    await page.getByRole('menuitem', { name: 'Удалить этап' }).click();
    const question = page.getByRole('alertdialog');
    await question.getByText('Будут удалены 2 стикера. Это можно отменить сочетанием Ctrl+Z.').waitFor();
    await screenshot(page, 'i18n-ru-plural');

    // Switching while the question is open (the toolbar's language menu is reachable by keyboard too).
    await page.evaluate(() => {
      const select = document.querySelector<HTMLSelectElement>('label.language select')!;
      select.value = 'id';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await question.getByText('2 catatan di dalamnya ikut terhapus. Anda dapat mengurungkannya dengan Ctrl+Z.').waitFor();
    await question.getByRole('button', { name: 'Batal' }).waitFor();
    await screenshot(page, 'i18n-id-question');
    await question.getByRole('button', { name: 'Batal' }).click();
    await toolbar.getByRole('button', { name: 'Simpan', exact: true }).waitFor();
    await status.getByText('debug.journey dibuka').waitFor();
    expect((await page.evaluate(() => window.journeyDebug.snapshot()))!.notes).toHaveLength(2); // nothing was deleted

    await chooseLanguage(page, 'Bahasa', 'en');
    await toolbar.getByRole('button', { name: 'Save', exact: true }).waitFor();
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  });
});
