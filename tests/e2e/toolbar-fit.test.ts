import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SAMPLE_TEXT } from '../../shared/samples';
import { STAGE_TITLES } from '../../shared/model/templates';
import { byOrder, LOCALES, type Locale } from '../../shared/model';
import { screenshot } from './harness';
import { useServedBrowser } from './rig';

/**
 * The toolbar fits one row at 1280 px in every language (secondary commands as icons that keep
 * their translated names for screen readers and tooltips), stays usable on a phone, and the
 * sample opens in the UI language.
 */
const rig = useServedBrowser();

async function open(size: { width: number; height: number }, lang: Locale, sample = true): Promise<Page> {
  const context = await rig.browser().newContext({ viewport: size });
  const page = await context.newPage();
  await page.goto(`${rig.served().url}?debug=1&lang=${lang}${sample ? '&sample=1' : ''}`);
  await page.waitForSelector('html[data-ready="true"]');
  await page.waitForFunction(() => window.journeyDebug?.cellRect(0, 0) !== null);
  return page;
}

interface Box {
  readonly name: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Every control the toolbar shows (buttons, the language menu, the title), with its box. */
const controls = (page: Page): Promise<Box[]> =>
  page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('.toolbar button, .toolbar select, .toolbar .app-title'), (el) => {
      const r = el.getBoundingClientRect();
      return { name: el.getAttribute('aria-label') || el.textContent || el.tagName, x: r.x, y: r.y, width: r.width, height: r.height };
    }),
  );

const overlaps = (a: Box, b: Box) => a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5 && a.y < b.y + b.height - 0.5 && b.y < a.y + a.height - 0.5;

function overlapping(boxes: Box[]): string[] {
  const out: string[] = [];
  boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => overlaps(a, b) && out.push(`${a.name} × ${b.name}`)));
  return out;
}

describe('the toolbar', () => {
  it.each(LOCALES)('fits one row at 1280×720 with no control over another (%s)', { timeout: 60_000 }, async (lang) => {
    const page = await open({ width: 1280, height: 720 }, lang);
    const toolbar = (await page.locator('.toolbar').boundingBox())!;
    const boxes = await controls(page);
    const button = (await page.locator('.toolbar button[data-action="addNote"]').boundingBox())!;
    expect(boxes.length).toBeGreaterThan(12);
    // One row: the bar is less than two buttons tall, and every control sits in the same band.
    expect(toolbar.height).toBeLessThan(2 * button.height);
    for (const box of boxes) expect(box.y + box.height, box.name).toBeLessThanOrEqual(toolbar.y + toolbar.height);
    for (const box of boxes) expect(box.x + box.width, box.name).toBeLessThanOrEqual(1280);
    expect(overlapping(boxes)).toEqual([]);
    await screenshot(page, `toolbar-1280-${lang}`);
    await page.context().close();
  });

  it('names its icon buttons in the UI language, for screen readers and as tooltips, and Tab reaches them', { timeout: 60_000 }, async () => {
    const page = await open({ width: 1280, height: 720 }, 'ru');
    const toolbar = page.locator('.toolbar');
    for (const name of ['Создать', 'Открыть…', 'Сохранить', 'Сохранить как…', 'Отменить', 'Повторить', 'Удалить']) {
      const button = toolbar.getByRole('button', { name, exact: true });
      await expect(button.count(), name).resolves.toBe(1);
      await expect(button.getAttribute('title'), name).resolves.toMatch(new RegExp(`^${name}`));
      await expect(button.textContent(), `${name} shows an icon, not words`).resolves.toBe('');
    }
    await expect(toolbar.getByRole('combobox', { name: 'Язык' }).inputValue()).resolves.toBe('ru');
    // The title gives way first at 1280 px; its tooltip still tells it whole.
    await expect(toolbar.locator('.app-title').getAttribute('title')).resolves.toContain(SAMPLE_TEXT.ru.title);
    // Keyboard: Tab walks through the toolbar's buttons in order; Enter on "Сохранить как…" (focused) runs it.
    await toolbar.getByRole('button', { name: 'Создать', exact: true }).focus();
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).resolves.toBe('Открыть…');
    await page.context().close();
  });

  it('on a 390×844 phone wraps into rows with every control on screen and none over another', { timeout: 60_000 }, async () => {
    for (const lang of LOCALES) {
      const page = await open({ width: 390, height: 844 }, lang);
      const boxes = await controls(page);
      expect(overlapping(boxes), lang).toEqual([]);
      for (const box of boxes) expect(box.x + box.width, `${lang}: ${box.name}`).toBeLessThanOrEqual(390);
      for (const box of boxes) expect(box.x, `${lang}: ${box.name}`).toBeGreaterThanOrEqual(0);
      await screenshot(page, `toolbar-phone-${lang}`);
      await page.context().close();
    }
  });
});

describe('the sample in the UI language', () => {
  it('opened from the toolbar after switching to Russian, is written in Russian; switching back keeps its words', { timeout: 60_000 }, async () => {
    const page = await open({ width: 1920, height: 1080 }, 'en', false);
    await page.selectOption('.toolbar select', 'ru');
    await page.locator('.toolbar').getByRole('button', { name: 'Открыть пример', exact: true }).click();
    // The switch renamed the template's stages and lanes (an edit): the app asks about the old workspace first.
    await page.getByRole('button', { name: 'Не сохранять', exact: true }).click();
    await page.waitForFunction((title) => window.journeyDebug.snapshot()?.workspace.title === title, SAMPLE_TEXT.ru.title);
    const snap = await page.evaluate(() => window.journeyDebug.snapshot()!);
    expect(snap.notes).toHaveLength(15);
    for (const note of snap.notes) expect(note.text, note.text).toMatch(/[А-Яа-яЁё]/);
    expect(snap.personas.map((p) => p.name).sort()).toEqual([SAMPLE_TEXT.ru.tim.name, SAMPLE_TEXT.ru.trudy.name].sort());
    expect(snap.stages.sort(byOrder).map((s) => s.title)).toEqual(STAGE_TITLES.endToEnd5.ru);
    await page.mouse.click(960, 700);
    await page.keyboard.press('Shift+!');
    await page.waitForTimeout(400);
    await screenshot(page, 'sample-ru-1920');
    // Back to English: the notes people would have typed stay as written (template names follow the UI).
    await page.selectOption('.toolbar select', 'en');
    await page.locator('.toolbar').getByRole('button', { name: 'Open sample', exact: true }).waitFor();
    const after = await page.evaluate(() => window.journeyDebug.snapshot()!);
    expect(after.notes.map((n) => n.text).sort()).toEqual(snap.notes.map((n) => n.text).sort());
    await page.context().close();
  });
});
