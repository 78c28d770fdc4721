/**
 * Quitting with unsaved work in several windows (Cmd+Q on macOS, File ▸ Quit, the OS logging
 * out). Electron's `app.quit()` closes the windows one by one and gives up for good the moment
 * one of them prevents its close, which every unsaved window does to ask Save / Don't Save /
 * Cancel. So: remember that a quit is under way; when a window that asked closes after all
 * (Don't Save, or saved), quit again, which asks the next unsaved window; Cancel ends the quit.
 */
export interface QuitFlowApp {
  quit(): void;
  on(event: 'before-quit', listener: () => void): unknown;
}

export class QuitFlow {
  private quitting = false;

  constructor(private readonly app: QuitFlowApp) {
    app.on('before-quit', () => {
      this.quitting = true;
    });
  }

  get isQuitting(): boolean {
    return this.quitting;
  }

  /** A window that had stopped its close to ask has now closed: carry on quitting. */
  askedWindowClosed(): void {
    if (!this.quitting) return;
    // After the close has finished (the window is gone from the app's list).
    setImmediate(() => {
      if (this.quitting) this.app.quit();
    });
  }

  /** The user chose Cancel (or the save was cancelled): the quit is over, the app stays. */
  cancelled(): void {
    this.quitting = false;
  }
}
