import { newId } from './ids';
import { LANE_DEFAULT_COLOR, type LaneKind } from './lanes';
import { ordersBetween } from './order';
import type { Board, EmotionPoint, Lane, Locale, Note, Stage, WorkspaceMeta, WorkspaceSnapshot } from './schema';

export const TEMPLATE_IDS = ['endToEnd5', 'buying3', 'blank'] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

/** Stage names from the source articles (DOMAIN.md, "Stages"). */
export const STAGE_TITLES: Record<Exclude<TemplateId, 'blank'>, Record<Locale, readonly string[]>> = {
  endToEnd5: {
    en: ['Awareness', 'Consideration', 'Purchase', 'Retention', 'Advocacy'],
    id: ['Kesadaran', 'Pertimbangan', 'Pembelian', 'Retensi', 'Advokasi'],
    ru: ['Осведомленность', 'Рассмотрение', 'Покупка', 'Удержание', 'Адвокация'],
  },
  buying3: {
    en: ['Awareness', 'Consideration', 'Decision'],
    id: ['Kesadaran', 'Pertimbangan', 'Keputusan'],
    ru: ['Осведомленность', 'Рассмотрение', 'Решение'],
  },
};

export const LANE_TITLES: Record<Locale, Record<LaneKind, string>> = {
  en: {
    actions: 'Customer actions',
    touchpoints: 'Touchpoints',
    emotions: 'Emotions',
    painPoints: 'Pain points',
    momentsOfTruth: 'Moments of truth',
    opportunities: 'Opportunities',
    kpis: 'KPIs',
    goals: 'Goals',
    insights: 'Data & insights',
    custom: 'Notes',
  },
  id: {
    actions: 'Tindakan pelanggan',
    touchpoints: 'Titik kontak',
    emotions: 'Emosi',
    painPoints: 'Titik masalah',
    momentsOfTruth: 'Momen kebenaran',
    opportunities: 'Peluang',
    kpis: 'KPI',
    goals: 'Tujuan',
    insights: 'Data & wawasan',
    custom: 'Catatan',
  },
  ru: {
    actions: 'Действия клиента',
    touchpoints: 'Точки контакта',
    emotions: 'Эмоции',
    painPoints: 'Болевые точки',
    momentsOfTruth: 'Моменты истины',
    opportunities: 'Возможности',
    kpis: 'KPI',
    goals: 'Цели',
    insights: 'Данные и инсайты',
    custom: 'Заметки',
  },
};

/** The lanes every journey template starts with, top to bottom. */
export const STANDARD_LANES: readonly LaneKind[] = [
  'actions',
  'touchpoints',
  'emotions',
  'painPoints',
  'momentsOfTruth',
  'opportunities',
  'kpis',
  'insights',
];

export const BOARD_TITLES: Record<TemplateId, Record<Locale, string>> = {
  endToEnd5: { en: 'End-to-end journey', id: 'Perjalanan end-to-end', ru: 'Сквозной путь клиента' },
  buying3: { en: 'Buying process', id: 'Proses pembelian', ru: 'Процесс покупки' },
  blank: { en: 'Journey', id: 'Perjalanan', ru: 'Путь клиента' },
};

export const WORKSPACE_TITLE: Record<Locale, string> = {
  en: 'Untitled workspace',
  id: 'Ruang kerja tanpa judul',
  ru: 'Без названия',
};

export const DEFAULT_STAGE_WIDTH = 280;
export const DEFAULT_NOTE_WIDTH = 160;
export const DEFAULT_NOTE_HEIGHT = 110;

/** Records of one new journey board. */
export interface BoardParts {
  board: Board;
  stages: Stage[];
  lanes: Lane[];
  notes: Note[];
  emotions: EmotionPoint[];
}

export function journeyBoardFromTemplate(template: TemplateId, locale: Locale, order: string, title?: string): BoardParts {
  const boardId = newId();
  const stageTitles = template === 'blank' ? [locale === 'ru' ? 'Этап 1' : locale === 'id' ? 'Tahap 1' : 'Stage 1'] : STAGE_TITLES[template][locale];
  const laneKinds: readonly LaneKind[] = template === 'blank' ? ['custom'] : STANDARD_LANES;
  const stageOrders = ordersBetween(null, null, stageTitles.length);
  const laneOrders = ordersBetween(null, null, laneKinds.length);
  return {
    board: { id: boardId, kind: 'journey', title: title ?? BOARD_TITLES[template][locale], goal: '', order, personaIds: [] },
    stages: stageTitles.map((t, i) => ({ id: newId(), boardId, title: t, order: stageOrders[i]!, width: DEFAULT_STAGE_WIDTH })),
    lanes: laneKinds.map((kind, i) => ({ id: newId(), boardId, kind, title: LANE_TITLES[locale][kind], order: laneOrders[i]! })),
    notes: [],
    emotions: [],
  };
}

export function emptyMeta(locale: Locale, now: string, title?: string): WorkspaceMeta {
  return { title: title ?? WORKSPACE_TITLE[locale], goal: '', locale, createdAt: now, modifiedAt: now };
}

/** The embedded default: a new workspace with the 5-stage end-to-end journey. */
export function newWorkspace(locale: Locale, now: string): WorkspaceSnapshot {
  const parts = journeyBoardFromTemplate('endToEnd5', locale, ordersBetween(null, null, 1)[0]!);
  return {
    workspace: emptyMeta(locale, now),
    boards: [parts.board],
    stages: parts.stages,
    lanes: parts.lanes,
    notes: parts.notes,
    personas: [],
    emotions: parts.emotions,
  };
}

/** A new note with the defaults of its lane's kind. */
export function makeNote(fields: {
  boardId: string;
  stageId: string;
  laneId: string;
  laneKind: LaneKind;
  order: string;
  text?: string;
  author: string;
  now: string;
}): Note {
  const note: Note = {
    id: newId(),
    boardId: fields.boardId,
    stageId: fields.stageId,
    laneId: fields.laneId,
    order: fields.order,
    text: fields.text ?? '',
    color: LANE_DEFAULT_COLOR[fields.laneKind],
    width: DEFAULT_NOTE_WIDTH,
    height: DEFAULT_NOTE_HEIGHT,
    author: fields.author,
    createdAt: fields.now,
  };
  if (fields.laneKind === 'touchpoints') {
    note.channel = 'online';
    note.impact = 3;
  }
  if (fields.laneKind === 'insights') note.evidence = 'qualitative';
  return note;
}
