import { describe, expect, it } from 'vitest';
import { byOrder, LOCALES, sampleWorkspace, type Locale, type Note, type WorkspaceSnapshot } from '../../../shared/model';
import { fitNoteText } from '../../../shared/layout/text-fit';
import { LANE_TITLES, STAGE_TITLES } from '../../../shared/model/templates';
import { hasNoteFooter } from '../../../renderer/src/board/lod-text';

/**
 * "Open sample" in Russian or Indonesian gives a board written in that language: the same
 * notes in the same cells, with words a Russian or Indonesian facilitator would write.
 */
const NOW = '2026-03-01T09:00:00.000Z';
const samples = Object.fromEntries(LOCALES.map((l) => [l, sampleWorkspace(l, NOW)])) as Record<Locale, WorkspaceSnapshot>;

/** Where everything sits, with the words left out: ids are fresh per build, so records are named by position. */
function shape(s: WorkspaceSnapshot) {
  const boards = [...s.boards].sort(byOrder);
  const journey = boards.find((b) => b.kind === 'journey')!;
  const stages = s.stages.filter((x) => x.boardId === journey.id).sort(byOrder);
  const lanes = s.lanes.filter((x) => x.boardId === journey.id).sort(byOrder);
  const personas = [...s.personas].sort(byOrder);
  const personaIndex = (id: string) => personas.findIndex((p) => p.id === id);
  const stageIndex = (id: string) => stages.findIndex((x) => x.id === id);
  return {
    boards: boards.map((b) => [b.kind, b.personaIds.map(personaIndex)]),
    stages: stages.map((x) => x.width),
    lanes: lanes.map((l) => [l.kind, l.height, l.color]),
    personas: personas.map((p) => [p.color, p.age, p.channels]),
    notes: s.notes
      .map((n) => [stageIndex(n.stageId), lanes.findIndex((l) => l.id === n.laneId), n.order, n.width, n.height, n.color, n.channel, n.impact, n.evidence, n.target !== undefined, n.current !== undefined, (n.personaIds ?? []).map(personaIndex)])
      .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
    emotions: s.emotions.map((e) => [stageIndex(e.stageId), personaIndex(e.personaId!), e.score]).sort(),
  };
}

const CYRILLIC = /[А-Яа-яЁё]/;
const LATIN_WORD = /[A-Za-z]{2,}/;
/** Latin letters a Russian text may still carry: the KPI abbreviation, IT. */
const RU_LATIN_OK = /\b(?:KPI|IT)\b/g;

/** Every piece of the sample a person reads: titles, goal, persona fields, notes, feelings. */
function words(s: WorkspaceSnapshot): [string, string][] {
  const out: [string, string][] = [['workspace title', s.workspace.title], ['workspace goal', s.workspace.goal ?? '']];
  for (const b of s.boards) out.push([`board ${b.kind}`, b.title]);
  for (const st of s.stages) out.push(['stage', st.title]);
  for (const l of s.lanes) out.push([`lane ${l.kind}`, l.title]);
  for (const p of s.personas)
    for (const field of ['name', 'role', 'quote', 'demographics', 'goals', 'needs', 'frustrations', 'behaviours', 'motivations'] as const) out.push([`persona ${field}`, p[field] ?? '']);
  for (const n of s.notes) {
    out.push(['note', n.text]);
    if (n.metric) out.push(['KPI metric', n.metric]);
  }
  for (const e of s.emotions) out.push(['feeling', e.label ?? '']);
  for (const n of s.notes) out.push(['author', n.author]);
  return out;
}

describe('the sample in the UI language', () => {
  it('has the same boards, stages, lanes, notes, personas and curve points in en, id and ru', () => {
    const en = shape(samples.en);
    expect(en.notes).toHaveLength(15);
    expect(en.stages).toHaveLength(5);
    expect(en.emotions).toHaveLength(10);
    expect(shape(samples.id)).toEqual(en);
    expect(shape(samples.ru)).toEqual(en);
  });

  it('takes its stage and lane names from the template in that language', () => {
    for (const locale of LOCALES) {
      const s = samples[locale];
      expect(s.stages.sort(byOrder).map((x) => x.title)).toEqual(STAGE_TITLES.endToEnd5[locale]);
      for (const lane of s.lanes) expect(lane.title).toBe(LANE_TITLES[locale][lane.kind]);
    }
  });

  it('leaves no English in the Russian sample: Cyrillic in every text, no Latin words', () => {
    for (const [where, text] of words(samples.ru)) {
      expect(text, `${where} is empty`).not.toBe('');
      // The KPI lane is "KPI" in Russian too (the template's name); everything else is in Cyrillic.
      if (text !== 'KPI') expect(CYRILLIC.test(text), `${where} "${text}" has no Cyrillic`).toBe(true);
      expect(LATIN_WORD.test(text.replace(RU_LATIN_OK, '')), `${where} "${text}" has a Latin word`).toBe(false);
    }
  });

  it('writes the Indonesian sample in Indonesian: no text equal to its English counterpart', () => {
    const en = words(samples.en);
    const id = words(samples.id);
    expect(id).toHaveLength(en.length);
    const same = id.filter(([, text], i) => text === en[i]![1] && text !== 'KPI');
    expect(same).toEqual([]);
  });

  it('Russian and Indonesian texts differ from one another and from English in every note', () => {
    const byCell = (s: WorkspaceSnapshot) => new Map(s.notes.map((n) => [`${n.order}|${s.stages.findIndex((x) => x.id === n.stageId)}|${s.lanes.find((l) => l.id === n.laneId)!.kind}`, n.text]));
    const [en, id, ru] = [byCell(samples.en), byCell(samples.id), byCell(samples.ru)];
    for (const [cell, text] of en) {
      expect(id.get(cell), cell).not.toBe(text);
      expect(ru.get(cell), cell).not.toBe(text);
      expect(ru.get(cell), cell).not.toBe(id.get(cell));
    }
  });

  it.each(LOCALES)('every note text fits its sticky whole at the screen floor (%s)', (locale) => {
    const cut = samples[locale].notes.filter((n: Note) => fitNoteText(n.text, { width: n.width, height: n.height }, hasNoteFooter(n)).cut).map((n) => n.text);
    expect(cut).toEqual([]);
  });

  it.each(LOCALES)('no word is broken across lines on a sticky (%s)', (locale) => {
    for (const n of samples[locale].notes) {
      const fit = fitNoteText(n.text, { width: n.width, height: n.height }, hasNoteFooter(n));
      const drawnWords = fit.lines.join(' ').split(/\s+/).filter(Boolean);
      expect(drawnWords, n.text).toEqual(n.text.split(/\s+/).filter(Boolean));
    }
  });
});
