import { NOTE_COLORS, type Lane, type Note, type NoteColor, type Persona, type Stage } from '../model';
import { DEFAULT_NOTE_HEIGHT, DEFAULT_NOTE_WIDTH } from '../model/templates';
import { LANE_DEFAULT_COLOR } from '../model/lanes';
import { exportT } from '../i18n/resources/export';
import { CSV_COLUMNS, type CsvColumn } from './csv';

/**
 * CSV import: parse a spreadsheet's or research tool's CSV (UTF-8 with or without BOM, comma or
 * semicolon, quoted cells over several lines), map its columns to note fields, and check every
 * row. A file with any bad row imports nothing: each bad row gets its own message (line, why).
 */

export interface CsvRow {
  /** 1-based line where the row starts in the file. */
  readonly line: number;
  readonly cells: readonly string[];
}
export interface ParsedCsv {
  readonly delimiter: ',' | ';';
  readonly header: readonly string[];
  readonly rows: readonly CsvRow[];
}
export type ParseResult = { readonly ok: true; readonly csv: ParsedCsv } | { readonly ok: false; readonly errors: readonly string[] };

/** Comma or semicolon: whichever occurs more often outside quotes on the first line. */
function detectDelimiter(text: string): ',' | ';' {
  let quoted = false;
  let commas = 0;
  let semis = 0;
  for (const c of text) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && c === ',') commas++;
    else if (!quoted && c === ';') semis++;
  }
  return semis > commas ? ';' : ',';
}

export function parseCsv(input: string, locale = 'en'): ParseResult {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const delimiter = detectDelimiter(text);
  const records: CsvRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  let fieldStarted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else {
        if (c === '\n') line++;
        cell += c;
      }
      continue;
    }
    if (c === '"' && !fieldStarted) {
      quoted = true;
      fieldStarted = true;
    } else if (c === delimiter) {
      cells.push(cell);
      cell = '';
      fieldStarted = false;
    } else if (c === '\r' || c === '\n') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      cells.push(cell);
      if (cells.length > 1 || cells[0] !== '') records.push({ line: rowLine, cells });
      cells = [];
      cell = '';
      fieldStarted = false;
      line++;
      rowLine = line;
    } else {
      cell += c;
      fieldStarted = true;
    }
  }
  if (quoted) return { ok: false, errors: [exportT(locale, 'import.error.quote', { line: rowLine })] };
  if (fieldStarted || cells.length) {
    cells.push(cell);
    records.push({ line: rowLine, cells });
  }
  const [header, ...rows] = records;
  if (!header || !rows.length) return { ok: false, errors: [exportT(locale, 'import.error.empty')] };
  return { ok: true, csv: { delimiter, header: header.cells.map((h) => h.trim()), rows } };
}

/** Which column (index into the header) holds each field; null when none does. */
export type CsvMapping = { readonly [K in CsvColumn]?: number | null };

const ALIASES: Record<CsvColumn, readonly string[]> = {
  board: ['board', 'papan', 'доска'],
  stage: ['stage', 'phase', 'step', 'tahap', 'этап', 'стадия'],
  lane: ['lane', 'row', 'jalur', 'дорожка'],
  kind: ['kind', 'type', 'jenis', 'тип'],
  text: ['text', 'note', 'content', 'teks', 'catatan', 'текст', 'заметка'],
  colour: ['colour', 'color', 'warna', 'цвет'],
  author: ['author', 'penulis', 'автор'],
  personas: ['personas', 'persona', 'персоны'],
  channel: ['channel', 'kanal', 'канал'],
  impact: ['impact', 'dampak', 'влияние'],
  metric: ['metric', 'metrik', 'метрика'],
  target: ['target', 'цель'],
  current: ['current', 'saat ini', 'текущее'],
  evidence: ['evidence', 'bukti', 'данные'],
};

/** The mapping a header suggests (the app's own export maps itself exactly). */
export function guessMapping(header: readonly string[]): CsvMapping {
  const lower = header.map((h) => h.trim().toLowerCase());
  const out: Partial<Record<CsvColumn, number | null>> = {};
  for (const column of CSV_COLUMNS) {
    const index = lower.findIndex((h) => ALIASES[column].includes(h));
    out[column] = index >= 0 ? index : null;
  }
  return out;
}

/** A checked row, ready for the `importNotes` command. */
export interface ImportedNote {
  readonly line: number;
  readonly stageId: string;
  readonly laneId: string;
  readonly content: Pick<Note, 'text' | 'color' | 'width' | 'height'> & Partial<Pick<Note, 'channel' | 'impact' | 'metric' | 'target' | 'current' | 'evidence' | 'personaIds'>>;
}
export interface ImportPlan {
  readonly notes: readonly ImportedNote[];
  readonly errors: readonly string[];
}

