import { addNote, readSnapshot } from '../../../shared/doc';
import { layoutBoard, type BoardLayout } from '../../../shared/layout/board-layout';
import { curvesOf } from '../../../shared/layout/emotion-curve';
import { hitTest } from '../../../shared/layout/hit-test';
import type { Viewport } from '../../../shared/layout/viewport';
import type { HostApi } from '../../../shared/host-api';
import { newWorkspace, sampleWorkspace, type LaneKind, type WorkspaceSnapshot } from '../../../shared/model';
import { selectBoard } from '../../../renderer/src/board/board-data';
import { startGesture } from '../../../renderer/src/board/gestures/pick';
import type { Gesture, GestureEnv, Point, PointerInput, Rect } from '../../../renderer/src/board/gestures/types';
import { Editor } from '../../../renderer/src/editor/editor';
import { EDITING } from '../../../renderer/src/editor/slices';
import { NOW } from '../doc/helpers';

/** A host that does nothing: the gestures never reach it. */
const quietHost = {
  window: { setDocumentState: () => undefined, setMenu: () => undefined, setLocale: () => undefined, setFullScreen: () => undefined, close: () => undefined, onCommand: () => () => undefined },
} as unknown as HostApi;

/**
 * The real editor over a new or sample workspace, the board's gesture
 * environment with a recording feedback and a hand-driven clock, and short ways to press, drag
 * and release at board points.
 */
export function gestureRig(kind: 'new' | 'sample' = 'new', viewport: Viewport = { x: 0, y: 0, scale: 1 }) {
  const snapshot: WorkspaceSnapshot = kind === 'sample' ? sampleWorkspace('en', NOW) : newWorkspace('en', NOW);
  const app = new Editor(quietHost, 'web', '0.0.0', snapshot, 'en');
  const boardId = app.selection.activeBoardId!;
  let vp = viewport;
  let clock = 1_000;
  const drawn = {
    band: null as Rect | null,
    marker: null as Rect | null,
    dragNotes: null as ReadonlyMap<string, Point> | null,
    noteSize: null as { id: string; width: number; height: number } | null,
    curvePoint: null as { curveKey: string; stageId: string; y: number } | null,
    calls: 0,
  };
  const view = () => app.view();
  const layout = (): BoardLayout => {
    const r = selectBoard(view(), boardId);
    return layoutBoard(r.stages, r.lanes, r.notes);
  };
  const curves = () => curvesOf(Object.values(view().emotions).filter((e) => e.boardId === boardId), (id) => view().personas[id]?.color);
  const record = <K extends keyof typeof drawn>(key: K) => (value: (typeof drawn)[K]) => {
    drawn[key] = value;
    drawn.calls++;
  };
  const env: GestureEnv = {
    editor: app,
    boardId,
    layout,
    viewport: () => vp,
    setViewport: (next) => {
      vp = next;
    },
    curves,
    feedback: { band: record('band'), marker: record('marker'), dragNotes: record('dragNotes'), noteSize: record('noteSize'), curvePoint: record('curvePoint') },
    now: () => clock,
  };
  const at = (board: Point, opts: { additive?: boolean; clicks?: number } = {}): PointerInput => ({
    board,
    view: { x: board.x * vp.scale + vp.x, y: board.y * vp.scale + vp.y },
    additive: opts.additive ?? false,
    clicks: opts.clicks ?? 1,
  });
  /** Press at a board point as the board does: hit test, then the gesture it starts. */
  const press = (board: Point, opts: { additive?: boolean; clicks?: number; button?: number; pointer?: 'mouse' | 'touch'; hand?: boolean; ghostCurveKey?: string | null } = {}): Gesture | null => {
    const { selectedNoteIds } = app.selection;
    const sole = selectedNoteIds.length === 1 && !app.get(EDITING).editingNoteId ? selectedNoteIds[0]! : null;
    const hit = hitTest({ layout: layout(), viewport: vp, handleNoteId: sole, curves: curves(), ghostCurveKey: opts.ghostCurveKey === undefined ? '' : opts.ghostCurveKey }, board);
    return startGesture(env, { hit, input: at(board, opts), button: opts.button ?? 0, pointer: opts.pointer ?? 'mouse', hand: opts.hand ?? false });
  };
  /** Move through `steps` points from `from` to `to`, `msPerStep` apart. */
  const moveAlong = (g: Gesture, from: Point, to: Point, steps = 8, msPerStep = 16) => {
    for (let i = 1; i <= steps; i++) {
      clock += msPerStep;
      g.move(at({ x: from.x + ((to.x - from.x) * i) / steps, y: from.y + ((to.y - from.y) * i) / steps }));
    }
  };
  const drag = (from: Point, to: Point, opts: { steps?: number; msPerStep?: number; additive?: boolean } = {}) => {
    const g = press(from, opts);
    if (!g) throw new Error('nothing to drag there');
    moveAlong(g, from, to, opts.steps, opts.msPerStep);
    g.up(at(to, opts));
    return g;
  };
  const grid = () => {
    const l = layout();
    const lane = (k: LaneKind) => l.lanes.find((x) => x.kind === k)!;
    return { l, stage: (i: number) => l.stages[i]!, lane };
  };
  const cellCentre = (stage: number, lane: LaneKind): Point => {
    const { stage: s, lane: ln } = grid();
    return { x: s(stage).x + s(stage).width / 2, y: ln(lane).y + ln(lane).height / 2 };
  };
  const cellRef = (stage: number, lane: LaneKind) => ({ boardId, stageId: grid().stage(stage).id, laneId: grid().lane(lane).id });
  const add = (stage: number, lane: LaneKind, text = '') => app.edit(() => addNote(app.doc, { ...cellRef(stage, lane), text, author: 'Ana' })!);
  const noteCentre = (id: string): Point => {
    const box = layout().notes.get(id)!;
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  };
  const snap = () => readSnapshot(app.doc)!;
  const cellOf = (id: string) => {
    const n = snap().notes.find((x) => x.id === id)!;
    return { stage: snap().stages.findIndex((s) => s.id === n.stageId), laneId: n.laneId };
  };
  /** Forget the arranging edits, so the gesture under test is the first undo step. */
  const ready = () => app.session.undo.clear();
  const tick = (ms: number) => {
    clock += ms;
  };
  /** The note being typed into, if any. */
  const editing = () => app.get(EDITING).editingNoteId;
  return { app, boardId, env, editing, drawn, layout, curves, at, press, moveAlong, drag, grid, cellCentre, cellRef, add, noteCentre, snap, cellOf, ready, tick, viewport: () => vp };
}
