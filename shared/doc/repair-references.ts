import {
  byOrder,
  DEFAULT_STAGE_WIDTH,
  orderAfterLast,
  type Board,
  type Collection,
  type EmotionPoint,
  type Lane,
  type Locale,
  type Note,
  type Persona,
  type RecordOf,
  type Stage,
  type WorkspaceMeta,
  type WorkspaceSnapshot,
} from '../model';
import { contextOf, DEFAULT_ORDER, type RepairContext } from './repair-fields';
import { wellFormedRecord } from './repair-text';

/**
 * References resolved with the whole workspace in view (repair-rules.ts): notes whose board,
 * stage or lane went away, dangling persona ids, duplicate curve points; and the snapshot
 * helpers built on it (settleSnapshot, tablesOf).
 */

/** Titles of the structure brought back for notes whose board, stage or lane was deleted concurrently. */
export const RECOVERED_TITLES: Record<Locale, { board: string; stage: string; lane: string }> = {
  en: { board: 'Recovered notes', stage: 'Recovered stage', lane: 'Recovered lane' },
  id: { board: 'Catatan yang dipulihkan', stage: 'Tahap yang dipulihkan', lane: 'Lajur yang dipulihkan' },
  ru: { board: 'Восстановленные заметки', stage: 'Восстановленный этап', lane: 'Восстановленная дорожка' },
};

// ─── References: the whole workspace in view ─────────────────────────────────────────────

/** Records each repaired on its own, keyed by id; references not yet checked. */
export type RecordTables = { [C in Collection]: Map<string, RecordOf[C]> };

/**
 * Valid ids derived from another id, for structure brought back where the original id is
 * taken by a record of another kind (only a hostile peer gets there).
 */
function derivedId(prefix: string, from: string): string {
  return `${prefix}${from}`.slice(0, 64);
}

/**
 * Resolve references, the same way on every peer (docs/RELIABILITY.md, "Concurrent deletes"):
 * - a note whose stage (lane) is gone, or on another board, goes to the first stage (lane)
 *   of its board; when its board has none, the missing stage (lane) comes back, under its
 *   own id, titled "Recovered stage" ("Recovered lane");
 * - a note whose board is gone brings the board back, under its own id, titled "Recovered
 *   notes"; its stages and lanes that are still there belong to it again;
 * - stages and lanes of a board that is gone (and not brought back) are dropped;
 * - emotion points on a stage, board or persona that is gone are dropped (a persona the board
 *   no longer links keeps its points, drawn again when linked again); of two points for one
 *   curve at one stage the smaller id stays;
 * - persona ids on boards and notes that name no persona are dropped (a note's list goes
 *   away when it empties).
 * Returns new tables; records that did not change keep their identity.
 */
