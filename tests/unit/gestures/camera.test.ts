import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { layoutBoard } from '../../../shared/layout/board-layout';
import { MAX_SCALE, pinOf, revealBox, toBoardPoint, viewRect, type Viewport } from '../../../shared/layout/viewport';
import { newWorkspace } from '../../../shared/model';
import { BoardCamera, CULL_MARGIN_PX, notesNearView, type CameraParts } from '../../../renderer/src/board/camera';
import { NOW } from '../doc/helpers';

const snapshot = newWorkspace('en', NOW);
const boardId = snapshot.boards[0]!.id;
const stages = snapshot.stages.filter((s) => s.boardId === boardId);
const lanes = snapshot.lanes.filter((l) => l.boardId === boardId);
const note = (id: string, stageIndex: number) => ({
  id, boardId, stageId: stages[stageIndex]!.id, laneId: lanes[0]!.id, order: 'a0', text: id, color: 'yellow' as const, width: 160, height: 110, author: 'Ana', createdAt: NOW,
});
const notes = [note('left', 0), note('right', 4)];
const layout = layoutBoard(stages, lanes, notes);
const size = { width: 800, height: 600 };

/** A camera with no Konva stage drawn (Node): what it commits to React is what we watch. */
function camera(initial: Viewport = { x: 0, y: 0, scale: 1 }) {
  const commits: Viewport[] = [];
  const parts: CameraParts = { stage: () => null, notesLayer: () => null, band: () => null, column: () => null, corner: () => null, layout: () => layout, size: () => size, dragging: () => false };
  return { cam: new BoardCamera(parts, boardId, initial, (vp) => commits.push(vp)), commits };
}

describe('the board camera (viewport engine)', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('a small pan moves what is shown at once and reaches React only once the view settles', () => {
    const { cam, commits } = camera();
    cam.panBy(10, 5);
    expect(cam.shown).toEqual({ x: -10, y: -5, scale: 1 });
    cam.panBy(10, 5);
    vi.advanceTimersByTime(50);
    expect(commits).toEqual([]);
    vi.advanceTimersByTime(200);
    expect(commits).toEqual([{ x: -20, y: -10, scale: 1 }]);
  });

  it('a far pan mounts new notes right after the frame; a zoom re-renders at once', () => {
    const { cam, commits } = camera();
    cam.panBy(CULL_MARGIN_PX, 0);
    expect(commits).toEqual([]);
    vi.advanceTimersByTime(0);
    expect(commits).toEqual([{ x: -CULL_MARGIN_PX, y: 0, scale: 1 }]);
    cam.zoomBy(2);
    expect(commits.at(-1)!.scale).toBe(2);
    cam.zoomTo(100);
    expect(cam.shown.scale).toBe(MAX_SCALE);
  });

  it('zooming keeps the view’s centre (buttons) or the pointer (wheel) on the same board point', () => {
    const { cam } = camera({ x: 30, y: 40, scale: 1 });
    const centre = toBoardPoint(cam.shown, { x: 400, y: 300 });
    cam.zoomBy(1.25);
    expect(toBoardPoint(cam.shown, { x: 400, y: 300 }).x).toBeCloseTo(centre.x);
    const under = toBoardPoint(cam.shown, { x: 100, y: 500 });
    cam.zoomAt(0.5, { x: 100, y: 500 });
    expect(toBoardPoint(cam.shown, { x: 100, y: 500 }).y).toBeCloseTo(under.y);
  });

  it('fits the board or one stage, and pans just enough to reveal a note', () => {
    const { cam } = camera();
    cam.fit();
    const r = viewRect(cam.shown, size);
    expect(r.left).toBeLessThanOrEqual(0);
    expect(r.right).toBeGreaterThanOrEqual(layout.width);
    cam.setViewport({ x: 0, y: 0, scale: 1 });
    cam.reveal('right');
    const box = layout.notes.get('right')!;
    const shown = viewRect(cam.shown, size);
    expect(box.x + box.width).toBeLessThanOrEqual(shown.right);
    expect(revealBox(cam.shown, size, box)).toBeNull();
    cam.fitStage(stages[2]!.id);
    const stage = layout.stages[2]!;
    expect(viewRect(cam.shown, size).left).toBeLessThanOrEqual(stage.x);
  });

  it('a viewport React renders from elsewhere takes over; an older one of its own does not undo a newer', () => {
    const { cam } = camera();
    const older = { x: -5, y: 0, scale: 1 };
    cam.setViewport(older);
    cam.setViewport({ x: -9, y: 0, scale: 1 });
    cam.rendering(older);
    expect(cam.shown.x).toBe(-9);
    const remembered = { x: 100, y: 100, scale: 0.5 };
    cam.rendering(remembered);
    expect(cam.shown).toBe(remembered);
  });

  it('mounts only the notes near the view, and pins the headers to its edges once scrolled past', () => {
    const near = notesNearView(notes, layout, { x: 0, y: 0, scale: 1 }, size).map((n) => n.id);
    expect(near).toEqual(['left']);
    const far = notesNearView(notes, layout, { x: -(layout.width - 800), y: 0, scale: 1 }, size).map((n) => n.id);
    expect(far).toEqual(['right']);
    expect(notesNearView(notes, layout, { x: 0, y: 0, scale: 0.1 }, size).length).toBe(2);
    expect(pinOf({ x: 20, y: 10, scale: 1 })).toMatchObject({ bandY: 0, columnX: 0 });
    expect(pinOf({ x: -200, y: -100, scale: 0.5 })).toMatchObject({ bandY: 200, columnX: 400 });
  });
});
