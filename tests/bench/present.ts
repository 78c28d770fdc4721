/**
 * Presentation legibility (issue 11): the sample journey presented on a 1920×1080 screen, the
 * median note text height on screen (journeyDebug.present) for one stage shown (each stage;
 * the figure is the worst stage) and for the whole journey. Figures, never pass/fail.
 */
import type { Browser } from 'playwright-core';
import type { Served } from '../e2e/harness';

export interface PresentFigures {
  /** The smallest of the stages' median note text px, one stage shown. */
  readonly presentStageNotePx: number;
  readonly presentWholeNotePx: number;
  readonly perStage: readonly number[];
}

export async function benchPresent({ browser, served }: { browser: Browser; served: Served }): Promise<PresentFigures> {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  try {
    const page = await context.newPage();
    await page.goto(`${served.url}?debug=1&sample=1&lang=en`);
    await page.waitForSelector('html[data-ready="true"]');
    await page.waitForFunction(() => window.journeyDebug?.cellRect(0, 0) !== null);
    const settled = async (stageId: string | null) => {
      await page.waitForFunction((id) => {
        const s = window.journeyDebug.present.state();
        return s.mode === 'presenting' && s.stageId === id && s.notesOnScreen.length > 0;
      }, stageId);
      await page.waitForTimeout(150);
      return page.evaluate(() => window.journeyDebug.present.state());
    };
    const stageIds = await page.evaluate(() => {
      const snap = window.journeyDebug.snapshot()!;
      const board = snap.boards.find((b) => b.kind === 'journey')!;
      return snap.stages.filter((s) => s.boardId === board.id).sort((a, b) => (a.order < b.order ? -1 : 1)).map((s) => s.id);
    });
    await page.keyboard.press('F5');
    const perStage: number[] = [];
    for (const [i, id] of stageIds.entries()) {
      if (i > 0) await page.keyboard.press('PageDown');
      perStage.push((await settled(id)).medianNotePx);
    }
    await page.keyboard.press('o');
    const whole = await settled(null);
    return { presentStageNotePx: Math.min(...perStage), presentWholeNotePx: whole.medianNotePx, perStage };
  } finally {
    await context.close();
  }
}
