import { DEFAULT_PRINT_OPTIONS, printDocument, printedBoards } from '../../../shared/export/print-document';
import type { Editor } from '../editor/editor';
import { facilitatedSnapshot } from '../facilitation/export-view';
import { printDate } from './exports';

/**
 * The browser's own Print (its menu, or Ctrl+P where the browser takes it first) prints the
 * print document, not the app window around a tiny board: just before printing, the open journey
 * board's print document (A4 landscape, fit on one page; every journey board when a persona board
 * is open) is put into a section shown only in print media, and the app is hidden there. The
 * section is emptied after printing. The app's own Noto Sans faces serve the text (no second copy
 * of the fonts in the page).
 */
export const BROWSER_PRINT_ID = 'journey-print';

/** Everything but the print section is left out of the printout; the section is never on screen. */
const FRAME_CSS = `@media screen{#${BROWSER_PRINT_ID}{display:none!important}}
@media print{html,body,#root{height:auto!important;overflow:visible!important}body>:not(#${BROWSER_PRINT_ID}){display:none!important}}`;

/** The open board's print document as the browser's Print shows it (what `beforeprint` puts in). */
export function browserPrintMarkup(editor: Editor): string | null {
  const open = editor.snapshot();
  if (!open) return null;
  // What exports show: anonymous mode and private rounds hide what they hide here too.
  const snapshot = facilitatedSnapshot(editor, open);
  const journeys = printedBoards(snapshot);
  if (!journeys.length) return null;
  const board = journeys.find((b) => b.id === editor.selection.activeBoardId);
  const locale = editor.uiLocale;
  const doc = printDocument({
    snapshot,
    options: { ...DEFAULT_PRINT_OPTIONS, boardIds: board ? [board.id] : journeys.map((b) => b.id), locale },
    fonts: [],
    date: printDate(locale),
  });
  return `<style>${FRAME_CSS}</style><style media="print">${doc.css}</style>${doc.body}`;
}

export function installBrowserPrint(editor: Editor): () => void {
  const section = document.createElement('div');
  section.id = BROWSER_PRINT_ID;
  section.setAttribute('aria-hidden', 'true');
  document.body.append(section);
  const before = () => {
    try {
      section.innerHTML = browserPrintMarkup(editor) ?? '';
    } catch (error) {
      // A board that cannot be laid out prints the app as it is rather than nothing.
      section.innerHTML = '';
      console.error('print document', error);
    }
  };
  const after = () => {
    section.innerHTML = '';
  };
  addEventListener('beforeprint', before);
  addEventListener('afterprint', after);
  return () => {
    removeEventListener('beforeprint', before);
    removeEventListener('afterprint', after);
    section.remove();
  };
}