export function resolveWorkspace(tables: RecordTables, ctx: RepairContext): RecordTables {
  const titles = RECOVERED_TITLES[ctx.locale];
  const personas = tables.personas;
  const boards = new Map<string, Board>();
  for (const [bid, board] of tables.boards) {
    const personaIds = board.personaIds.filter((p) => personas.has(p));
    boards.set(bid, personaIds.length === board.personaIds.length ? board : { ...board, personaIds });
  }
  const realBoards = [...boards.values()];
  const isJourney = (bid: string) => boards.get(bid)?.kind === 'journey';

  // Boards that notes still point at, brought back.
  const recoveredOrder = orderAfterLast(realBoards);
  const boardFor = new Map<string, string>();
  const noteBoard = (note: Note): string => {
    const claimed = note.boardId ?? tables.stages.get(note.stageId ?? '')?.boardId ?? tables.lanes.get(note.laneId ?? '')?.boardId;
    const wanted = claimed ?? 'recovered';
    let target = boardFor.get(wanted);
    if (target === undefined) {
      target = isJourney(wanted) ? wanted : boards.has(wanted) ? derivedId('r-', wanted) : wanted;
      boardFor.set(wanted, target);
      if (!boards.has(target)) {
        boards.set(target, { id: target, kind: 'journey', title: titles.board, goal: '', order: recoveredOrder, personaIds: [] });
      }
    }
    return target;
  };
  const notes = new Map<string, Note>();
  const noteBoards = new Map<string, string>();
  for (const note of tables.notes.values()) noteBoards.set(note.id, noteBoard(note));

  // Stages and lanes: those of a journey board that exists (now) stay.
  const stages = new Map<string, Stage>();
  for (const [sid, stage] of tables.stages) if (stage.boardId && isJourney(stage.boardId)) stages.set(sid, stage);
  const lanes = new Map<string, Lane>();
  for (const [lid, lane] of tables.lanes) if (lane.boardId && isJourney(lane.boardId)) lanes.set(lid, lane);
  const firstOf = <T extends { id: string; order: string; boardId: string }>(items: Map<string, T>) => {
    const first = new Map<string, T>();
    for (const item of items.values()) {
      const seen = first.get(item.boardId);
      if (!seen || byOrder(item, seen) < 0) first.set(item.boardId, item);
    }
    return first;
  };
  const firstStage = firstOf(stages);
  const firstLane = firstOf(lanes);

  // Structure brought back for boards with no stage (lane) at all.
  const bringBack = <T extends Stage | Lane>(
    kind: 'stages' | 'lanes',
    wantedId: string | undefined,
    boardId: string,
    make: (newId: string) => T,
  ): string => {
    const live = (kind === 'stages' ? stages : lanes) as Map<string, T>;
    const base = wantedId ?? derivedId(kind === 'stages' ? 's-' : 'l-', boardId);
    const taken = (tables[kind] as Map<string, T>).has(base) || (live.has(base) && live.get(base)!.boardId !== boardId);
    const newId = taken ? derivedId('r-', base) : base;
    if (!live.has(newId)) live.set(newId, make(newId));
    return newId;
  };
  const recoveredStageIds = new Map<string, string>();
  const recoveredLaneIds = new Map<string, string>();
  for (const note of tables.notes.values()) {
    const boardId = noteBoards.get(note.id)!;
    const stage = note.stageId ? stages.get(note.stageId) : undefined;
    let stageId = stage && stage.boardId === boardId ? stage.id : firstStage.get(boardId)?.id;
    if (stageId === undefined) {
      const key = `${boardId}|${note.stageId ?? ''}`;
      stageId = recoveredStageIds.get(key);
      if (stageId === undefined) {
        stageId = bringBack('stages', note.stageId, boardId, (sid) => ({ id: sid, boardId, title: titles.stage, order: DEFAULT_ORDER, width: DEFAULT_STAGE_WIDTH }));
        recoveredStageIds.set(key, stageId);
      }
    }
    const lane = note.laneId ? lanes.get(note.laneId) : undefined;
    let laneId = lane && lane.boardId === boardId ? lane.id : firstLane.get(boardId)?.id;
    if (laneId === undefined) {
      const key = `${boardId}|${note.laneId ?? ''}`;
      laneId = recoveredLaneIds.get(key);
      if (laneId === undefined) {
        laneId = bringBack('lanes', note.laneId, boardId, (lid) => ({ id: lid, boardId, kind: 'custom', title: titles.lane, order: DEFAULT_ORDER }));
        recoveredLaneIds.set(key, laneId);
      }
    }
    let personaIds = note.personaIds;
    if (personaIds && personaIds.some((p) => !personas.has(p))) personaIds = personaIds.filter((p) => personas.has(p));
    if (note.boardId === boardId && note.stageId === stageId && note.laneId === laneId && personaIds === note.personaIds) {
      notes.set(note.id, note);
      continue;
    }
    const next: Note = { ...note, boardId, stageId, laneId };
    if (personaIds && personaIds.length) next.personaIds = personaIds;
    else delete next.personaIds;
    notes.set(note.id, next);
  }

  // Emotion points: one per curve and stage, on a stage of a journey board, of a linked persona.
  const emotions = new Map<string, EmotionPoint>();
  const curveAt = new Map<string, string>();
  const sortedPoints = [...tables.emotions.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const point of sortedPoints) {
    if (!point.boardId || !point.stageId) continue;
    const stage = stages.get(point.stageId);
    const board = boards.get(point.boardId);
    if (!stage || stage.boardId !== point.boardId || !board || board.kind !== 'journey') continue;
    // A persona's curve stays while the persona exists, even unlinked (a link and a new point
    // can cross on the network): it is drawn again when the persona is linked again.
    if (point.personaId !== undefined && !personas.has(point.personaId)) continue;
    const curve = `${point.stageId}|${point.personaId ?? ''}`;
    if (curveAt.has(curve)) continue;
    curveAt.set(curve, point.id);
    emotions.set(point.id, point);
  }
  return { boards, stages, lanes, notes, personas: new Map(personas as Map<string, Persona>), emotions };
}

/** Records after resolution, as the readable snapshot (sorted by the caller). */
export function tablesToSnapshot(workspace: WorkspaceMeta, tables: RecordTables): WorkspaceSnapshot {
  return {
    workspace,
    boards: [...tables.boards.values()],
    stages: [...tables.stages.values()],
    lanes: [...tables.lanes.values()],
    notes: [...tables.notes.values()],
    personas: [...tables.personas.values()],
    emotions: [...tables.emotions.values()],
  };
}

/**
 * A snapshot already valid record by record (a file just loaded) with its references
 * resolved and lone surrogates replaced: what `readSnapshot` reads from a doc holding it.
 * Cheap (no schema pass), so opening a large file keeps skipping the full read.
 */
export function settleSnapshot(snapshot: WorkspaceSnapshot): WorkspaceSnapshot {
  const workspace = wellFormedRecord(snapshot.workspace);
  return tablesToSnapshot(workspace, resolveWorkspace(tablesOf(snapshot, wellFormedRecord), contextOf(workspace)));
}

/** A snapshot's records as tables by id, each passed through `each` (as they are by default). */
export function tablesOf(snapshot: WorkspaceSnapshot, each: <T>(record: T) => T = (record) => record): RecordTables {
  const table = <T extends { id: string }>(records: readonly T[]) => new Map(records.map((r) => [r.id, each(r)]));
  return {
    boards: table(snapshot.boards),
    stages: table(snapshot.stages),
    lanes: table(snapshot.lanes),
    notes: table(snapshot.notes),
    personas: table(snapshot.personas),
    emotions: table(snapshot.emotions),
  };
}

/** True when `settleSnapshot` would change nothing: every text well-formed, every reference resolved. */
export function isSettledSnapshot(snapshot: WorkspaceSnapshot): boolean {
  const settled = settleSnapshot(snapshot);
  if (settled.workspace !== snapshot.workspace) return false;
  for (const collection of ['boards', 'stages', 'lanes', 'notes', 'personas', 'emotions'] as const) {
    const before = snapshot[collection] as readonly unknown[];
    const after = settled[collection] as readonly unknown[];
    if (before.length !== after.length) return false;
    const same = new Set(before);
    if (!after.every((record) => same.has(record))) return false;
  }
  return true;
}
