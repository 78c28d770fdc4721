import { useMemo, useRef, useState } from 'react';
import { exportCsv } from '../../../shared/export/csv';
import { exportMarkdown } from '../../../shared/export/markdown';
import { PAPER_NAMES, type Orientation, type PaperName } from '../../../shared/export/paper';
import { DEFAULT_PRINT_OPTIONS, printedBoards, printPageCount, type PrintOptions } from '../../../shared/export/print-document';
import type { ExportKind, HostResult, SavedFile } from '../../../shared/host-api';
import type { Editor } from '../editor/editor';
import { useView } from '../editor/hooks';
import { openExportDialog, exportText, useExportDialog } from './dialog-state';
import { facilitatedSnapshot } from '../facilitation/export-view';
import { buildPng, buildPrintDocument, buildSvg } from './exports';
import { ImportCsvDialog } from './ImportCsvDialog';

type Format = 'pdf' | 'print' | 'png' | 'svg' | 'csv' | 'markdown' | 'json';
const FORMATS: readonly Format[] = ['pdf', 'print', 'png', 'svg', 'csv', 'markdown', 'json'];

/** File ▸ Export and print…: every format, paper and tiling options with the page count, a preview, progress and cancel. */
export function ExportDialog({ app }: { app: Editor }) {
  const which = useExportDialog(app);
  if (which === 'import') return <ImportCsvDialog app={app} onClose={() => openExportDialog(app, null)} />;
  if (which !== 'export') return null;
  return <ExportForm app={app} />;
}

