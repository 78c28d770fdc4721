import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { PRINT_FONT_FAMILY, PRINT_FONT_SUBSETS, PRINT_FONT_WEIGHTS, printFontFile } from '../../../shared/export/fonts';
import type { EmbeddedFont } from '../../../shared/export/print-document';

/** The shipped fonts as the renderer embeds them, read from node_modules (for tests in Node). */
export function nodeFonts(): EmbeddedFont[] {
  const dir = join(dirname(createRequire(import.meta.url).resolve('@fontsource/noto-sans/400.css')), 'files');
  return PRINT_FONT_SUBSETS.flatMap(({ subset, range }) =>
    PRINT_FONT_WEIGHTS.map((weight) => ({
      family: PRINT_FONT_FAMILY,
      weight,
      unicodeRange: range,
      src: `data:font/woff2;base64,${readFileSync(join(dir, printFontFile(subset, weight))).toString('base64')}`,
    })),
  );
}
