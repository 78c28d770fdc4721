import { downloadBlob } from './download';
import type { SaveResult } from '../../../shared/host-api';
import { message, translatorFor, verbatim, type Message } from '../../../shared/i18n';

/**
 * Save and Save As in a browser. Where the File System Access API exists (Chromium), Save As
 * asks for a name and a place with `showSaveFilePicker` and keeps the file's handle, so the next
 * Save writes the same file again without asking. Elsewhere (Firefox, Safari) Save As asks for a
 * name with the app's own question (`NameAsker`: ui/NameQuestionDialog), then downloads under
 * it; Save downloads again under the name already chosen.
 */

/** The name question where the browser has no save picker. */
export interface NameQuestion {
  /** The name offered, with its extension (`<title>.journey`). */
  readonly suggested: string;
  /** The file name a typed answer saves under, or why it cannot (shown in the question, which stays open). */
  readonly check: (typed: string) => NameCheck;
}
export type NameCheck = { readonly ok: true; readonly name: string } | { readonly ok: false; readonly error: Message };
/** Asks for a file name: resolves with the answer typed (one `check` accepted), or null when cancelled. */
export type NameAsker = (question: NameQuestion) => Promise<string | null>;

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
/** Characters a file name cannot hold (on Windows, macOS or Linux), and control characters. */
const FORBIDDEN = /[\\/:*?"<>|\u0000-\u001f]+/g;

/** The file name a typed answer saves under: forbidden characters become spaces; a name is needed. */
export function checkFileName(typed: string): NameCheck {
  const name = withExtension(typed.replace(FORBIDDEN, ' ').replace(/\s+/g, ' ').trim());
  // The part before `.journey` must hold more than dots and spaces (".journey" alone is no name).
  if (/^[.\s]*$/.test(name.slice(0, -'.journey'.length))) {
    const onlyForbidden = typed.replace(/[.\s]/g, '') !== '' && typed.replace(FORBIDDEN, '').replace(/[.\s]/g, '') === '';
    return { ok: false, error: onlyForbidden ? message('websave.nameForbidden') : message('websave.nameEmpty') };
  }
  return { ok: true, name };
}

export class WebSaver {
  /** The file Save writes again (File System Access API), or null. */
  private handle: SaveFileHandle | null = null;
  /** The name Save downloads under (a file opened or already saved), or null: ask first. */
  name: string | null = null;

  private readonly findPicker: () => SavePicker | null;
  private readonly download: (blob: Blob, name: string) => void;

  /**
   * `askName` asks for the name where there is no save picker; the save picker is looked up at
   * each save (null where the browser has none); `download` hands the file to the browser.
   */
  constructor(
    private readonly askName: NameAsker,
    options: { findPicker?: () => SavePicker | null; download?: (blob: Blob, name: string) => void } = {},
  ) {
    this.findPicker = options.findPicker ?? browserPicker;
    this.download = options.download ?? downloadBlob;
  }

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
    if (this.name !== null && !this.picker) return this.downloadAs(text, this.name);
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
    const answer = await this.askName({ suggested: withExtension(suggestedName), check: checkFileName });
    if (answer === null) return { ok: false, failure: { code: 'cancelled' } };
    const checked = checkFileName(answer);
    // The question shows this inline and stays open; an asker that answered anyway saves nothing.
    if (!checked.ok) return { ok: false, failure: { code: 'io', message: checked.error } };
    return this.downloadAs(text, checked.name);
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

  private downloadAs(text: string, name: string): SaveResult {
    const fileName = withExtension(name);
    this.download(new Blob([text], { type: MIME }), fileName);
    this.handle = null;
    this.name = fileName;
    return { ok: true, value: { name: fileName } };
  }
}

function browserPicker(): SavePicker | null {
  const picker = (window as Window & { showSaveFilePicker?: SavePicker }).showSaveFilePicker;
  return typeof picker === 'function' ? picker.bind(window) : null;
}