function ExportForm({ app }: { app: Editor }) {
  const t = (key: Parameters<typeof exportText>[1], params?: Record<string, string | number>) => exportText(app, key, params);
  useView(app);
  const snapshot = app.snapshot();
  const boards = snapshot ? printedBoards(snapshot) : [];
  const [format, setFormat] = useState<Format>('pdf');
  const [options, setOptions] = useState<PrintOptions>({ ...DEFAULT_PRINT_OPTIONS, boardIds: app.selection.activeBoardId && boards.some((b) => b.id === app.selection.activeBoardId) ? [app.selection.activeBoardId] : boards.map((b) => b.id) });
  const [ratio, setRatio] = useState(2);
  /** What a running export is doing: a label, and how far (0–100) when known. */
  const [busy, setBusy] = useState<{ label: string; value: number | null } | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [preview, setPreview] = useState<string | null>(null);
  const abort = useRef<AbortController | null>(null);
  const set = (patch: Partial<PrintOptions>) => setOptions((o) => ({ ...o, ...patch }));
  /** Stop the export under way: the build here, and the desktop's hidden print window (nothing is written). */
  const cancel = () => {
    if (!abort.current) return;
    abort.current.abort();
    void app.host.print.cancel();
  };
  const close = () => {
    cancel();
    openExportDialog(app, null);
  };
  const printed = format === 'pdf' || format === 'print';
  const pages = useMemo(() => {
    if (!snapshot || !printed) return { count: 0, error: null as string | null };
    try {
      return { count: printPageCount(snapshot, { ...options, locale: app.uiLocale }), error: null as string | null };
    } catch (error) {
      return { count: 0, error: error instanceof Error ? error.message : String(error) };
    }
  }, [snapshot, options, printed]);
  const name = snapshot ? [snapshot.workspace.title, ...boards.filter((b) => options.boardIds?.includes(b.id)).map((b) => b.title)].slice(0, 2).join(' - ') : 'Journey';
  const boardId = options.boardIds?.[0];

  const report = (result: HostResult<SavedFile | null>) => {
    if (result.ok) setMessage(result.value ? t('dialog.done', { name: result.value.name }) : null);
    else if (result.failure.code !== 'cancelled') setMessage(t('dialog.failed', { message: result.failure.code === 'io' ? app.text(result.failure.message) : result.failure.code }));
  };
  const save = (data: string | Uint8Array, kind: ExportKind) => app.host.print.saveExport(data, name, kind).then(report);

  async function run() {
    if (!snapshot) return;
    if (!options.boardIds?.length && format !== 'json') return setMessage(t('dialog.noBoards'));
    setMessage(null);
    setBusy({ label: t('dialog.working', { percent: 0 }), value: 0 });
    const controller = new AbortController();
    abort.current = controller;
    const off = app.host.print.onProgress(({ phase }) => {
      if (!controller.signal.aborted) setBusy({ label: t(phase === 'layout' ? 'dialog.phaseLayout' : phase === 'pdf' ? 'dialog.phasePdf' : 'dialog.phaseSaving'), value: null });
    });
    try {
      if (printed) {
        const doc = await buildPrintDocument(app, options, {
          signal: controller.signal,
          onProgress: ({ done, total }) => setBusy({ label: t('dialog.building', { done, total }), value: Math.round((done / total) * 100) }),
        });
        controller.signal.throwIfAborted();
        setBusy({ label: t('dialog.building', { done: doc.pages, total: doc.pages }), value: 100 });
        const result = format === 'pdf' ? await app.host.print.savePdf(doc.html, name) : await app.host.print.print(doc.html);
        if (controller.signal.aborted) setMessage(t('dialog.cancelled'));
        else report(result);
      } else if (format === 'png') {
        const png = await buildPng(app, { pixelRatio: ratio, boardId, signal: controller.signal, onProgress: (f) => setBusy({ label: t('dialog.working', { percent: Math.round(f * 100) }), value: Math.round(f * 100) }) });
        await save(new Uint8Array(await png.blob.arrayBuffer()), 'png');
      } else if (format === 'svg') await save(await buildSvg(app, boardId), 'svg');
      else {
        // Anonymous mode and private writing apply to every export (export-view.ts).
        const out = facilitatedSnapshot(app, snapshot);
        if (format === 'csv') await save(exportCsv(out, options.boardIds), 'csv');
        else if (format === 'markdown') await save(exportMarkdown(out, options.boardIds, app.uiLocale), 'markdown');
        else await save(`${JSON.stringify(out, null, 2)}\n`, 'json');
      }
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') setMessage(t('dialog.cancelled'));
      else setMessage(t('dialog.failed', { message: error instanceof Error ? error.message : String(error) }));
    } finally {
      off();
      setBusy(null);
      abort.current = null;
    }
  }

  async function showPreview() {
    // Pages shown small, side by side with the dialog (the print itself is unchanged).
    setPreview((await buildPrintDocument(app, options)).html.replace('</head>', '<style>@media screen{html{zoom:.35}}</style></head>'));
  }

  return (
    <div className="modal-backdrop" onKeyDown={(e) => e.key === 'Escape' && close()}>
      <div className="modal export-dialog" role="dialog" aria-modal="true" aria-labelledby="export-title">
        <h2 id="export-title">{t('dialog.title')}</h2>
        <div className="export-grid">
          <label>
            {t('dialog.format')}
            <select value={format} onChange={(e) => setFormat(e.target.value as Format)} autoFocus>
              {FORMATS.map((f) => (
                <option key={f} value={f}>
                  {t(`dialog.${f}`)}
                </option>
              ))}
            </select>
          </label>
          <fieldset>
            <legend>{t('dialog.boards')}</legend>
            {boards.map((b) => (
              <label key={b.id} className="check">
                <input
                  type={printed || format === 'csv' || format === 'markdown' ? 'checkbox' : 'radio'}
                  name="export-board"
                  checked={options.boardIds?.includes(b.id) ?? false}
                  onChange={(e) => set({ boardIds: printed || format === 'csv' || format === 'markdown' ? (e.target.checked ? [...(options.boardIds ?? []), b.id] : (options.boardIds ?? []).filter((id) => id !== b.id)) : [b.id] })}
                />
                {b.title}
              </label>
            ))}
          </fieldset>
          {printed && (
            <>
              <label>
                {t('dialog.paper')}
                <select value={options.paper} onChange={(e) => set({ paper: e.target.value as PaperName })}>
                  {PAPER_NAMES.map((p) => (
                    <option key={p}>{p}</option>
                  ))}
                </select>
              </label>
              <label>
                {t('dialog.orientation')}
                <select value={options.orientation} onChange={(e) => set({ orientation: e.target.value as Orientation })}>
                  <option value="portrait">{t('dialog.portrait')}</option>
                  <option value="landscape">{t('dialog.landscape')}</option>
                </select>
              </label>
              <label>
                {t('dialog.layout')}
                <select value={options.layout} onChange={(e) => set({ layout: e.target.value as PrintOptions['layout'] })}>
                  <option value="fit">{t('dialog.fit')}</option>
                  <option value="poster">{t('dialog.poster')}</option>
                </select>
              </label>
              {options.layout === 'poster' && (
                <>
                  <label>
                    {t('dialog.scale')}
                    <input type="number" min={10} max={400} step={5} value={Math.round(options.scale * 100)} onChange={(e) => set({ scale: Math.max(0.1, Math.min(4, Number(e.target.value) / 100 || 1)) })} />
                  </label>
                  <label>
                    {t('dialog.overlap')}
                    <input type="number" min={0} max={50} value={options.overlapMm} onChange={(e) => set({ overlapMm: Math.max(0, Math.min(50, Number(e.target.value) || 0)) })} />
                  </label>
                  <label className="check">
                    <input type="checkbox" checked={options.marks} onChange={(e) => set({ marks: e.target.checked })} />
                    {t('dialog.marks')}
                  </label>
                </>
              )}
              <label className="check">
                <input type="checkbox" checked={options.personaPages} onChange={(e) => set({ personaPages: e.target.checked })} />
                {t('dialog.personaPages')}
              </label>
              <label className="check">
                <input type="checkbox" checked={options.insights} onChange={(e) => set({ insights: e.target.checked })} />
                {t('dialog.insightsPage')}
              </label>
              <p className="export-pages" role="status">
                {pages.error ?? t('dialog.pages', { n: pages.count })}
              </p>
            </>
          )}
          {format === 'png' && (
            <label>
              {t('dialog.pixelRatio')}
              <select value={ratio} onChange={(e) => setRatio(Number(e.target.value))}>
                {[1, 2, 4].map((r) => (
                  <option key={r} value={r}>
                    {r}×
                  </option>
                ))}
              </select>
            </label>
          )}
        </div>
        {preview && <iframe className="export-preview" title={t('dialog.preview')} srcDoc={preview} sandbox="" />}
        {busy !== null && (
          <div className="export-progress">
            {busy.value === null ? <progress aria-label={busy.label} /> : <progress max={100} value={busy.value} aria-label={busy.label} />}
            <span role="status">{busy.label}</span>
          </div>
        )}
        {message && <p role="status">{message}</p>}
        <div className="modal-buttons">
          <button type="button" onClick={() => openExportDialog(app, 'import')}>
            {t('dialog.import')}
          </button>
          {printed && (
            <button type="button" onClick={() => void showPreview()} disabled={busy !== null || !!pages.error}>
              {t('dialog.preview')}
            </button>
          )}
          <button type="button" onClick={busy !== null ? cancel : close}>
            {busy !== null ? t('export.dialog.cancel') : t('dialog.close')}
          </button>
          <button type="button" className="primary" onClick={() => void run()} disabled={busy !== null || !!pages.error}>
            {format === 'print' ? t('dialog.print') : t('dialog.export')}
          </button>
        </div>
      </div>
    </div>
  );
}
