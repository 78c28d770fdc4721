/**
 * Legibility figures (docs/PERFORMANCE.md): how big a board's text is on screen, as
 * `journeyDebug.legibility()` measures it from what is drawn. Reusable: a case is a viewport
 * and a setup callback that puts the page in the state to measure (Fit, a presentation, …).
 */
import type { Browser, Page } from 'playwright-core';
import type { Legibility } from '../../shared/debug-api';
import type { Served } from '../e2e/harness';

export interface LegibilityCase {
  /** Figure prefix, e.g. `fit1080` → fit1080MedianNotePx, … */
  readonly name: string;
  readonly viewport: { readonly width: number; readonly height: number };
  /** URL parameters after `?debug=1&` (default: the sample journey in English). */
  readonly params?: string;
  /** Bring the page to the state to measure; the default presses View ▸ Fit board. */
  readonly setup?: (page: Page) => Promise<void>;
}

/** Three animation frames (no named functions inside: tsx would wrap them in a helper the page lacks). */
const frames = (page: Page) => page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(() => resolve())))));

/** View ▸ Fit board (Shift+1), then let the board settle and React catch up. */
export async function fitBoardSetup(page: Page): Promise<void> {
  await page.keyboard.press('Shift+!');
  await page.waitForTimeout(300);
  await frames(page);
}

/** Open a page per case at its viewport, run its setup, and read `journeyDebug.legibility()`. */
export async function measureLegibilityCases(browser: Browser, served: Served, cases: readonly LegibilityCase[]): Promise<{ name: string; legibility: Legibility }[]> {
  const out: { name: string; legibility: Legibility }[] = [];
  for (const c of cases) {
    const context = await browser.newContext({ viewport: c.viewport });
    try {
      const page = await context.newPage();
      await page.goto(`${served.url}?debug=1&${c.params ?? 'sample=1&lang=en'}`);
      await page.waitForSelector('html[data-ready="true"]');
      await page.waitForFunction(() => window.journeyDebug?.cellRect(0, 0) !== null);
      await (c.setup ?? fitBoardSetup)(page);
      out.push({ name: c.name, legibility: await page.evaluate(() => window.journeyDebug.legibility()) });
    } finally {
      await context.close();
    }
  }
  return out;
}
