import {
  byOrder,
  DEFAULT_STAGE_WIDTH,
  EMOTION_MAX,
  EMOTION_MIN,
  FORBIDDEN_KEYS,
  isValidId,
  LANE_KINDS,
  LANE_MIN_HEIGHT,
  isLocaleTag,
  resolveLocale,
  NOTE_COLORS,
  NOTE_MAX_SIZE,
  NOTE_MIN_SIZE,
  orderAfterLast,
  RECORD_SCHEMAS,
  STAGE_MIN_WIDTH,
  toWellFormed,
  isWellFormed,
  WORKSPACE_TITLE,
  WorkspaceMetaSchema,
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

/**
 * Reading the doc defensively (docs/RELIABILITY.md). A concurrent edit, an undo or a hostile
 * peer can remove or spoil any field of any record, and concurrent deletes can leave a note
 * pointing at a stage nobody has any more. Every reader goes through these pure rules, so
 * every peer reads the same doc state the same way: required fields get defaults derived only
 * from the record's own id and the workspace's fields (never the clock, never randomness),
 * dangling references are resolved, and the repairer (repairer.ts) writes the result back.
 */

/** The time a record gets when it has none and nothing else gives one. */
export const EPOCH = '1970-01-01T00:00:00.000Z';
/** The order key a record gets when it has none: ties sort by id (byOrder), the same everywhere. */
export const DEFAULT_ORDER = 'a0';
const DEFAULT_NOTE_WIDTH = 160;
const DEFAULT_NOTE_HEIGHT = 110;

/** Titles of the structure brought back for notes whose board, stage or lane was deleted concurrently. */
export const RECOVERED_TITLES: Record<Locale, { board: string; stage: string; lane: string }> = {
  en: { board: 'Recovered notes', stage: 'Recovered stage', lane: 'Recovered lane' },
  id: { board: 'Catatan yang dipulihkan', stage: 'Tahap yang dipulihkan', lane: 'Lajur yang dipulihkan' },
  ru: { board: 'Восстановленные заметки', stage: 'Восстановленный этап', lane: 'Восстановленная дорожка' },
};

/** What record defaults may depend on: the workspace's own (already repaired) fields. */
export interface RepairContext {
  readonly locale: Locale;
  readonly createdAt: string;
}
export const DEFAULT_CONTEXT: RepairContext = { locale: 'en', createdAt: EPOCH };

// ─── Field fixers: the value made valid, or undefined when nothing valid can be made of it ───

type Fix = (value: unknown) => unknown;

/** Cut to `max` UTF-16 units without leaving half an emoji, and replace lone surrogates. */
export function clipText(value: string, max: number): string {
  let text = value.length > max ? value.slice(0, max) : value;
  const last = text.charCodeAt(text.length - 1);
  if (text.length < value.length && last >= 0xd800 && last <= 0xdbff) text = text.slice(0, -1);
  return toWellFormed(text);
}
const text =
  (max: number): Fix =>
  (v) =>
    typeof v === 'string' ? clipText(v, max) : undefined;
const SHORT = text(500);
const LONG = text(20_000);
const int =
  (min: number, max: number): Fix =>
  (v) =>
    typeof v === 'number' && Number.isFinite(v) ? Math.round(Math.min(max, Math.max(min, v))) : undefined;
const oneOf =
  (values: readonly string[]): Fix =>
  (v) =>
    typeof v === 'string' && values.includes(v) ? v : undefined;
const isoDate: Fix = (v) => (typeof v === 'string' && WorkspaceMetaSchema.shape.createdAt.safeParse(v).success ? v : undefined);
const id: Fix = (v) => (typeof v === 'string' && isValidId(v) ? v : undefined);
const order: Fix = (v) => (typeof v === 'string' && v.length >= 1 && v.length <= 256 ? toWellFormed(v) : undefined);
/** Valid, distinct ids, first occurrence kept. */
const idList =
  (max: number): Fix =>
  (v) =>
    Array.isArray(v) ? [...new Set(v.filter((x): x is string => typeof x === 'string' && isValidId(x)))].slice(0, max) : undefined;
const score: Fix = (v) => (typeof v === 'number' && Number.isFinite(v) ? Math.min(EMOTION_MAX, Math.max(EMOTION_MIN, v)) : undefined);
const hexColor: Fix = (v) => (typeof v === 'string' && /^#[0-9a-fA-F]{6}$/.test(v) ? v : undefined);
const photo: Fix = (v) => (typeof v === 'string' && v.length <= 2_000_000 && /^data:image\/(png|jpeg|webp);base64,/.test(v) ? v : undefined);
const channels: Fix = (v) => (Array.isArray(v) ? [...new Set(v.filter((x) => x === 'online' || x === 'offline'))] : undefined);

/** A field: how to fix its value, and its default when it is required (absent: optional, dropped when unfixable). */
interface FieldRule {
  readonly fix: Fix;
  readonly fallback?: (recordId: string, ctx: RepairContext) => unknown;
}
const req = (fix: Fix, fallback: (recordId: string, ctx: RepairContext) => unknown): FieldRule => ({ fix, fallback });
const opt = (fix: Fix): FieldRule => ({ fix });
const empty = () => '';

/**
 * Every field the schemas know, per collection. boardId / stageId / laneId of notes and the
 * references of stages, lanes and emotion points have no default here: `resolveWorkspace`
 * decides where such a record belongs (or drops it), with the whole workspace in view.
 */
const RULES: { readonly [C in Collection]: Readonly<Record<string, FieldRule>> } = {
  boards: {
    kind: req(oneOf(['journey', 'persona']), () => 'journey'),
    title: req(SHORT, empty),
    goal: req(LONG, empty),
    order: req(order, () => DEFAULT_ORDER),
    personaIds: req(idList(100), () => []),
  },
  stages: {
    boardId: opt(id),
    title: req(SHORT, empty),
    order: req(order, () => DEFAULT_ORDER),
    width: req(int(STAGE_MIN_WIDTH, 4000), () => DEFAULT_STAGE_WIDTH),
  },
  lanes: {
    boardId: opt(id),
    kind: req(oneOf(LANE_KINDS), () => 'custom'),
    title: req(SHORT, empty),
    order: req(order, () => DEFAULT_ORDER),
    height: opt(int(LANE_MIN_HEIGHT, 4000)),
  },
  notes: {
    boardId: opt(id),
    stageId: opt(id),
    laneId: opt(id),
    order: req(order, () => DEFAULT_ORDER),
    text: req(LONG, empty),
    color: req(oneOf(NOTE_COLORS), () => 'yellow'),
    width: req(int(NOTE_MIN_SIZE, NOTE_MAX_SIZE), () => DEFAULT_NOTE_WIDTH),
    height: req(int(NOTE_MIN_SIZE, NOTE_MAX_SIZE), () => DEFAULT_NOTE_HEIGHT),
    author: req(SHORT, empty),
    createdAt: req(isoDate, (_id, ctx) => ctx.createdAt),
    channel: opt(oneOf(['online', 'offline'])),
    impact: opt(int(1, 5)),
    metric: opt(SHORT),
    target: opt(SHORT),
    current: opt(SHORT),
    evidence: opt(oneOf(['qualitative', 'quantitative'])),
    personaIds: opt(idList(100)),
  },
  personas: {
    name: req(SHORT, empty),
    order: req(order, () => DEFAULT_ORDER),
    color: req(hexColor, () => '#1c7ed6'),
    role: req(SHORT, empty),
    age: req(SHORT, empty),
    quote: req(LONG, empty),
    demographics: req(LONG, empty),
    goals: req(LONG, empty),
    needs: req(LONG, empty),
    frustrations: req(LONG, empty),
    behaviours: req(LONG, empty),
    motivations: req(LONG, empty),
    channels: req(channels, () => []),
    photo: opt(photo),
  },
  emotions: {
    boardId: opt(id),
    stageId: opt(id),
    personaId: opt(id),
    score: req(score, () => 0),
    label: req(SHORT, empty),
  },
};

/** A value with every lone surrogate replaced, deep (unknown fields a newer version added too). */
export function wellFormedDeep(value: unknown): unknown {
  if (typeof value === 'string') return toWellFormed(value);
  if (Array.isArray(value)) return value.map(wellFormedDeep);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (!FORBIDDEN_KEYS.has(k)) out[toWellFormed(k)] = wellFormedDeep(v);
    return out;
  }
  return value;
}

/** True when no string in `value` (keys included) holds a lone surrogate. Runs over every record read: no allocations. */
export function allWellFormed(value: unknown): boolean {
  if (typeof value === 'string') return isWellFormed(value);
  if (value === null || typeof value !== 'object') return true;
  if (Array.isArray(value)) {
    for (const item of value) if (!allWellFormed(item)) return false;
    return true;
  }
  for (const key in value) {
    if (!isWellFormed(key) || !allWellFormed((value as Record<string, unknown>)[key])) return false;
  }
  return true;
}

/**
 * One record made valid on its own (references are checked later, with the whole workspace).
 * `fields` are the plain stored fields; the result is a new object when anything changed.
 * Null only when the key itself is not a usable id.
 */
export function repairRecord<C extends Collection>(collection: C, recordId: string, fields: Record<string, unknown>, ctx: RepairContext): RecordOf[C] | null {
  const loose = repairRecordLoose(collection, recordId, fields, ctx);
  if (!loose || loose === fields) return loose;
  // Still missing a reference it cannot have a default for (its board, stage or lane): only
  // the whole workspace can place it (resolveWorkspace).
  return RECORD_SCHEMAS[collection].safeParse(loose).success ? loose : null;
}

/**
 * Like `repairRecord`, but a record may still lack its references (boardId, stageId, laneId):
 * `resolveWorkspace` places it. The same object when nothing needed repair.
 */
export function repairRecordLoose<C extends Collection>(collection: C, recordId: string, fields: Record<string, unknown>, ctx: RepairContext): RecordOf[C] | null {
  if (!isValidId(recordId)) return null;
  const schema = RECORD_SCHEMAS[collection];
  if (fields.id === recordId && allWellFormed(fields)) {
    const parsed = schema.safeParse(fields);
    if (parsed.success) return fields as RecordOf[C];
  }
  const out = wellFormedDeep(fields) as Record<string, unknown>;
  out.id = recordId;
  for (const [key, rule] of Object.entries(RULES[collection])) {
    const value = out[key] === undefined ? undefined : rule.fix(out[key]);
    if (value !== undefined) out[key] = value;
    else if (rule.fallback) out[key] = rule.fallback(recordId, ctx);
    else delete out[key];
  }
  return out as RecordOf[C];
}

/** The workspace's own fields made valid: defaults derived from the other fields (locale, dates). */
export function repairMeta(fields: Record<string, unknown>): WorkspaceMeta {
  if (allWellFormed(fields)) {
    const parsed = WorkspaceMetaSchema.safeParse(fields);
    if (parsed.success) return parsed.data;
  }
  const out = wellFormedDeep(fields) as Record<string, unknown>;
  // An open value: a tag this app has no UI for ("de", "pt-BR") is kept; only a broken one is replaced.
  const locale = isLocaleTag(out.locale) ? out.locale : 'en';
  const createdAt = isoDate(out.createdAt) as string | undefined;
  const modifiedAt = isoDate(out.modifiedAt) as string | undefined;
  out.locale = locale;
  out.title = SHORT(out.title) ?? WORKSPACE_TITLE[resolveLocale(locale)];
  out.goal = LONG(out.goal) ?? '';
  out.createdAt = createdAt ?? modifiedAt ?? EPOCH;
  out.modifiedAt = modifiedAt ?? createdAt ?? EPOCH;
  return out as WorkspaceMeta;
}

export function contextOf(meta: WorkspaceMeta): RepairContext {
  return { locale: resolveLocale(meta.locale), createdAt: meta.createdAt };
}

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

/** The record itself when all its text is well-formed, else a cleaned copy. */
export function wellFormedRecord<T>(record: T): T {
  return allWellFormed(record) ? record : (wellFormedDeep(record) as T);
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
