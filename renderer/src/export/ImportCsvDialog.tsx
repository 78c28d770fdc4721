import { useState } from 'react';
import { CSV_COLUMNS, type CsvColumn } from '../../../shared/export/csv';
import type { CsvMapping } from '../../../shared/export/csv-import';
import type { Editor } from '../editor/editor';
import { exportText } from './dialog-state';
import { previewCsvImport, runCsvImport, type CsvPreview } from './exports';

/** Import CSV: pick a file, map its columns, see how many notes and every bad row, import as one undo step. */
export function ImportCsvDialog({ app, onClose }: { app: Editor; onClose: () => void }) {
  const t = (key: Parameters<typeof exportText>[1], params?: Record<string, string | number>) => exportText(app, key, params);
  const [text, setText] = useState<string | null>(null);
  const [preview, setPreview] = useState<CsvPreview | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const load = async (file: File | undefined) => {
    if (!file) return;
    const content = await file.text();
    setText(content);
    setPreview(previewCsvImport(app, content));
  };
  const remap = (column: CsvColumn, index: number | null) => {
    if (text === null || !preview) return;
    const mapping: CsvMapping = { ...preview.mapping, [column]: index };
    setPreview(previewCsvImport(app, text, mapping));
  };
  const run = () => {
    if (!preview) return;
    const n = runCsvImport(app, preview.plan);
    if (n) {
      setDone(t('import.done', { n }));
      setPreview(null);
      setText(null);
    }
  };
  const errors = preview?.plan.errors ?? [];
  return (
    <div className="modal-backdrop" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <div className="modal export-dialog" role="dialog" aria-modal="true" aria-labelledby="import-title">
        <h2 id="import-title">{t('export.import.title')}</h2>
        <input type="file" accept=".csv,text/csv,text/plain" aria-label={t('export.import.title')} onChange={(e) => void load(e.target.files?.[0])} autoFocus />
        {preview?.csv && (
          <div className="export-grid">
            {CSV_COLUMNS.filter((c) => c !== 'board').map((column) => (
              <label key={column}>
                {t('import.column', { field: column })}
                <select value={preview.mapping[column] ?? ''} onChange={(e) => remap(column, e.target.value === '' ? null : Number(e.target.value))}>
                  <option value="">{t('export.import.none')}</option>
                  {preview.csv!.header.map((h, i) => (
                    <option key={i} value={i}>
                      {h || `#${i + 1}`}
                    </option>
                  ))}
                </select>
              </label>
            ))}
          </div>
        )}
        {preview && !errors.length && <p role="status">{t('import.preview', { n: preview.plan.notes.length, board: preview.boardTitle })}</p>}
        {errors.length > 0 && (
          <div role="alert">
            <p>{t('import.errors', { n: errors.length })}</p>
            <ul className="import-errors">
              {errors.slice(0, 200).map((e, i) => (
                <li key={i}>{e}</li>
              ))}
            </ul>
          </div>
        )}
        {done && <p role="status">{done}</p>}
        <div className="modal-buttons">
          <button type="button" onClick={onClose}>
            {t('dialog.close')}
          </button>
          <button type="button" className="primary" disabled={!preview || errors.length > 0 || !preview.plan.notes.length} onClick={run}>
            {t('import.run')}
          </button>
        </div>
      </div>
    </div>
  );
}
