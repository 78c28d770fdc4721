import type { BoardLayout } from '../../../shared/layout/board-layout';
import type { Viewport } from '../../../shared/layout/viewport';

/** What the drawn board offers to actions (zoom, fit); registered by the board view. */
export interface BoardViewApi {
  zoomBy(factor: number): void;
  zoomTo(scale: number): void;
  fit(): void;
  /** Show the board at this viewport (benchmarks, following a participant). */
  setViewport(viewport: Viewport): void;
  panBy(dx: number, dy: number): void;
  fitStage(stageId: string): void;
  /** Bring a note into view (keyboard navigation). */
  reveal(noteId: string): void;
}

/** A drawing layer, as far as the benchmarks need one (a Konva layer is one). */
export interface DrawnLayer {
  on(event: string, listener: () => void): unknown;
  off(event: string): unknown;
}

/** The journey board as drawn now (registered by the board view; read by presence, debug, bench). */
export interface DrawnBoard {
  readonly layout: BoardLayout;
  readonly viewport: Viewport;
  readonly container: HTMLElement | null;
  /** The canvas's layers, for the benchmarks' draw counts (no Konva type in the editor). */
  readonly stage: { getLayers(): readonly DrawnLayer[] } | null;
}
