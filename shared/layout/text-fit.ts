import { EMOJI_WIDTH, GLYPH_RUNS } from './glyph-widths';
import { NOTE_LINE_HEIGHT, NOTE_PADDING } from './theme';

/**
 * Note text that sizes itself to its sticky, like handwriting on paper: short text large, long
 * text smaller down to a floor, wrapped on words, never overflowing. One pure function for the
 * canvas (NoteShape, the zoomed-out picture), the print document and the PNG/SVG exports, with
 * one deterministic measurer (the shipped Noto Sans's advance widths), so every one of them puts
 * the same words on the same lines at the same size on any machine.
 */

/** Width of a text in em (at font size 1). */
export type Measure = (text: string) => number;

const WIDTHS = new Map<number, number>();
for (const [from, widths] of GLYPH_RUNS) widths.forEach((w, i) => WIDTHS.set(from + i, w / 1000));
const EMOJI = EMOJI_WIDTH / 1000;
const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;
/** Marks, joiners and selectors that add no width of their own. */
const ZERO_WIDTH = /[\p{Mn}\p{Me}\u200B-\u200F\uFE00-\uFE0F\u{E0020}-\u{E007F}\u{1F3FB}-\u{1F3FF}]/u;
/** A glyph the table does not know: wide scripts (CJK, Hangul, kana) a full em, the rest an average letter. */
const WIDE = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{20000}-\u{3FFFD}]/u;
const UNKNOWN = 0.6;

/**
 * The shipped Noto Sans's width of a text, in em: the measured advance of every code point, an
 * emoji (a ZWJ sequence, a flag pair) as one Noto Color Emoji glyph. Kerning is left out: it
 * only ever narrows a line, and the fit keeps a margin for it.
 */
export const notoSansEm: Measure = (text) => {
  let width = 0;
  let joined = false;
  let flagHalf = false;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code === 0x200d) {
      joined = true;
      continue;
    }
    const known = WIDTHS.get(code);
    if (known !== undefined) width += known;
    else if (code >= 0x1f1e6 && code <= 0x1f1ff) {
      // Two regional indicators make one flag.
      if (!flagHalf) width += EMOJI;
      flagHalf = !flagHalf;
      joined = false;
      continue;
    } else if (ZERO_WIDTH.test(ch)) continue;
    else if (PICTOGRAPHIC.test(ch)) width += joined ? 0 : EMOJI;
    else width += WIDE.test(ch) ? 1 : UNKNOWN;
    joined = false;
    flagHalf = false;
  }
  return width;
};

export interface TextFit {
  /** Font size, in the box's units (board units for a note). */
  readonly fontSize: number;
  /** Distance between baselines, same units. */
  readonly lineHeight: number;
  /** The wrapped lines, drawn from the box's top-left; the last ends with "…" when cut. */
  readonly lines: readonly string[];
  /** True when the text did not fit even at the floor and was cut. */
  readonly cut: boolean;
}

export interface FitOptions {
  /** Largest font size tried. */
  readonly max: number;
  /** The floor: smallest size tried; below it the text is cut with "…". */
  readonly min: number;
  /** Sizes tried are multiples of this. */
  readonly step?: number;
  /** Line height as a multiple of the font size. */
  readonly lineHeight?: number;
  readonly measure?: Measure;
}

/** Lines are laid out this much narrower than the box: room for kerning and the renderer's rounding. */
export const TEXT_WIDTH_SLACK = 0.96;

interface Token {
  /** The word as written, with the spaces after it. */
  readonly text: string;
  /** Width of the word without its trailing spaces, and of the spaces (em). */
  readonly width: number;
  readonly space: number;
}

type Paragraphs = readonly (readonly Token[])[];

function tokenize(text: string, measure: Measure): Paragraphs {
  return text.split('\n').map((paragraph) =>
    paragraph
      .split(/(?<=\s)(?=\S)/u)
      .filter((t) => t.length > 0)
      .map((t) => {
        const word = t.trimEnd();
        return { text: t, width: measure(word), space: measure(t.slice(word.length)) };
      }),
  );
}

const segmenter = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter(undefined, { granularity: 'grapheme' }) : null;
const graphemes = (text: string): string[] => (segmenter ? Array.from(segmenter.segment(text), (s) => s.segment) : Array.from(text));

/** Wrap paragraphs into lines of at most `width` em; a word longer than a line breaks between graphemes. */
function wrapEm(paragraphs: Paragraphs, width: number, measure: Measure, maxLines: number): { lines: string[]; brokeWord: boolean } {
  const lines: string[] = [];
  let brokeWord = false;
  for (const tokens of paragraphs) {
    let line = '';
    let lineWidth = 0;
    for (const token of tokens) {
      if (lines.length > maxLines) return { lines, brokeWord };
      if (line && lineWidth + token.width <= width) {
        line += token.text;
        lineWidth += token.width + token.space;
        continue;
      }
      if (line) lines.push(line.trimEnd());
      if (token.width <= width) {
        line = token.text;
        lineWidth = token.width + token.space;
        continue;
      }
      // A word longer than the line: break it anywhere (a URL, a long Russian compound).
      brokeWord = true;
      line = '';
      lineWidth = 0;
      for (const g of graphemes(token.text.trimEnd())) {
        const w = measure(g);
        if (line && lineWidth + w > width) {
          lines.push(line);
          line = '';
          lineWidth = 0;
        }
        line += g;
        lineWidth += w;
      }
      line += token.text.slice(token.text.trimEnd().length);
      lineWidth += token.space;
    }
    lines.push(line.trimEnd());
  }
  return { lines, brokeWord };
}