/** Most rows one import takes (the doc stays responsive; split bigger files). */
export const MAX_IMPORT_ROWS = 20_000;
const TEXT_MAX = 20_000;
const SHORT_MAX = 500;
const norm = (s: string) => s.normalize('NFC').trim().toLowerCase();
/** The apostrophe the exporter put before a formula-looking cell. */
const unguard = (s: string) => (/^'[=+\-@\t\r]/.test(s) ? s.slice(1) : s);

/** Check every row against a board's stages and lanes: notes to add, or one message per bad row. */
export function planImport(
  csv: ParsedCsv,
  mapping: CsvMapping,
  board: { readonly stages: readonly Stage[]; readonly lanes: readonly Lane[]; readonly personas: readonly Persona[] },
  locale = 'en',
): ImportPlan {
  const t = (key: Parameters<typeof exportT>[1], params?: Record<string, string | number>) => exportT(locale, key, params);
  if (mapping.text == null) return { notes: [], errors: [t('import.error.noText')] };
  if (mapping.stage == null || mapping.lane == null) return { notes: [], errors: [t('import.error.noCell')] };
  if (csv.rows.length > MAX_IMPORT_ROWS) return { notes: [], errors: [t('import.error.tooMany', { n: csv.rows.length, max: MAX_IMPORT_ROWS })] };
  const stages = new Map(board.stages.map((s) => [norm(s.title), s]));
  const lanesByTitle = new Map(board.lanes.map((l) => [norm(l.title), l]));
  const lanesByKind = new Map(board.lanes.map((l) => [l.kind as string, l]));
  const personas = new Map(board.personas.map((p) => [norm(p.name), p]));
  const notes: ImportedNote[] = [];
  const errors: string[] = [];
  for (const row of csv.rows) {
    const get = (column: CsvColumn) => {
      const index = mapping[column];
      return index == null ? '' : unguard(row.cells[index] ?? '');
    };
    const line = row.line;
    const problems: string[] = [];
    if (row.cells.length > csv.header.length) problems.push(t('import.error.columns', { line, n: row.cells.length, m: csv.header.length }));
    const stage = stages.get(norm(get('stage')));
    if (!stage) problems.push(t('import.error.stage', { line, value: get('stage') }));
    const lane = lanesByTitle.get(norm(get('lane'))) ?? lanesByKind.get(get('kind').trim());
    if (!lane) problems.push(t('import.error.lane', { line, value: get('lane') }));
    const text = get('text');
    if (text.length > TEXT_MAX) problems.push(t('import.error.text', { line, max: TEXT_MAX }));
    const colourRaw = norm(get('colour'));
    const colour = colourRaw === 'gray' ? 'grey' : colourRaw;
    if (colour && !(NOTE_COLORS as readonly string[]).includes(colour)) problems.push(t('import.error.colour', { line, value: get('colour') }));
    const channel = norm(get('channel'));
    if (channel && channel !== 'online' && channel !== 'offline') problems.push(t('import.error.channel', { line, value: get('channel') }));
    const impactRaw = get('impact').trim();
    const impact = impactRaw ? Number(impactRaw) : undefined;
    if (impact !== undefined && !(Number.isInteger(impact) && impact >= 1 && impact <= 5)) problems.push(t('import.error.impact', { line, value: impactRaw }));
    const evidence = norm(get('evidence'));
    if (evidence && evidence !== 'qualitative' && evidence !== 'quantitative') problems.push(t('import.error.evidence', { line, value: get('evidence') }));
    for (const field of ['metric', 'target', 'current'] as const) if (get(field).length > SHORT_MAX) problems.push(t('import.error.short', { line, field, max: SHORT_MAX }));
    if (problems.length || !stage || !lane) {
      errors.push(...problems);
      continue;
    }
    const content: ImportedNote['content'] & Record<string, unknown> = {
      text,
      color: (colour || LANE_DEFAULT_COLOR[lane.kind]) as NoteColor,
      width: DEFAULT_NOTE_WIDTH,
      height: DEFAULT_NOTE_HEIGHT,
    };
    if (channel) content.channel = channel as 'online' | 'offline';
    if (impact !== undefined) content.impact = impact;
    for (const field of ['metric', 'target', 'current'] as const) if (get(field)) content[field] = get(field);
    if (evidence) content.evidence = evidence as 'qualitative' | 'quantitative';
    const personaIds = get('personas')
      .split(';')
      .map((name) => personas.get(norm(name))?.id)
      .filter((id): id is string => !!id);
    if (personaIds.length) content.personaIds = [...new Set(personaIds)];
    notes.push({ line, stageId: stage.id, laneId: lane.id, content });
  }
  return errors.length ? { notes: [], errors } : { notes, errors };
}
