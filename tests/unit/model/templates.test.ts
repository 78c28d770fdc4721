import { describe, expect, it } from 'vitest';
import {
  LANE_DEFAULT_COLOR,
  LANE_TITLES,
  LOCALES,
  STANDARD_LANES,
  TEMPLATE_IDS,
  WorkspaceSnapshotSchema,
  byOrder,
  journeyBoardFromTemplate,
  makeNote,
  newWorkspace,
  sampleWorkspace,
  type BoardParts,
  type Locale,
  type TemplateId,
  type WorkspaceSnapshot,
} from '../../../shared/model';

const NOW = '2025-03-01T09:00:00.000Z';

const stageTitles = (parts: BoardParts) => [...parts.stages].sort(byOrder).map((s) => s.title);
const laneKinds = (parts: BoardParts) => [...parts.lanes].sort(byOrder).map((l) => l.kind);

function asSnapshot(parts: BoardParts, locale: Locale): WorkspaceSnapshot {
  return {
    workspace: { title: 'T', goal: '', locale, createdAt: NOW, modifiedAt: NOW },
    boards: [parts.board],
    stages: parts.stages,
    lanes: parts.lanes,
    notes: parts.notes,
    personas: [],
    emotions: parts.emotions,
  };
}

describe('journey templates', () => {
  it('end-to-end (5) has the five stages of DOMAIN.md, in order, in every locale', () => {
    expect(stageTitles(journeyBoardFromTemplate('endToEnd5', 'en', 'a0'))).toEqual([
      'Awareness',
      'Consideration',
      'Purchase',
      'Retention',
      'Advocacy',
    ]);
    expect(stageTitles(journeyBoardFromTemplate('endToEnd5', 'id', 'a0'))).toEqual([
      'Kesadaran',
      'Pertimbangan',
      'Pembelian',
      'Retensi',
      'Advokasi',
    ]);
    expect(stageTitles(journeyBoardFromTemplate('endToEnd5', 'ru', 'a0'))).toEqual([
      'Осведомленность',
      'Рассмотрение',
      'Покупка',
      'Удержание',
      'Адвокация',
    ]);
  });

  it('buying process (3) is Awareness, Consideration, Decision in every locale', () => {
    expect(stageTitles(journeyBoardFromTemplate('buying3', 'en', 'a0'))).toEqual(['Awareness', 'Consideration', 'Decision']);
    expect(stageTitles(journeyBoardFromTemplate('buying3', 'id', 'a0'))).toEqual(['Kesadaran', 'Pertimbangan', 'Keputusan']);
    expect(stageTitles(journeyBoardFromTemplate('buying3', 'ru', 'a0'))).toEqual(['Осведомленность', 'Рассмотрение', 'Решение']);
  });

  it.each(['endToEnd5', 'buying3'] as const)('%s starts with the standard lanes, top to bottom, titled in the locale', (template) => {
    for (const locale of LOCALES) {
      const parts = journeyBoardFromTemplate(template, locale, 'a0');
      expect(laneKinds(parts)).toEqual([
        'actions',
        'touchpoints',
        'emotions',
        'painPoints',
        'momentsOfTruth',
        'opportunities',
        'kpis',
        'insights',
      ]);
      expect([...parts.lanes].sort(byOrder).map((l) => l.title)).toEqual(STANDARD_LANES.map((k) => LANE_TITLES[locale][k]));
    }
    expect(journeyBoardFromTemplate(template, 'en', 'a0').lanes.sort(byOrder)[0]!.title).toBe('Customer actions');
    expect(journeyBoardFromTemplate(template, 'ru', 'a0').lanes.sort(byOrder)[1]!.title).toBe('Точки контакта');
  });

  it('the blank board has one stage and one free lane, and no notes', () => {
    const parts = journeyBoardFromTemplate('blank', 'en', 'a0');
    expect(stageTitles(parts)).toEqual(['Stage 1']);
    expect(laneKinds(parts)).toEqual(['custom']);
    expect(parts.notes).toEqual([]);
    expect(stageTitles(journeyBoardFromTemplate('blank', 'id', 'a0'))).toEqual(['Tahap 1']);
    expect(stageTitles(journeyBoardFromTemplate('blank', 'ru', 'a0'))).toEqual(['Этап 1']);
  });

  it('every stage and lane belongs to the new board, and the given order and title are used', () => {
    const parts = journeyBoardFromTemplate('endToEnd5', 'en', 'a5', 'Checkout journey');
    expect(parts.board).toMatchObject({ kind: 'journey', order: 'a5', title: 'Checkout journey', personaIds: [] });
    for (const record of [...parts.stages, ...parts.lanes]) expect(record.boardId).toBe(parts.board.id);
    const ids = [parts.board.id, ...parts.stages.map((s) => s.id), ...parts.lanes.map((l) => l.id)];
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('two boards from the same template get different ids (no clash when both are in one workspace)', () => {
    const a = journeyBoardFromTemplate('buying3', 'en', 'a0');
    const b = journeyBoardFromTemplate('buying3', 'en', 'a1');
    const idsA = new Set([a.board.id, ...a.stages.map((s) => s.id), ...a.lanes.map((l) => l.id)]);
    for (const id of [b.board.id, ...b.stages.map((s) => s.id), ...b.lanes.map((l) => l.id)]) expect(idsA.has(id)).toBe(false);
  });

  it.each(TEMPLATE_IDS.flatMap((t) => LOCALES.map((l) => [t, l] as [TemplateId, Locale])))(
    'template %s (%s) validates as a workspace',
    (template, locale) => {
      const result = WorkspaceSnapshotSchema.safeParse(asSnapshot(journeyBoardFromTemplate(template, locale, 'a0'), locale));
      expect(result.error?.issues).toBeUndefined();
      expect(result.success).toBe(true);
    },
  );

  it.each(LOCALES)('a new workspace (%s) is one valid 5-stage journey board', (locale) => {
    const ws = newWorkspace(locale, NOW);
    expect(WorkspaceSnapshotSchema.safeParse(ws).success).toBe(true);
    expect(ws.boards).toHaveLength(1);
    expect(ws.stages).toHaveLength(5);
    expect(ws.workspace.locale).toBe(locale);
    expect(ws.workspace.title).not.toBe('');
  });
});

describe('makeNote', () => {
  const base = { boardId: 'b', stageId: 's', laneId: 'l', order: 'a0', author: 'Ana', now: NOW };

  it('gives each lane kind its own default colour', () => {
    expect(makeNote({ ...base, laneKind: 'painPoints' }).color).toBe('red');
    expect(makeNote({ ...base, laneKind: 'opportunities' }).color).toBe('green');
    expect(makeNote({ ...base, laneKind: 'actions' }).color).toBe(LANE_DEFAULT_COLOR.actions);
    expect(LANE_DEFAULT_COLOR.painPoints).not.toBe(LANE_DEFAULT_COLOR.opportunities);
  });

  it('touchpoints get a channel and an impact; other kinds do not', () => {
    expect(makeNote({ ...base, laneKind: 'touchpoints' })).toMatchObject({ channel: 'online', impact: 3 });
    const action = makeNote({ ...base, laneKind: 'actions' });
    expect('channel' in action).toBe(false);
    expect('impact' in action).toBe(false);
  });

  it('insight notes start as qualitative evidence', () => {
    expect(makeNote({ ...base, laneKind: 'insights' }).evidence).toBe('qualitative');
  });
});

describe('sample workspace', () => {
  it.each(LOCALES)('validates against the workspace schema (%s)', (locale) => {
    const result = WorkspaceSnapshotSchema.safeParse(sampleWorkspace(locale, NOW));
    expect(result.error?.issues).toBeUndefined();
  });

  const sample = sampleWorkspace('en', NOW);
  const journey = sample.boards.find((b) => b.kind === 'journey')!;
  const tim = sample.personas.find((p) => p.name === 'Tech-Savvy Tim');
  const trudy = sample.personas.find((p) => p.name === 'Traditional Trudy');

  it('has the two personas of the articles, both walking the journey', () => {
    expect(tim).toBeDefined();
    expect(trudy).toBeDefined();
    expect(journey.personaIds).toEqual(expect.arrayContaining([tim!.id, trudy!.id]));
    const personaBoard = sample.boards.find((b) => b.kind === 'persona');
    expect(personaBoard?.personaIds).toEqual(expect.arrayContaining([tim!.id, trudy!.id]));
  });

  it('gives each persona one emotion point per stage of the journey', () => {
    const stageIds = sample.stages.filter((s) => s.boardId === journey.id).map((s) => s.id);
    expect(stageIds).toHaveLength(5);
    for (const persona of [tim!, trudy!]) {
      const points = sample.emotions.filter((e) => e.personaId === persona.id && e.boardId === journey.id);
      expect(points.map((p) => p.stageId).sort()).toEqual([...stageIds].sort());
    }
  });

  it('draws a different curve for each persona', () => {
    const stages = sample.stages.filter((s) => s.boardId === journey.id).sort(byOrder);
    const curve = (personaId: string) =>
      stages.map((s) => sample.emotions.find((e) => e.personaId === personaId && e.stageId === s.id)!.score);
    expect(curve(tim!.id)).not.toEqual(curve(trudy!.id));
    expect(tim!.color).not.toBe(trudy!.color);
  });

  it('has notes in cells of the journey, sorted distinctly inside each cell', () => {
    const stageIds = new Set(sample.stages.map((s) => s.id));
    const laneIds = new Set(sample.lanes.map((l) => l.id));
    expect(sample.notes.length).toBeGreaterThan(5);
    for (const note of sample.notes) {
      expect(note.boardId).toBe(journey.id);
      expect(stageIds.has(note.stageId)).toBe(true);
      expect(laneIds.has(note.laneId)).toBe(true);
    }
    const cells = new Map<string, string[]>();
    for (const note of sample.notes) {
      const key = `${note.stageId}/${note.laneId}`;
      cells.set(key, [...(cells.get(key) ?? []), note.order]);
    }
    for (const orders of cells.values()) expect(new Set(orders).size).toBe(orders.length);
  });

  it('persona links in notes point at existing personas', () => {
    const personaIds = new Set(sample.personas.map((p) => p.id));
    for (const note of sample.notes) for (const id of note.personaIds ?? []) expect(personaIds.has(id)).toBe(true);
  });
});
