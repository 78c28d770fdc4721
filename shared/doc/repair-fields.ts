import {
  DEFAULT_STAGE_WIDTH,
  EMOTION_MAX,
  EMOTION_MIN,
  isValidId,
  LANE_KINDS,
  LANE_MIN_HEIGHT,
  isLocaleTag,
  resolveLocale,
  NOTE_COLORS,
  NOTE_MAX_SIZE,
  NOTE_MIN_SIZE,
  RECORD_SCHEMAS,
  STAGE_MIN_WIDTH,
  toWellFormed,
  WORKSPACE_TITLE,
  WorkspaceMetaSchema,
  type Collection,
  type Locale,
  type RecordOf,
  type WorkspaceMeta,
} from '../model';
import { allWellFormed, clipText, wellFormedDeep } from './repair-text';

/**
 * Each record made valid on its own (repair-rules.ts): every field the schemas know gets a
 * fixer, and required ones a default derived only from the record's id and the workspace's
 * own fields. References between records are resolved in repair-references.ts.
 */

/** The time a record gets when it has none and nothing else gives one. */
export const EPOCH = '1970-01-01T00:00:00.000Z';
/** The order key a record gets when it has none: ties sort by id (byOrder), the same everywhere. */
export const DEFAULT_ORDER = 'a0';
const DEFAULT_NOTE_WIDTH = 160;
const DEFAULT_NOTE_HEIGHT = 110;

/** What record defaults may depend on: the workspace's own (already repaired) fields. */
export interface RepairContext {
  readonly locale: Locale;
  readonly createdAt: string;
}
export const DEFAULT_CONTEXT: RepairContext = { locale: 'en', createdAt: EPOCH };

// ─── Field fixers: the value made valid, or undefined when nothing valid can be made of it ───

type Fix = (value: unknown) => unknown;

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
