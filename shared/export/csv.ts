import { cellKey } from '../layout/board-layout';
import type { WorkspaceSnapshot } from '../model';
import { boardPicture, printedBoards } from './print-document';

/**
 * CSV export: one row a note, in board, stage, lane and cell order. UTF-8 with a BOM (so
 * spreadsheets read Cyrillic right), CRLF rows, RFC 4180 quoting, and cells that a spreadsheet
 * would run as a formula (= + - @, tab, CR) prefixed with an apostrophe (OWASP's advice);
 * the importer takes that apostrophe away again.
 */
export const CSV_COLUMNS = [
  'board',
  'stage',
  'lane',
  'kind',
  'text',
  'colour',
  'author',
  'personas',
  'channel',
  'impact',
  'metric',
  'target',
  'current',
  'evidence',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell: formula starts neutralised, quoted when it holds a delimiter, quote or line break. */
export function csvCell(value: string, delimiter = ','): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return safe.includes('"') || safe.includes(delimiter) || /[\r\n]/.test(safe) || /^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvRow(values: readonly string[], delimiter = ','): string {
  return values.map((v) => csvCell(v, delimiter)).join(delimiter);
}

/** The notes of the given journey boards (all when absent) as CSV text. */
export function exportCsv(snapshot: WorkspaceSnapshot, boardIds?: readonly string[]): string {
  const personas = new Map(snapshot.personas.map((p) => [p.id, p.name]));
  const rows = [csvRow(CSV_COLUMNS)];
  for (const board of printedBoards(snapshot, boardIds)) {
    const { records, layout } = boardPicture(snapshot, board.id);
    const notes = new Map(records.notes.map((x) => [x.id, x]));
    for (const stage of layout.stages) {
      for (const lane of layout.lanes) {
        for (const id of layout.cells.get(cellKey(stage.id, lane.id)) ?? []) {
          const note = notes.get(id)!;
          rows.push(
            csvRow([
              board.title,
              stage.title,
              lane.title,
              lane.kind,
              note.text,
              note.color,
              note.author,
              (note.personaIds ?? []).map((p) => personas.get(p)).filter((x): x is string => !!x).join('; '),
              note.channel ?? '',
              note.impact === undefined ? '' : String(note.impact),
              note.metric ?? '',
              note.target ?? '',
              note.current ?? '',
              note.evidence ?? '',
            ]),
          );
        }
      }
    }
  }
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}

