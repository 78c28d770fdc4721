/**
 * Our document windows and the per-window document state, keyed by the id of the window's web
 * contents (what an IPC event carries). Only windows in here may talk to the handlers.
 */
import type { BrowserWindow, WebContents } from 'electron';
import { newWindowDocument, type WindowDocument } from './document-state';

export interface AppWindow {
  readonly window: BrowserWindow;
  readonly doc: WindowDocument;
}

export class WindowRegistry {
  private readonly byContentsId = new Map<number, AppWindow>();

  /** Registers `window`; it is forgotten when it is closed. */
  add(window: BrowserWindow, pendingPath: string | null = null): AppWindow {
    const entry: AppWindow = { window, doc: newWindowDocument(pendingPath) };
    // Read the id now: after 'closed' the web contents are destroyed.
    const id = window.webContents.id;
    this.byContentsId.set(id, entry);
    window.once('closed', () => this.byContentsId.delete(id));
    return entry;
  }

  fromWebContents(contents: WebContents): AppWindow | undefined {
    return this.byContentsId.get(contents.id);
  }

  fromWindow(window: BrowserWindow | null | undefined): AppWindow | undefined {
    if (!window) return undefined;
    for (const entry of this.byContentsId.values()) if (entry.window === window) return entry;
    return undefined;
  }

  all(): AppWindow[] {
    return [...this.byContentsId.values()];
  }
}
