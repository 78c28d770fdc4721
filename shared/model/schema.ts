import { z } from 'zod';
import { FORBIDDEN_KEYS, isValidId } from './ids';
import { LANE_KINDS, NOTE_COLORS } from './lanes';

/**
 * Runtime schemas for every record the workspace saves. Types are derived from them.
 * Objects are `looseObject`: fields a newer app version (or another tool) added are kept
 * and written back, never dropped.
 */

import { LOCALE_TAG, LOCALE_TAG_MAX } from './locale';
export { LOCALES, type Locale } from './locale';

export const IdSchema = z.string().refine(isValidId, { message: 'must be 1–64 letters, digits, "_" or "-"' });
const IsoDate = z.iso.datetime({ offset: true });
/** Fractional-index order key (see shared/model/order.ts). */
const OrderKey = z.string().min(1).max(256);
const ShortText = z.string().max(500);
const LongText = z.string().max(20_000);

export const NOTE_MIN_SIZE = 80;
export const NOTE_MAX_SIZE = 480;
const NoteSize = z.number().int().min(NOTE_MIN_SIZE).max(NOTE_MAX_SIZE);

export const WorkspaceMetaSchema = z.looseObject({
  title: ShortText,
  goal: LongText,
  /** The workspace's language, any BCP 47 tag (one the UI lacks reads as English, and is kept). */
  locale: z.string().max(LOCALE_TAG_MAX).regex(LOCALE_TAG),
  createdAt: IsoDate,
  modifiedAt: IsoDate,
});

export const BoardSchema = z.looseObject({
  id: IdSchema,
  kind: z.enum(['journey', 'persona']),
  title: ShortText,
  /** The map's goal, shown on the board (DOMAIN.md: "a clear goal for the map"). */
  goal: LongText,
  order: OrderKey,
  /** Personas walking this journey, in legend order. */
  personaIds: z.array(IdSchema).max(100),
});

export const STAGE_MIN_WIDTH = 200;
export const StageSchema = z.looseObject({
  id: IdSchema,
  boardId: IdSchema,
  title: ShortText,
  order: OrderKey,
  width: z.number().int().min(STAGE_MIN_WIDTH).max(4000),
});

export const LANE_MIN_HEIGHT = 80;
export const LaneSchema = z.looseObject({
  id: IdSchema,
  boardId: IdSchema,
  kind: z.enum(LANE_KINDS),
  title: ShortText,
  order: OrderKey,
  /** The lane's minimum height, set by dragging its lower edge; notes still make it taller. */
  height: z.number().int().min(LANE_MIN_HEIGHT).max(4000).optional(),
});

export const NoteSchema = z.looseObject({
  id: IdSchema,
  boardId: IdSchema,
  stageId: IdSchema,
  laneId: IdSchema,
  /** Place among the notes of its cell. */
  order: OrderKey,
  text: LongText,
  color: z.enum(NOTE_COLORS),
  width: NoteSize,
  height: NoteSize,
  author: ShortText,
  createdAt: IsoDate,
  /** Touchpoints: where it happens and how much it matters (1 low … 5 high). */
  channel: z.enum(['online', 'offline']).optional(),
  impact: z.number().int().min(1).max(5).optional(),
  /** KPI notes. */
  metric: ShortText.optional(),
  target: ShortText.optional(),
  current: ShortText.optional(),
  /** Data / insight notes: the kind of evidence behind them. */
  evidence: z.enum(['qualitative', 'quantitative']).optional(),
  personaIds: z.array(IdSchema).max(100).optional(),
  /** Facilitation (docs/FACILITATION.md): the author's participant id, and the private-writing round it was written in. */
  authorId: IdSchema.optional(),
  privateRound: IdSchema.optional(),
});

export const PersonaSchema = z.looseObject({
  id: IdSchema,
  name: ShortText,
  order: OrderKey,
  /** Curve and tag colour, a CSS hex colour. */
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/),
  role: ShortText,
  age: ShortText,
  quote: LongText,
  demographics: LongText,
  goals: LongText,
  needs: LongText,
  frustrations: LongText,
  behaviours: LongText,
  motivations: LongText,
  channels: z.array(z.enum(['online', 'offline'])).max(2),
  /** A downscaled image as a data: URL, stored inside the workspace. */
  photo: z
    .string()
    .max(2_000_000)
    .regex(/^data:image\/(png|jpeg|webp);base64,/)
    .optional(),
});

export const EMOTION_MIN = -2;
export const EMOTION_MAX = 2;
export const EmotionPointSchema = z.looseObject({
  id: IdSchema,
  boardId: IdSchema,
  stageId: IdSchema,
  /** Whose curve; absent for the board's own (persona-less) curve. */
  personaId: IdSchema.optional(),
  score: z.number().min(EMOTION_MIN).max(EMOTION_MAX),
  label: ShortText,
});

export type WorkspaceMeta = z.infer<typeof WorkspaceMetaSchema>;
export type Board = z.infer<typeof BoardSchema>;
export type Stage = z.infer<typeof StageSchema>;
export type Lane = z.infer<typeof LaneSchema>;
export type Note = z.infer<typeof NoteSchema>;
export type Persona = z.infer<typeof PersonaSchema>;
export type EmotionPoint = z.infer<typeof EmotionPointSchema>;

/** The record collections, in the order the file lists them. */
export const COLLECTIONS = ['boards', 'stages', 'lanes', 'notes', 'personas', 'emotions'] as const;
export type Collection = (typeof COLLECTIONS)[number];

export interface RecordOf {
  boards: Board;
  stages: Stage;
  lanes: Lane;
  notes: Note;
  personas: Persona;
  emotions: EmotionPoint;
}

export const RECORD_SCHEMAS = {
  boards: BoardSchema,
  stages: StageSchema,
  lanes: LaneSchema,
  notes: NoteSchema,
  personas: PersonaSchema,
  emotions: EmotionPointSchema,
} as const satisfies { [C in Collection]: z.ZodType<RecordOf[C]> };

/**
 * The readable snapshot: the whole workspace as plain JSON, records as arrays in a stable
 * order (see `sortSnapshot`). It is what `.journey` files show people and other tools.
 */
export const WorkspaceSnapshotSchema = z.object({
  workspace: WorkspaceMetaSchema,
  boards: z.array(BoardSchema),
  stages: z.array(StageSchema),
  lanes: z.array(LaneSchema),
  notes: z.array(NoteSchema),
  personas: z.array(PersonaSchema),
  emotions: z.array(EmotionPointSchema),
});
export type WorkspaceSnapshot = z.infer<typeof WorkspaceSnapshotSchema>;

/** True when any object key anywhere in `value` could reach a prototype. */
export function findForbiddenKey(value: unknown, path: string[] = []): string[] | null {
  if (value === null || typeof value !== 'object') return null;
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) return [...path, key];
    const found = findForbiddenKey((value as Record<string, unknown>)[key], [...path, key]);
    if (found) return found;
  }
  return null;
}
