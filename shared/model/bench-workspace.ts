import { newId } from './ids';
import { LANE_DEFAULT_COLOR, LANE_KINDS } from './lanes';
import { ordersBetween } from './order';
import type { Lane, Note, Stage, WorkspaceSnapshot } from './schema';
import { DEFAULT_NOTE_HEIGHT, DEFAULT_NOTE_WIDTH, emptyMeta } from './templates';

/**
 * A large workspace for benchmarks and load tests: one journey board with `count` notes spread
 * evenly over 10 stages × 10 lanes, the stages wide enough that the whole board has the shape of
 * a 16:9 screen at about 10% zoom. Deterministic apart from ids.
 */
export function benchWorkspace(count: number, now = '2026-01-01T00:00:00.000Z'): WorkspaceSnapshot {
  const stagesCount = 10;
  const lanesCount = 10;
  const perCell = Math.ceil(count / (stagesCount * lanesCount));
  const perRow = Math.max(1, Math.ceil(Math.sqrt(perCell * 1.6)));
  const stageWidth = Math.min(4000, Math.max(280, perRow * (DEFAULT_NOTE_WIDTH + 10) + 24));
  const boardId = newId();
  const stageOrders = ordersBetween(null, null, stagesCount);
  const laneOrders = ordersBetween(null, null, lanesCount);
  const stages: Stage[] = stageOrders.map((order, i) => ({ id: newId(), boardId, title: `Stage ${i + 1}`, order, width: stageWidth }));
  const lanes: Lane[] = laneOrders.map((order, i) => {
    const kind = LANE_KINDS[i % LANE_KINDS.length]!;
    return { id: newId(), boardId, kind, title: `Lane ${i + 1}`, order };
  });
  const cellOrders = ordersBetween(null, null, perCell);
  const notes: Note[] = [];
  for (let i = 0; i < count; i++) {
    const cell = i % (stagesCount * lanesCount);
    const stage = stages[cell % stagesCount]!;
    const lane = lanes[Math.floor(cell / stagesCount)]!;
    notes.push({
      id: newId(),
      boardId,
      stageId: stage.id,
      laneId: lane.id,
      order: cellOrders[Math.floor(i / (stagesCount * lanesCount))]!,
      text: `Note ${i + 1}: customers compare prices before they decide`,
      color: LANE_DEFAULT_COLOR[lane.kind],
      width: DEFAULT_NOTE_WIDTH,
      height: DEFAULT_NOTE_HEIGHT,
      author: 'bench',
      createdAt: now,
    });
  }
  return {
    workspace: emptyMeta('en', now, `Benchmark: ${count} notes`),
    boards: [{ id: boardId, kind: 'journey', title: `${count} notes`, goal: '', order: ordersBetween(null, null, 1)[0]!, personaIds: [] }],
    stages,
    lanes,
    notes,
    personas: [],
    emotions: [],
  };
}
