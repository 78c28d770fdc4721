import type { LoadError } from './file';
import type { WorkspaceSnapshot } from './model';

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
  /** Local UI state: file name, unsaved flag, open board, selection, the note being edited. */
  state(): {
    fileName: string | null;
    dirty: boolean;
    activeBoardId: string | null;
    selectedNoteIds: readonly string[];
    editingNoteId: string | null;
  };
}
