/**
 * `npx tsx tests/tools/glyph-widths.ts`: measures the shipped Noto Sans (regular) in Chromium and
 * prints shared/layout/glyph-widths.ts, the advance-width table the note-text fit uses on canvas,
 * in print and in exports alike (so they wrap the same words on the same lines, on any machine).
 * Re-run it when the font package changes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../e2e/harness';
import { PRINT_FONT_SUBSETS, printFontFile } from '../../shared/export/fonts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);
const files = dirname(require.resolve('@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2'));

/** The code points measured: Latin, Latin-1, Latin Extended-A, Cyrillic, punctuation and symbols the app's languages use. */
const RANGES: [number, number][] = [
  [0x20, 0x7e],
  [0xa0, 0xff],
  [0x100, 0x17f],
  [0x400, 0x45f],
  [0x490, 0x491],
  [0x2010, 0x2027],
  [0x2030, 0x203a],
  [0x20ac, 0x20ac],
  [0x2116, 0x2116],
  [0x2190, 0x2193],
  [0x2212, 0x2212],
];

async function main(): Promise<void> {
  const faces = PRINT_FONT_SUBSETS.map((s) => {
    const data = readFileSync(join(files, printFontFile(s.subset, 400))).toString('base64');
    return `@font-face{font-family:"Noto Sans";font-weight:400;src:url(data:font/woff2;base64,${data}) format("woff2");unicode-range:${s.range};}`;
  }).join('');
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    await page.setContent(`<style>${faces}</style><div style="font-family:'Noto Sans'">Aa Бб ĀĀ</div>`);
    const result = await page.evaluate(async (ranges) => {
      await document.fonts.load('1000px "Noto Sans"', 'AaБбĀ—');
      const ctx = document.createElement('canvas').getContext('2d')!;
      ctx.font = '1000px "Noto Sans"';
      const widths = ranges.map(([from, to]) => {
        const out: number[] = [];
        for (let c = from; c <= to; c++) out.push(Math.round(ctx.measureText(String.fromCodePoint(c)).width));
        return out;
      });
      ctx.font = '1000px "Noto Color Emoji"';
      const emoji = Math.round(ctx.measureText('😀').width);
      return { widths, emoji };
    }, RANGES);
    const lines = RANGES.map(([from], i) => `  [0x${from.toString(16)}, [${result.widths[i]!.join(',')}]],`);
    const out = `/**
 * Advance widths of the shipped Noto Sans regular (@fontsource/noto-sans), in thousandths of an
 * em, measured in Chromium by tests/tools/glyph-widths.ts (generated: do not edit by hand).
 * Each entry: the first code point of a run, and the widths of the run's code points in order.
 */
export const GLYPH_RUNS: readonly (readonly [number, readonly number[]])[] = [
${lines.join('\n')}
];

/** An emoji (Noto Color Emoji), in thousandths of an em. */
export const EMOJI_WIDTH = ${result.emoji};
`;
    writeFileSync(join(ROOT, 'shared/layout/glyph-widths.ts'), out);
    console.log(`wrote shared/layout/glyph-widths.ts (${result.widths.flat().length} glyphs, emoji ${result.emoji})`);
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
