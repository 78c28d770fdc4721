import type { LoadError } from './file';
import type { WorkspaceSnapshot } from './model';
import type { CollabDebug } from './collab/debug-api';
import type { FacilitationDebug } from './facilitation/debug-api';
import type { PrintOptions } from './export/print-document';

/** A rectangle in page (CSS pixel) coordinates, ready for mouse clicks in tests. */
export interface PageRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * `window.journeyDebug`, present only when the renderer starts with `?debug=1`
 * (docs/DEBUG_HOOK.md). The contract between the renderer and the e2e tests and benchmarks.
 */
export interface JourneyDebug {
  /** The workspace in the file's readable-snapshot schema. */
  snapshot(): WorkspaceSnapshot | null;
  /** Exactly the text Save would write now (its `savedAt` is the time of the call). */
  fileText(): string;
  /** Open a `.journey` file's text through the same path as File ▸ Open. */
  load(text: string): Promise<{ ok: true } | { ok: false; error: LoadError }>;
  /** Page rectangle of the cell at stage `stageIndex`, lane `laneIndex` of the open board. */
  cellRect(stageIndex: number, laneIndex: number): PageRect | null;
  /** Page rectangle of a note on the open board. */
  noteRect(noteId: string): PageRect | null;
  /** Ids of the notes in a cell of the open board, in order. */
  cellNotes(stageIndex: number, laneIndex: number): string[];
  /** The hint drawn faintly in an empty cell of the open board (what belongs there), or null when none is drawn. */
  cellHint(stageIndex: number, laneIndex: number): string | null;
  /** Benchmark drivers (docs/PERFORMANCE.md). */
  bench: {
    /** Open a workspace with one journey board of `notes` notes; resolves after its first paint. */
    setup(notes: number): Promise<void>;
    /** Pan by dx, dy pixels per animation frame at `zoom`; frame intervals and how many frames repainted the board. */
    pan(frames: number, options: { dx: number; dy: number; zoom: number }): Promise<{ intervals: number[]; drawn: number }>;
    /** Change one note's text (as a keystroke does) at a random moment of a frame; ms until the board has drawn it. */
    editRepaint(): Promise<number>;
    /** How many note components React rendered for the last `editRepaint` (one, when only that note repaints). */
    notesRenderedByLastEdit(): number;
  };
  /** How big the open board's text is on screen now, in screen pixels (docs/DEBUG_HOOK.md, "Legibility"). */
  legibility(): Legibility;
  /** Local UI state: file name, unsaved flag, open board, selection, the note being edited. */
  state(): {
    fileName: string | null;
    dirty: boolean;
    activeBoardId: string | null;
    selectedNoteIds: readonly string[];
    editingNoteId: string | null;
  };
  /** Print and export (docs/DEBUG_HOOK.md, "Exports"): exactly what the Export/Print dialog produces. */
  exports: ExportsDebug;
  /** The live session (docs/COLLABORATION.md): status, presence, cut and restore the connection. */
  collab?: CollabDebug;
  /** Facilitation (renderer/src/facilitation/debug.ts; docs/DEBUG_HOOK.md). */
  facilitation?: FacilitationDebug;
}

/** What `journeyDebug.legibility()` measures from what is drawn now. */
export interface Legibility {
  /** Median and smallest note-text size drawn (font size × zoom) over the notes with text within the view; 0 = shown only as grey lines. */
  readonly medianNotePx: number;
  readonly minNotePx: number;
  /** Stage titles' font size on screen. */
  readonly stageHeaderPx: number;
  /** Notes with text within the view. */
  readonly notesOnScreen: number;
}

export interface PngOptions {
  /** Device pixels per board unit: 1, 2 or 4. */
  readonly pixelRatio?: number;
  /** The board to draw; the open board when absent. */
  readonly boardId?: string;
  /** Largest tile drawn at once, in device pixels a side (smaller in tests to exercise tiling). */
  readonly tileSize?: number;
}

export interface ExportsDebug {
  /** The whole print document the desktop app would print (options default to the dialog's). */
  printHtml(options?: Partial<PrintOptions>): Promise<{ html: string; pages: number }>;
  /** CSV of the notes (all journey boards, or the given ones). */
  csv(boardIds?: readonly string[]): string;
  markdown(boardIds?: readonly string[]): string;
  /** A board as SVG (the open board when absent). */
  svg(boardId?: string): Promise<string>;
  /** A board as a PNG data: URL, drawn in tiles; with its size in pixels. */
  png(options?: PngOptions): Promise<{ dataUrl: string; width: number; height: number; tiles: number }>;
  /** Check a CSV against the open board (as the import dialog's preview does). */
  previewCsv(text: string): { notes: number; errors: readonly string[] };
  /** Import a CSV into the open board as one undo step; nothing when any row is bad. */
  importCsv(text: string): { imported: number; errors: readonly string[] };
}
