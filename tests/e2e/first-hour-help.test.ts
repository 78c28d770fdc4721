/**
 * The first hour, help: a first start explains the app (and can be skipped, and is remembered),
 * `?` and Help list every shortcut, Help ▸ About says versions and where autosaves live, and
 * empty cells say what belongs in them — as a person meets them in Chromium, in en, id and ru.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useServedBrowser } from './rig';

const { served, browser } = useServedBrowser();

async function open(query: string, context?: Awaited<ReturnType<ReturnType<typeof browser>['newContext']>>): Promise<Page> {
  const page = await (context ?? (await browser().newContext({ viewport: { width: 1280, height: 720 } }))).newPage();
  await page.goto(`${served().url}?debug=1&${query}`);
  await page.waitForSelector('html[data-ready="true"]');
  return page;
}

describe('first start and Help', () => {
  it('the very first start opens the guide in the UI language; Skip closes it, and it stays closed next time', async () => {
    for (const [lang, title, skip, next, cards] of [
      ['en', 'Getting started with Journey', 'Skip', 'Next', ['A journey board', 'Personas', 'Notes', 'The emotion curve', 'Run a live session']],
      ['id', 'Memulai dengan Journey', 'Lewati', 'Berikutnya', ['Papan perjalanan', 'Persona', 'Catatan', 'Kurva emosi', 'Menjalankan sesi langsung']],
      ['ru', 'Первые шаги в Journey', 'Пропустить', 'Далее', ['Доска пути клиента', 'Персоны', 'Стикеры', 'Кривая эмоций', 'Совместная сессия']],
    ] as const) {
      const context = await browser().newContext({ viewport: { width: 1280, height: 720 } });
      const page = await open(`lang=${lang}&guide=1`, context);
      const guide = page.getByRole('dialog', { name: title });
      await guide.waitFor();
      // Keyboard: focus is in the guide, Next pages through every card.
      const seen: string[] = [];
      for (let i = 0; i < cards.length; i++) {
        seen.push((await guide.locator('h3').textContent()) ?? '');
        if (i < cards.length - 1) await guide.getByRole('button', { name: next, exact: true }).click();
      }
      expect(seen).toEqual(cards);
      // The curve card says how to draw it (the dashed circles nobody guessed).
      await guide.getByRole('button', { name: skip }).click();
      await guide.waitFor({ state: 'detached' });
      const again = await open(`lang=${lang}&guide=1`, context);
      await again.waitForTimeout(300);
      expect(await again.getByRole('dialog').count()).toBe(0);
      await context.close();
    }
  }, 90_000);

  it('Escape closes the guide; Help ▸ Getting started opens it again; keys inside it never reach the board', async () => {
    const page = await open('lang=en&guide=1');
    const guide = page.getByRole('dialog', { name: 'Getting started with Journey' });
    await guide.waitFor();
    expect(await guide.evaluate((el) => el.contains(document.activeElement))).toBe(true);
    // Tab stays in the guide.
    for (let i = 0; i < 6; i++) await page.keyboard.press('Tab');
    expect(await guide.evaluate((el) => el.contains(document.activeElement))).toBe(true);
    const notes = (await page.evaluate(() => window.journeyDebug.snapshot()!.notes.length)) as number;
    await page.keyboard.press('n'); // "add note" on the board, but the guide has focus
    await page.keyboard.press('Escape');
    await guide.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => window.journeyDebug.snapshot()!.notes.length)).toBe(notes);
    await page.getByRole('button', { name: 'Help' }).click();
    await page.getByRole('menuitem', { name: 'Getting started' }).click();
    await guide.waitFor();
    await page.context().close();
  }, 60_000);

  it('? opens the shortcut sheet, read off the action registry: every menu, Ctrl keys here, translated', async () => {
    for (const [lang, title, groups, undo] of [
      ['en', 'Keyboard shortcuts', ['File', 'Edit', 'View', 'On the board', 'Help'], 'Undo'],
      ['ru', 'Сочетания клавиш', ['Файл', 'Правка', 'Вид', 'На доске', 'Справка'], 'Отменить'],
    ] as const) {
      const page = await open(`lang=${lang}`);
      await page.locator('[data-testid="board-canvas"]').click({ position: { x: 5, y: 5 } });
      await page.keyboard.press('Shift+Slash');
      const sheet = page.getByRole('dialog', { name: title });
      await sheet.waitFor();
      expect(await sheet.locator('h3').allTextContents()).toEqual(groups);
      const row = sheet.locator('[data-action="undo"]');
      expect(await row.locator('dt').textContent()).toBe(undo);
      expect(await row.locator('kbd').allTextContents()).toEqual(['Ctrl+Z']);
      expect(await sheet.locator('[data-action="redo"] kbd').allTextContents()).toEqual(['Ctrl+Shift+Z', 'Ctrl+Y']);
      expect(await sheet.locator('[data-action="select:left"] kbd').allTextContents()).toEqual(['←']);
      // The dialog opens at its top: its title is in view.
      expect(await sheet.locator('h2').evaluate((h) => h.getBoundingClientRect().top >= 0)).toBe(true);
      expect(await sheet.locator('.shortcut-row').count()).toBeGreaterThan(20);
      await page.keyboard.press('Escape');
      await sheet.waitFor({ state: 'detached' });
      await page.context().close();
    }
  }, 60_000);

  it('Help ▸ About gives the version, the file format version and says the browser keeps autosaves; Copy copies it', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 720 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: served().url });
    const page = await open('lang=id', context);
    await page.getByRole('button', { name: 'Bantuan' }).click();
    await page.getByRole('menuitem', { name: 'Tentang Journey' }).click();
    const about = page.getByRole('dialog', { name: 'Tentang Journey' });
    await about.waitFor();
    const text = (await about.locator('dl').innerText()).replace(/\s+/g, ' ');
    const version = JSON.parse(await import('node:fs/promises').then((fs) => fs.readFile('package.json', 'utf8'))).version as string;
    expect(text).toContain(`Versi ${version}`);
    expect(text).toContain('Versi format berkas 1');
    expect(text).toContain('Simpanan otomatis (jurnal pemulihan) penyimpanan peramban ini');
    await about.getByRole('button', { name: 'Salin' }).click();
    await about.getByText('Disalin').waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain(`Versi: ${version}`);
    expect(copied).toContain('Versi format berkas: 1');
    await page.keyboard.press('Escape');
    await about.waitFor({ state: 'detached' });
    await context.close();
  }, 60_000);
});

describe('empty cells say what belongs in them', () => {
  it('each empty cell shows its lane kind’s hint in the UI language, until its first note', async () => {
    for (const [lang, painPoints] of [
      ['en', 'Where the customer struggles or feels bad'],
      ['id', 'Di mana pelanggan kesulitan atau merasa tidak nyaman'],
      ['ru', 'Где клиенту трудно или неприятно'],
    ] as const) {
      const page = await open(`lang=${lang}`);
      const lanes = (await page.evaluate(() => window.journeyDebug.snapshot()!.lanes.map((l) => l.kind))) as string[];
      const pain = lanes.indexOf('painPoints');
      await page.waitForFunction((l) => window.journeyDebug.cellHint(0, l) !== null, pain);
      expect(await page.evaluate((l) => [window.journeyDebug.cellHint(0, l), window.journeyDebug.cellHint(4, l)], pain)).toEqual([painPoints, painPoints]);
      if (lang !== 'en') continue;
      // Double-click the cell, type, and the hint gives way to the note; the other cells keep theirs.
      const cell = (await page.evaluate((l) => window.journeyDebug.cellRect(0, l), pain))!;
      await page.mouse.dblclick(cell.x + cell.width / 2, cell.y + cell.height / 2);
      await page.keyboard.type('Checkout asks for an account');
      await page.keyboard.press('Escape');
      await page.waitForFunction((l) => window.journeyDebug.cellNotes(0, l).length === 1, pain);
      await page.waitForFunction((l) => window.journeyDebug.cellHint(0, l) === null, pain);
      expect(await page.evaluate((l) => window.journeyDebug.cellHint(1, l), pain)).toBe(painPoints);
      // Switching the language re-draws the hints.
      await page.locator('.language select').selectOption('ru');
      await page.waitForFunction((l) => window.journeyDebug.cellHint(1, l) === 'Где клиенту трудно или неприятно', pain);
      await page.context().close();
    }
  }, 90_000);

  it('the hints are not printed', async () => {
    const page = await open('lang=en');
    const html = (await page.evaluate(async () => (await window.journeyDebug.exports.printHtml()).html)) as string;
    expect(html).toContain('Pain points');
    expect(html).not.toContain('Where the customer struggles');
    await page.context().close();
  }, 60_000);
});
