/**
 * The shipped Noto Sans subsets (@fontsource/noto-sans) the print document embeds, with the
 * unicode ranges of the package's own CSS: English, Indonesian, Russian and their neighbours.
 * The renderer turns them into data: URLs (renderer/src/export/fonts.ts); tests read the files.
 */
export const PRINT_FONT_FAMILY = 'Noto Sans';
export const PRINT_FONT_WEIGHTS = [400, 700] as const;
export const PRINT_FONT_SUBSETS = [
  { subset: 'cyrillic-ext', range: 'U+0460-052F,U+1C80-1C8A,U+20B4,U+2DE0-2DFF,U+A640-A69F,U+FE2E-FE2F' },
  { subset: 'cyrillic', range: 'U+0301,U+0400-045F,U+0490-0491,U+04B0-04B1,U+2116' },
  { subset: 'vietnamese', range: 'U+0102-0103,U+0110-0111,U+0128-0129,U+0168-0169,U+01A0-01A1,U+01AF-01B0,U+0300-0301,U+0303-0304,U+0308-0309,U+0323,U+0329,U+1EA0-1EF9,U+20AB' },
  { subset: 'latin-ext', range: 'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF' },
  { subset: 'latin', range: 'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD' },
] as const;
export type PrintFontSubset = (typeof PRINT_FONT_SUBSETS)[number]['subset'];
/** The file name of a subset in @fontsource/noto-sans/files. */
export const printFontFile = (subset: PrintFontSubset, weight: number): string => `noto-sans-${subset}-${weight}-normal.woff2`;
