import { exportCsv } from '../../../shared/export/csv';
import { guessMapping, parseCsv, planImport, type CsvMapping, type ImportPlan, type ParsedCsv } from '../../../shared/export/csv-import';
import { exportMarkdown } from '../../../shared/export/markdown';
import { boardPicture, DEFAULT_PRINT_OPTIONS, printDocument, printSteps, type PrintBuildProgress, type PrintInput, type PrintDocument, type PrintOptions } from '../../../shared/export/print-document';
import { boardSvg } from '../../../shared/export/svg';
import { importNotes } from '../../../shared/doc/import-commands';
import type { ExportsDebug } from '../../../shared/debug-api';
import type { WorkspaceSnapshot } from '../../../shared/model';
import type { Editor } from '../editor/editor';
import { collabFor } from '../collab/manager';
import { facilitatedSnapshot } from '../facilitation/export-view';
import { printFonts } from './fonts';
import { boardPng, type PngResult } from './png';

/** Print and export over the open workspace: what the Export/Print dialog and the debug hook run. */

function snapshotOf(editor: Editor): WorkspaceSnapshot {
  const snapshot = editor.snapshot();
  if (!snapshot) throw new Error('no workspace is open');
  // Anonymous mode and private rounds (renderer/src/facilitation).
  return facilitatedSnapshot(editor, snapshot);
}

export function printDate(locale: string, now = new Date()): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(now);
}

/**
 * The print document built a few pages at a time, giving the page back to the browser between
 * (a 2,000-note poster is hundreds of tiles): `onProgress` hears pages done, and an aborted
 * `signal` stops the build with an AbortError.
 */
export async function printDocumentAsync(input: PrintInput, control: { signal?: AbortSignal; onProgress?: (progress: PrintBuildProgress) => void; sliceMs?: number }): Promise<PrintDocument> {
  const slice = control.sliceMs ?? 30;
  const steps = printSteps(input);
  let since = performance.now();
  for (;;) {
    control.signal?.throwIfAborted();
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - since >= slice) {
      control.onProgress?.(step.value);
      await new Promise((resolve) => setTimeout(resolve, 0));
      since = performance.now();
    }
  }
}

export async function buildPrintDocument(editor: Editor, options: Partial<PrintOptions> = {}, control?: { signal?: AbortSignal; onProgress?: (progress: PrintBuildProgress) => void }): Promise<PrintDocument> {
  const snapshot = snapshotOf(editor);
  const locale = options.locale ?? editor.uiLocale;
  const input = { snapshot, options: { ...DEFAULT_PRINT_OPTIONS, ...options, locale }, fonts: await printFonts(), date: printDate(locale) };
  return control ? printDocumentAsync(input, control) : printDocument(input);
}

export async function buildPng(editor: Editor, options: { pixelRatio?: number; boardId?: string; tileSize?: number; onProgress?: (f: number) => void; signal?: AbortSignal } = {}): Promise<PngResult> {
  const snapshot = snapshotOf(editor);
  const boardId = options.boardId ?? editor.selection.activeBoardId ?? snapshot.boards.find((b) => b.kind === 'journey')?.id;
  if (!boardId) throw new Error('no journey board to draw');
  const ratio = options.pixelRatio ?? 2;
  if (![1, 2, 4].includes(ratio)) throw new RangeError(`pixel ratio must be 1, 2 or 4, not ${ratio}`);
  return boardPng(boardPicture(snapshot, boardId), { pixelRatio: ratio, tileSize: options.tileSize, locale: editor.uiLocale, onProgress: options.onProgress, signal: options.signal });
}

export async function buildSvg(editor: Editor, boardId?: string): Promise<string> {
  const snapshot = snapshotOf(editor);
  const id = boardId ?? editor.selection.activeBoardId ?? '';
  return boardSvg(snapshot, id, await printFonts(), editor.uiLocale);
}

/** The open journey board's stages, lanes and the workspace's personas (what an import checks against). */
function importTarget(editor: Editor) {
  const snapshot = snapshotOf(editor);
  const boardId = editor.selection.activeBoardId;
  const board = snapshot.boards.find((b) => b.id === boardId && b.kind === 'journey');
  if (!board) return null;
  return { board, stages: snapshot.stages.filter((s) => s.boardId === board.id), lanes: snapshot.lanes.filter((l) => l.boardId === board.id), personas: snapshot.personas };
}

export interface CsvPreview {
  readonly csv: ParsedCsv | null;
  readonly mapping: CsvMapping;
  readonly plan: ImportPlan;
  readonly boardTitle: string;
}

export function previewCsvImport(editor: Editor, text: string, mapping?: CsvMapping): CsvPreview {
  const locale = editor.uiLocale;
  const target = importTarget(editor);
  const parsed = parseCsv(text, locale);
  if (!parsed.ok) return { csv: null, mapping: mapping ?? {}, plan: { notes: [], errors: parsed.errors }, boardTitle: target?.board.title ?? '' };
  const map = mapping ?? guessMapping(parsed.csv.header);
  if (!target) return { csv: parsed.csv, mapping: map, plan: { notes: [], errors: ['Open a journey board to import into'] }, boardTitle: '' };
  return { csv: parsed.csv, mapping: map, plan: planImport(parsed.csv, map, target, locale), boardTitle: target.board.title };
}

/** Run a checked import as one undo step; nothing when the plan has errors. */
export function runCsvImport(editor: Editor, plan: ImportPlan): number {
  const boardId = editor.selection.activeBoardId;
  if (plan.errors.length || !plan.notes.length || !boardId) return 0;
  const { ids } = editor.edit(() => importNotes(editor.doc, boardId, plan.notes, collabFor(editor).state.user.name));
  return ids.length;
}

const blobToDataUrl = (blob: Blob) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(blob);
  });

export function createExportsApi(editor: Editor): ExportsDebug {
  return {
    async printHtml(options) {
      const doc = await buildPrintDocument(editor, options);
      return { html: doc.html, pages: doc.pages };
    },
    csv: (boardIds) => exportCsv(snapshotOf(editor), boardIds),
    markdown: (boardIds) => exportMarkdown(snapshotOf(editor), boardIds, editor.uiLocale),
    svg: (boardId) => buildSvg(editor, boardId),
    async png(options = {}) {
      const result = await buildPng(editor, options);
      return { dataUrl: await blobToDataUrl(result.blob), width: result.width, height: result.height, tiles: result.tiles };
    },
    previewCsv(text) {
      const { plan } = previewCsvImport(editor, text);
      return { notes: plan.notes.length, errors: plan.errors };
    },
    importCsv(text) {
      const { plan } = previewCsvImport(editor, text);
      return { imported: runCsvImport(editor, plan), errors: plan.errors };
    },
  };
}
