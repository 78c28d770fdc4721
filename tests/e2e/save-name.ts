import type { Download, Page } from 'playwright-core';

/**
 * Save through a browser without the save picker (Firefox, Safari): the page loses
 * `showSaveFilePicker`, Save asks for the name in the app, and the name is answered with
 * `name` typed over the name part (the suggestion when none) and Enter. Resolves with the download.
 */
export async function saveByDownload(page: Page, name?: string): Promise<Download> {
  await page.evaluate(() => Reflect.deleteProperty(window, 'showSaveFilePicker'));
  const downloading = page.waitForEvent('download');
  await page.keyboard.press('Control+s');
  const field = page.locator('#name-question-field');
  await field.waitFor();
  if (name !== undefined) await page.keyboard.type(name);
  await field.press('Enter');
  return downloading;
}
