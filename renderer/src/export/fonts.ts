import { PRINT_FONT_FAMILY, PRINT_FONT_SUBSETS, type PrintFontSubset } from '../../../shared/export/fonts';
import type { EmbeddedFont } from '../../../shared/export/print-document';

/**
 * The shipped Noto Sans subsets as data: URLs for the print document, loaded on first use
 * (each is its own lazy chunk, so the app's start-up bundle does not carry them).
 */
const LOADERS: Record<`${PrintFontSubset}-${400 | 700}`, () => Promise<{ default: string }>> = {
  'cyrillic-ext-400': () => import('@fontsource/noto-sans/files/noto-sans-cyrillic-ext-400-normal.woff2?inline'),
  'cyrillic-ext-700': () => import('@fontsource/noto-sans/files/noto-sans-cyrillic-ext-700-normal.woff2?inline'),
  'cyrillic-400': () => import('@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff2?inline'),
  'cyrillic-700': () => import('@fontsource/noto-sans/files/noto-sans-cyrillic-700-normal.woff2?inline'),
  'vietnamese-400': () => import('@fontsource/noto-sans/files/noto-sans-vietnamese-400-normal.woff2?inline'),
  'vietnamese-700': () => import('@fontsource/noto-sans/files/noto-sans-vietnamese-700-normal.woff2?inline'),
  'latin-ext-400': () => import('@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2?inline'),
  'latin-ext-700': () => import('@fontsource/noto-sans/files/noto-sans-latin-ext-700-normal.woff2?inline'),
  'latin-400': () => import('@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?inline'),
  'latin-700': () => import('@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2?inline'),
};

let cached: Promise<EmbeddedFont[]> | null = null;

export function printFonts(): Promise<EmbeddedFont[]> {
  cached ??= Promise.all(
    PRINT_FONT_SUBSETS.flatMap(({ subset, range }) =>
      ([400, 700] as const).map(async (weight) => {
        const { default: url } = await LOADERS[`${subset}-${weight}`]();
        // Vite inlines as data:font/woff2;base64,… already; keep the type right whatever it guessed.
        const src = url.replace(/^data:[^;,]*;/, 'data:font/woff2;');
        return { family: PRINT_FONT_FAMILY, weight, unicodeRange: range, src };
      }),
    ),
  );
  cached.catch(() => {
    cached = null;
  });
  return cached;
}
