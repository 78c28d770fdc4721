import { describe, expect, it } from 'vitest';
import { fitNoteText, fitText, NOTE_TEXT_SIZES, notoSansEm, PRINT_TEXT_FLOOR } from '../../../shared/layout/text-fit';

/** A default sticky (160 × 110), no footer. */
const NOTE = { width: 160, height: 110 };
const widest = (lines: readonly string[], size: number) => Math.max(0, ...lines.map((l) => notoSansEm(l) * size));

describe('notoSansEm (the shipped font’s widths)', () => {
  it('measures Latin, Cyrillic and emoji from the font, not one width for all', () => {
    expect(notoSansEm('i')).toBeLessThan(notoSansEm('W'));
    expect(notoSansEm('Ж')).toBeGreaterThan(notoSansEm('о'));
    expect(notoSansEm('Покупка')).toBeGreaterThan(3);
    // One emoji glyph, whether written as one code point, with a skin tone, as a ZWJ family or a flag.
    const one = notoSansEm('😀');
    expect(one).toBeGreaterThan(1);
    expect(notoSansEm('👍🏽')).toBeCloseTo(one);
    expect(notoSansEm('👨‍👩‍👧')).toBeCloseTo(one);
    expect(notoSansEm('🇮🇩')).toBeCloseTo(one);
  });
});

describe('fitText: note text sized to its sticky', () => {
  it('writes short text large and long text smaller, down to the floor', () => {
    const short = fitNoteText('Sees an ad', NOTE, false);
    const medium = fitNoteText('Compares three offers on the website and asks a friend', NOTE, false);
    const long = fitNoteText('Reads reviews on two sites, compares prices in three shops and asks a friend who bought one last year', NOTE, false);
    expect(short.fontSize).toBeGreaterThanOrEqual(24);
    expect(medium.fontSize).toBeLessThan(short.fontSize);
    expect(long.fontSize).toBeLessThan(medium.fontSize);
    expect(long.fontSize).toBeGreaterThanOrEqual(NOTE_TEXT_SIZES.min);
    for (const fit of [short, medium, long]) expect(fit.cut).toBe(false);
  });

  it('never overflows the box: every line within the width, all lines within the height', () => {
    const texts = [
      'Sees an ad',
      'Клиент сравнивает цены в трёх магазинах и читает отзывы перед покупкой',
      'Pelanggan membandingkan harga di tiga toko dan membaca ulasan sebelum membeli',
      'Сверхдлинноесловобезпробеловкотороенепомещаетсявстроку и ещё слова',
      'Happy 😀🎉👍🏽 with the new app, tells friends 🇮🇩',
      'x'.repeat(3000),
      'Line one\nLine two\n\nLine four',
    ];
    for (const box of [NOTE, { width: 80, height: 80 }, { width: 480, height: 120 }]) {
      const area = { width: box.width - 20, height: box.height - 20 };
      for (const text of texts) {
        const fit = fitNoteText(text, box, false);
        expect(widest(fit.lines, fit.fontSize)).toBeLessThanOrEqual(area.width);
        expect(fit.lines.length * fit.lineHeight).toBeLessThanOrEqual(area.height + 1e-6);
      }
    }
  });

  it('keeps every word of text that fits, in order, on words', () => {
    const text = 'Клиент сравнивает цены в трёх магазинах';
    const fit = fitNoteText(text, NOTE, false);
    expect(fit.cut).toBe(false);
    expect(fit.lines.join(' ')).toBe(text);
    expect(fit.lines.length).toBeGreaterThan(1);
    // No line starts or ends inside a word.
    for (const line of fit.lines) expect(text.split(' ')).toEqual(expect.arrayContaining(line.split(' ')));
  });

  it('at the floor, cuts with an ellipsis on screen; print goes smaller and keeps it all', () => {
    const text = 'Долгое описание опыта клиента. '.repeat(12).trim();
    const screen = fitNoteText(text, NOTE, false, 'screen');
    expect(screen.cut).toBe(true);
    expect(screen.fontSize).toBe(NOTE_TEXT_SIZES.min);
    expect(screen.lines.at(-1)).toMatch(/…$/);
    const print = fitNoteText(text, NOTE, false, 'print');
    expect(print.cut).toBe(false);
    expect(print.fontSize).toBeLessThan(NOTE_TEXT_SIZES.min);
    expect(print.fontSize).toBeGreaterThanOrEqual(PRINT_TEXT_FLOOR);
    expect(print.lines.join(' ')).toBe(text);
  });

  it('leaves room for the footer line', () => {
    const text = 'Compares three offers on the website and asks a friend';
    expect(fitNoteText(text, NOTE, true).fontSize).toBeLessThan(fitNoteText(text, NOTE, false).fontSize);
  });

  it('takes any measurer (the same function on canvas and in print)', () => {
    const mono = (t: string) => Array.from(t).length * 0.5;
    const fit = fitText('abcd efgh', 40, 100, { max: 20, min: 4, measure: mono });
    // 40 px wide, 0.96 slack: "abcd" (2 em) fits at most 19.2 px; two lines of 20 px at 1.25 fit 100 px.
    expect(fit.fontSize).toBe(19);
    expect(fit.lines).toEqual(['abcd', 'efgh']);
  });

  it('empty text takes no lines', () => {
    expect(fitNoteText('', NOTE, false).lines).toEqual([]);
    expect(fitNoteText('   ', NOTE, false).lines).toEqual([]);
  });
});

describe('words are not broken while a smaller size keeps them whole', () => {
  it('a note that reads "Recommends the shop to friends" keeps "Recommends" on one line', () => {
    const fit = fitNoteText('Recommends the shop to friends', { width: 160, height: 110 }, false);
    expect(fit.cut).toBe(false);
    expect(fit.lines.some((line) => line.split(/\s+/).includes('Recommends'))).toBe(true);
  });

  it('a word longer than any line at the floor still breaks, and is not cut', () => {
    const url = 'https://example.com/' + 'a'.repeat(60);
    const fit = fitNoteText(url, { width: 160, height: 110 }, false);
    expect(fit.lines.join('')).toBe(url);
  });
});
