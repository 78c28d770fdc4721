import { setNoteText } from '../../shared/doc';
import { benchWorkspace } from '../../shared/model';
import type { JourneyDebug } from '../../shared/debug-api';
import type { Editor } from './editor/editor';
import { EDITING } from './editor/slices';
import { noteRenderCount } from './board/NoteShape';

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

/** Resolves once React has committed and the canvas has painted twice since. */
async function painted(): Promise<void> {
  await nextFrame();
  await nextFrame();
}

/** The benchmark drivers behind `journeyDebug.bench` (docs/PERFORMANCE.md). */
export function createBenchApi(app: Editor): JourneyDebug['bench'] {
  let lastEditRenders = 0;
  /** Count frames in which any board layer actually drew (not just animation-frame ticks). */
  const countDraws = () => {
    const stage = app.drawnBoard?.stage;
    let drewThisFrame = false;
    const layers = stage?.getLayers() ?? [];
    const mark = () => {
      drewThisFrame = true;
    };
    for (const layer of layers) layer.on('draw.bench', mark);
    return {
      take: () => {
        const value = drewThisFrame;
        drewThisFrame = false;
        return value;
      },
      stop: () => {
        for (const layer of layers) layer.off('draw.bench');
      },
    };
  };

  return {
    async setup(notes) {
      app.openSnapshot(benchWorkspace(notes));
      while (!app.drawnBoard?.stage || app.drawnBoard.layout.notes.size < notes) await nextFrame();
      await painted();
    },
    async pan(frames, { dx, dy, zoom }) {
      const view = app.boardView;
      if (!view) throw new Error('No journey board is open');
      view.setViewport({ x: 16, y: 16, scale: zoom });
      await painted();
      const draws = countDraws();
      draws.take();
      const intervals: number[] = [];
      let drawn = 0;
      let last = await nextFrame();
      for (let i = 0; i < frames; i++) {
        view.panBy(dx, dy);
        const now = await nextFrame();
        intervals.push(now - last);
        last = now;
        if (draws.take()) drawn++;
      }
      // A draw scheduled by the last pan lands in the frame after it.
      await nextFrame();
      if (draws.take() && drawn < frames) drawn++;
      draws.stop();
      return { intervals, drawn };
    },
    notesRenderedByLastEdit: () => lastEditRenders,
    async editRepaint() {
      const view = app.view();
      const note = Object.values(view.notes)[0];
      if (!note) throw new Error('No note to edit');
      app.slices.batch(() => {
        app.select([note.id]);
        app.update(EDITING, { editingNoteId: null });
      });
      await painted();
      // Keys arrive at any moment of a frame: start at a random point of it, as a person would.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 16));
      const layer = app.drawnBoard?.stage?.getLayers()[1];
      const rendersBefore = noteRenderCount.value;
      const start = performance.now();
      const drawnAt = new Promise<number>((resolve) => layer?.on('draw.benchedit', () => resolve(performance.now())));
      setNoteText(app.doc, note.id, `${note.text}x`);
      const end = await Promise.race([drawnAt, new Promise<number>((resolve) => setTimeout(() => resolve(Number.NaN), 2000))]);
      layer?.off('draw.benchedit');
      lastEditRenders = noteRenderCount.value - rendersBefore;
      return end - start;
    },
  };
}
