import { describe, expect, it } from 'vitest';
import { serializeWorkspace } from '../../shared/file/save';
import { DEFAULT_PRINT_OPTIONS, planBoards } from '../../shared/export/print-document';
import { benchWorkspace } from '../../shared/model';
import { loadedDoc } from '../unit/doc/helpers';
import { cellCenter, openApp, pageErrors, screenshot } from './harness';
import { useServedBrowser } from './rig';

/** A long print export in the Export/Print dialog: it shows pages done as it builds, and Cancel stops it with nothing saved or printed. */
const rig = useServedBrowser();

describe('Export/Print dialog progress and cancel', () => {
  it('a 2,000-note A3 poster at 200 % shows “Preparing pages: n of m”; Cancel stops it, nothing is downloaded or printed, and the next export can start', async () => {
    const snapshot = benchWorkspace(2000);
    const [{ plan }] = planBoards(snapshot, { ...DEFAULT_PRINT_OPTIONS, paper: 'A3', orientation: 'portrait', layout: 'poster', scale: 2 }) as [ReturnType<typeof planBoards>[number]];
    expect(plan.tiles.length).toBeGreaterThan(150);
    const page = await openApp(rig.browser(), rig.served(), 'lang=en');
    const file = serializeWorkspace(loadedDoc(snapshot), { appVersion: '0.1.0', now: new Date('2026-03-01T10:00:00Z') });
    expect((await page.evaluate((text) => window.journeyDebug.load(text), file)).ok).toBe(true);
    const downloads: string[] = [];
    page.on('download', (d) => downloads.push(d.suggestedFilename()));
    const cell = await cellCenter(page, 0, 0);
    await page.mouse.click(cell.x, cell.y);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+p');
    const dialog = page.getByRole('dialog', { name: 'Export and print' });
    await dialog.waitFor();
    await dialog.getByLabel('Layout').selectOption('poster');
    await dialog.getByLabel('Paper').selectOption('A3');
    await dialog.getByLabel('Orientation').selectOption('portrait');
    await dialog.getByLabel('Scale (%)').fill('200');
    await expect.poll(() => dialog.locator('.export-pages').textContent()).toBe(`${plan.tiles.length} pages`);
    // Watch in the page (no round trips): at the first "Preparing pages" note what the dialog shows, then press Cancel.
    const watching = page.evaluate(
      () =>
        new Promise<{ text: string; value: number; exportDisabled: boolean }>((resolve) => {
          const observer = new MutationObserver(() => {
            const status = document.querySelector('.export-progress [role=status]');
            if (!status || !/^Preparing pages: \d+ of \d+$/.test(status.textContent ?? '')) return;
            observer.disconnect();
            const buttons = Array.from(document.querySelectorAll<HTMLButtonElement>('.export-dialog button'), (b) => b);
            const seen = {
              text: status.textContent!,
              value: Number(document.querySelector('.export-progress progress')?.getAttribute('value')),
              exportDisabled: buttons.find((b) => b.textContent === 'Export')!.disabled,
            };
            buttons.find((b) => b.textContent === 'Cancel')!.click();
            resolve(seen);
          });
          observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
        }),
    );
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    const seen = await watching;
    const [done, total] = seen.text.match(/\d+/g)!.map(Number);
    expect(total).toBe(plan.tiles.length);
    expect(done).toBeGreaterThan(0);
    expect(done).toBeLessThan(total!);
    expect(seen.value).toBe(Math.round((done! / total!) * 100));
    // While it ran, Export was disabled and the other button was Cancel (pressed above).
    expect(seen.exportDisabled).toBe(true);
    await expect.poll(() => dialog.getByRole('status').last().textContent()).toBe('Export cancelled. Nothing was saved.');
    await screenshot(page, 'export-cancelled-en');
    expect(await dialog.locator('.export-progress').count()).toBe(0);
    // No print frame was made (the browser's print dialog never opened), nothing was downloaded.
    expect(await page.evaluate(() => Array.from(document.querySelectorAll('iframe:not(.export-preview)'), (f) => f.outerHTML.slice(0, 200)))).toEqual([]);
    expect(downloads).toEqual([]);
    expect(await dialog.getByRole('button', { name: 'Export', exact: true }).isDisabled()).toBe(false);
    // The dialog is still open with the same choices, and the button is Close again.
    expect(await dialog.getByLabel('Layout').inputValue()).toBe('poster');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  }, 120_000);
});