/** Cut lines to `count`, the last ending with "…" inside `width` em. */
function ellipsize(lines: readonly string[], count: number, width: number, measure: Measure): string[] {
  const kept = lines.slice(0, Math.max(1, count));
  let last = kept[kept.length - 1] ?? '';
  const chars = graphemes(last);
  while (chars.length && measure(`${chars.join('').trimEnd()}…`) > width) chars.pop();
  last = `${chars.join('').trimEnd()}…`;
  kept[kept.length - 1] = last;
  return kept;
}

const tokenCache = new Map<string, Paragraphs>();
const TOKEN_CACHE_LIMIT = 20_000;
function tokensOf(text: string, measure: Measure): Paragraphs {
  if (measure !== notoSansEm) return tokenize(text, measure);
  let tokens = tokenCache.get(text);
  if (!tokens) {
    if (tokenCache.size >= TOKEN_CACHE_LIMIT) tokenCache.clear();
    tokens = tokenize(text, measure);
    tokenCache.set(text, tokens);
  }
  return tokens;
}

/**
 * The largest font size (a multiple of `step` between `min` and `max`) at which `text`, wrapped
 * on words, fits a `width` × `height` box; at the floor, the lines that fit, the last cut with "…".
 * Empty text gets the largest size and no lines.
 */
export function fitText(text: string, width: number, height: number, options: FitOptions): TextFit {
  const { max, min, step = 1, lineHeight: ratio = NOTE_LINE_HEIGHT, measure = notoSansEm } = options;
  const paragraphs = tokensOf(text, measure);
  const usable = Math.max(0, width) * TEXT_WIDTH_SLACK;
  const attempt = (size: number) => {
    const maxLines = Math.floor(height / (size * ratio) + 1e-9);
    const wrapped = wrapEm(paragraphs, usable / size, measure, maxLines);
    // Breaking a word mid-way reads badly: a larger size that needs it loses to a smaller one that does not.
    return { ...wrapped, maxLines, fits: wrapped.lines.length <= maxLines && maxLines > 0 };
  };
  if (!text.trim()) return { fontSize: max, lineHeight: max * ratio, lines: [], cut: false };
  let lo = Math.ceil(min / step - 1e-9);
  let hi = Math.floor(max / step + 1e-9);
  const floor = lo;
  let best: { size: number; lines: string[] } | null = null;
  let bestBroke = true;
  // Larger sizes wrap into more lines: binary search the largest that fits.
  while (lo <= hi) {
    const k = Math.floor((lo + hi) / 2);
    const size = k * step;
    const result = attempt(size);
    if (result.fits) {
      best = { size, lines: result.lines };
      bestBroke = result.brokeWord;
      lo = k + 1;
    } else hi = k - 1;
  }
  if (best && bestBroke) {
    // A word broken mid-way ("Recommen|ds") reads badly: prefer the largest smaller size, down to
    // the floor, at which no word has to break (a URL longer than any line still breaks).
    for (let k = Math.round(best.size / step) - 1; k >= floor; k--) {
      const result = attempt(k * step);
      if (result.fits && !result.brokeWord) {
        best = { size: k * step, lines: result.lines };
        break;
      }
    }
  }
  if (best) return { fontSize: best.size, lineHeight: best.size * ratio, lines: best.lines, cut: false };
  const size = floor * step;
  const result = attempt(size);
  const count = Math.max(1, result.maxLines);
  return { fontSize: size, lineHeight: size * ratio, lines: ellipsize(result.lines, count, usable / size, measure), cut: true };
}

/** The note-text sizes on screen: from a large hand down to a floor still readable at 100 %. */
export const NOTE_TEXT_SIZES = { max: 28, min: 12 } as const;
/**
 * In print every note's whole text must be on paper: below the screen's floor the print goes on
 * shrinking in quarter pixels down to this (vector text: a PDF zooms); only a note too long even
 * for that is cut.
 */
export const PRINT_TEXT_FLOOR = 3;
/** The line under a note's text (channel, impact, KPI values), when there is one. */
export const NOTE_FOOTER_HEIGHT = 20;

export interface NoteTextBox {
  readonly width: number;
  readonly height: number;
}

/** The text box inside a note: its padding, and the footer line when it has one. */
export function noteTextArea(box: NoteTextBox, hasFooter: boolean): { width: number; height: number } {
  return { width: Math.max(0, box.width - 2 * NOTE_PADDING), height: Math.max(0, box.height - 2 * NOTE_PADDING - (hasFooter ? NOTE_FOOTER_HEIGHT : 0)) };
}

const noteCache = new Map<string, TextFit>();
const NOTE_CACHE_LIMIT = 20_000;

/**
 * A note's text fitted to its sticky, cached (5,000 notes re-render and pan without refitting):
 * `screen` stops at the floor and cuts; `print` shrinks further so the whole text is on paper.
 */
export function fitNoteText(text: string, box: NoteTextBox, hasFooter: boolean, mode: 'screen' | 'print' = 'screen'): TextFit {
  const key = `${mode}|${box.width}|${box.height}|${hasFooter ? 1 : 0}|${text}`;
  const cached = noteCache.get(key);
  if (cached) return cached;
  const area = noteTextArea(box, hasFooter);
  let fit = fitText(text, area.width, area.height, NOTE_TEXT_SIZES);
  if (fit.cut && mode === 'print') fit = fitText(text, area.width, area.height, { max: NOTE_TEXT_SIZES.min, min: PRINT_TEXT_FLOOR, step: 0.25 });
  if (noteCache.size >= NOTE_CACHE_LIMIT) noteCache.clear();
  noteCache.set(key, fit);
  return fit;
}
