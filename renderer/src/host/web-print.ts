import { downloadBlob } from './download';
import { EXPORT_KINDS, type ExportKind, type HostResult, type SavedFile } from '../../../shared/host-api';
import { message, verbatim } from '../../../shared/i18n';

/**
 * Printing and exports in a plain browser: the print document in an off-screen iframe printed
 * with the browser's dialog (the board alone, never the app around it), exports as downloads.
 */
export async function printInFrame(html: string): Promise<HostResult<SavedFile>> {
  const frame = document.createElement('iframe');
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  frame.style.cssText = 'position:fixed;left:-20000px;top:0;width:1200px;height:900px;border:0;visibility:hidden';
  // No scripts run in it (the print document has none): sandboxed except for the same origin printing needs.
  frame.setAttribute('sandbox', 'allow-same-origin allow-modals');
  const loaded = new Promise<void>((resolve) => frame.addEventListener('load', () => resolve(), { once: true }));
  frame.srcdoc = html;
  document.body.append(frame);
  try {
    await loaded;
    const win = frame.contentWindow;
    if (!win) return { ok: false, failure: { code: 'io', message: message('print.notOpened') } };
    await win.document.fonts.ready;
    win.focus();
    win.print();
    return { ok: true, value: { name: win.document.title } };
  } catch (error) {
    return { ok: false, failure: { code: 'io', message: verbatim(error instanceof Error ? error.message : String(error)) } };
  } finally {
    // print() returns when the dialog closes; give the browser a moment before taking the frame away.
    setTimeout(() => frame.remove(), 1000);
  }
}

export function downloadExport(data: string | Uint8Array, suggestedName: string, kind: ExportKind): HostResult<SavedFile> {
  const { extension, mime } = EXPORT_KINDS[kind];
  const stem = suggestedName.replace(/[\u0000-\u001f\u007f<>:"/\\|?*]/g, '-').trim() || 'Journey';
  const name = stem.toLowerCase().endsWith(`.${extension}`) ? stem : `${stem}.${extension}`;
  const blob = new Blob([typeof data === 'string' ? data : (data as Uint8Array<ArrayBuffer>)], { type: `${mime};charset=utf-8` });
  downloadBlob(blob, name);
  return { ok: true, value: { name } };
}
