import { downloadBlob } from './download';
import type { SaveResult } from '../../../shared/host-api';
import { message, translatorFor, verbatim } from '../../../shared/i18n';

/**
 * Save and Save As in a browser. Where the File System Access API exists (Chromium), Save As
 * asks for a name and a place with `showSaveFilePicker` and keeps the file's handle, so the next
 * Save writes the same file again without asking. Elsewhere Save As asks for a name in the page,
 * then downloads under it; Save downloads again under the name already chosen.
 */

/** The members of the File System Access API used here (not yet in TypeScript's DOM types). */
interface WritableFile {
  write(data: Blob): Promise<void>;
  close(): Promise<void>;
  abort?(): Promise<void>;
}
export interface SaveFileHandle {
  readonly name: string;
  createWritable(): Promise<WritableFile>;
}
type SavePicker = (options: {
  suggestedName: string;
  types: { description: string; accept: Record<string, string[]> }[];
}) => Promise<SaveFileHandle>;

const MIME = 'application/x-journey+json';
const withExtension = (name: string) => (name.toLowerCase().endsWith('.journey') ? name : `${name}.journey`);
/** The page's language (App sets it), for the name question and the picker's file type. */
const t = () => translatorFor(document.documentElement.lang || navigator.language).t;

export class WebSaver {
  /** The file Save writes again (File System Access API), or null. */
  private handle: SaveFileHandle | null = null;
  /** The name Save downloads under (a file opened or already saved), or null: ask first. */
  name: string | null = null;

  /** The save picker is looked up at each save (null where the browser has none). */
  constructor(private readonly findPicker: () => SavePicker | null = browserPicker) {}

  private get picker(): SavePicker | null {
    return this.findPicker();
  }

  /** The open workspace is no longer in a file (New, Open, a sample). */
  forget(name: string | null = null): void {
    this.handle = null;
    this.name = name;
  }

  async save(text: string, suggestedName: string): Promise<SaveResult> {
    if (this.handle) return this.write(this.handle, text);
    // Opened from a file input or downloaded before: no handle to write back to.
    if (this.name !== null && !this.picker) return this.download(text, this.name);
    return this.saveAs(text, this.name ?? suggestedName);
  }

  async saveAs(text: string, suggestedName: string): Promise<SaveResult> {
    if (this.picker) {
      let handle: SaveFileHandle;
      try {
        handle = await this.picker({ suggestedName: withExtension(suggestedName), types: [{ description: t()('shell.fileType'), accept: { [MIME]: ['.journey'] } }] });
      } catch (error) {
        if (error instanceof DOMException && error.name === 'AbortError') return { ok: false, failure: { code: 'cancelled' } };
        return { ok: false, failure: { code: 'io', message: verbatim(error instanceof Error ? error.message : String(error)) } };
      }
      return this.write(handle, text);
    }
    const answer = window.prompt(t()('shell.saveNamePrompt'), withExtension(suggestedName));
    if (answer === null) return { ok: false, failure: { code: 'cancelled' } };
    // Characters a file name cannot hold become spaces.
    const name = answer.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').replace(/\s+/g, ' ').trim();
    if (!name) return { ok: false, failure: { code: 'io', message: message('shell.saveNameEmpty') } };
    return this.download(text, name);
  }

  private async write(handle: SaveFileHandle, text: string): Promise<SaveResult> {
    let writable: WritableFile | null = null;
    try {
      writable = await handle.createWritable();
      await writable.write(new Blob([text], { type: MIME }));
      // The browser replaces the file only on close: a failure before leaves the old one whole.
      await writable.close();
    } catch (error) {
      await writable?.abort?.().catch(() => undefined);
      const reason = error instanceof Error ? error.message : String(error);
      return { ok: false, failure: { code: 'io', message: message('shell.browserWriteFailed', { name: handle.name, reason }) } };
    }
    this.handle = handle;
    this.name = handle.name;
    return { ok: true, value: { name: handle.name } };
  }

  private download(text: string, name: string): SaveResult {
    const fileName = withExtension(name);
    downloadBlob(new Blob([text], { type: MIME }), fileName);
    this.handle = null;
    this.name = fileName;
    return { ok: true, value: { name: fileName } };
  }
}

function browserPicker(): SavePicker | null {
  const picker = (window as Window & { showSaveFilePicker?: SavePicker }).showSaveFilePicker;
  return typeof picker === 'function' ? picker.bind(window) : null;
}
