import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS } from './harness';

/** poppler-utils over PDFs the e2e tests print (pdftotext, pdfinfo, pdfimages, pdftoppm). */
export const PRINT_OUT = join(ARTIFACTS, 'print');

export const run = (tool: string, ...args: string[]): string => execFileSync(tool, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });

export function savePdf(pdf: Buffer, name: string): string {
  mkdirSync(PRINT_OUT, { recursive: true });
  const path = join(PRINT_OUT, `${name}.pdf`);
  writeFileSync(path, pdf);
  return path;
}

export const pdfInfo = (path: string): Record<string, string> =>
  Object.fromEntries(
    run('pdfinfo', path)
      .split('\n')
      .filter(Boolean)
      .map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 1).trim()]),
  );

/** A page's text (1-based), or the whole document's. */
export const pdfText = (path: string, page?: number): string => (page ? run('pdftotext', '-raw', '-f', String(page), '-l', String(page), path, '-') : run('pdftotext', '-raw', path, '-'));

/** pdfimages -list: one row per image, with its page. */
export const pdfImages = (path: string): { page: number; width: number; height: number; type: string }[] =>
  run('pdfimages', '-list', path)
    .split('\n')
    .slice(2)
    .filter(Boolean)
    .map((line) => line.trim().split(/\s+/))
    .map((c) => ({ page: Number(c[0]), type: c[2]!, width: Number(c[3]), height: Number(c[4]) }));

export const toPng = (path: string, prefix: string, dpi = 50): string => run('pdftoppm', '-r', String(dpi), '-png', path, join(PRINT_OUT, prefix));
export const pts = (mm: number): number => (mm * 72) / 25.4;
export const squash = (text: string): string => text.replace(/\s+/g, '');
