import { describe, expect, it } from 'vitest';
import { candidateNoteText, lowestPoints, painHeat, rankVotes, stageFindings, stageGaps } from '../../../shared/insights/insights';
import { translatorFor } from '../../../shared/i18n';
import { sampleJourney } from '../present/sample-records';

const { snapshot, boardId, records } = sampleJourney();
const emotions = snapshot.emotions.filter((e) => e.boardId === boardId);
const personas = snapshot.personas;
const laneOf = (kind: string) => records.lanes.find((l) => l.kind === kind)!;

describe('journey insights of the sample journey', () => {
  it('counts pain points per stage for the heat strip (the hottest stage at 1)', () => {
    const heat = painHeat(records);
    expect(heat.map((h) => h.count)).toEqual([0, 1, 1, 0, 0]);
    expect(heat.map((h) => h.level)).toEqual([0, 1, 1, 0, 0]);
    // An empty pain-point note is not a pain point; a second one makes its stage the hottest.
    const more = { ...records, notes: [...records.notes, { ...records.notes.find((n) => n.laneId === laneOf('painPoints').id)!, id: 'x1', stageId: records.stages[2]!.id, order: 'z' }, { ...records.notes[0]!, id: 'x2', laneId: laneOf('painPoints').id, text: '  ' }] };
    expect(painHeat(more).map((h) => h.level)).toEqual([0, 0.5, 1, 0, 0]);
  });

  it('flags stages with no touchpoint, no KPI or no moment of truth', () => {
    const gaps = stageGaps(records).map((g) => g.missing);
    expect(gaps[0]).toEqual(['kpis', 'momentsOfTruth']);
    expect(gaps[2]).toEqual(['touchpoints']);
    expect(gaps[4]).toEqual(['touchpoints', 'kpis', 'momentsOfTruth']);
  });

  it('offers each persona’s lowest curve points as candidate moments of truth', () => {
    const candidates = lowestPoints(records, emotions, personas, 'Everyone');
    expect(candidates.map((c) => [c.personaName, c.stageTitle, c.score, c.label, c.marked])).toEqual([
      ['Tech-Savvy Tim', records.stages[2]!.title, -1, 'annoyed', true],
      ['Traditional Trudy', records.stages[3]!.title, -2, 'frustrated', false],
    ]);
    // Ties: every stage at the minimum is offered; a curve that never dips offers nothing.
    const tied = emotions.map((e) => (e.personaId === personas[0]!.id && e.stageId === records.stages[0]!.id ? { ...e, score: -1 } : e));
    expect(lowestPoints(records, tied, personas, 'Everyone').filter((c) => c.personaId === personas[0]!.id).map((c) => c.stageId)).toEqual([records.stages[0]!.id, records.stages[2]!.id]);
    const happy = emotions.map((e) => ({ ...e, score: Math.abs(e.score) }));
    expect(lowestPoints(records, happy, personas, 'Everyone')).toEqual([]);
    expect(candidateNoteText(candidates[1]!)).toEqual({ key: 'insights.candidate.note', params: { persona: 'Traditional Trudy', label: 'frustrated' } });
  });

  it('ranks vote results, ties sharing a rank, notes gone from the board left out', () => {
    const [a, b, c] = records.notes;
    const ranked = rankVotes([{ noteId: a!.id, count: 2 }, { noteId: b!.id, count: 5 }, { noteId: c!.id, count: 2 }, { noteId: 'gone', count: 9 }, { noteId: records.notes[3]!.id, count: 0 }], records);
    expect(ranked.map((r) => [r.rank, r.count])).toEqual([[1, 5], [2, 2], [2, 2]]);
    expect(ranked[0]!.note.id).toBe(b!.id);
  });

  it('reads like the workshop’s summary, stage by stage, in each language', () => {
    const findings = stageFindings(records, emotions, personas, 'Everyone');
    const checkout = findings[2]!;
    expect(checkout.stage.id).toBe(records.stages[2]!.id);
    expect(checkout.painPoints).toEqual(['Surprise delivery fee at the last step']);
    expect(checkout.momentsOfTruth).toEqual(['Checkout: price and delivery date shown']);
    expect(findings[1]!.opportunities).toEqual(['Side-by-side comparison page']);
    expect(checkout.gaps).toEqual([{ key: 'insights.gap.touchpoints' }]);
    const en = translatorFor('en');
    const ru = translatorFor('ru');
    expect(checkout.emotions.map((m) => en.text(m))).toEqual(['Tech-Savvy Tim: annoyed (−1)', 'Traditional Trudy: reassured (+1)']);
    expect(ru.t(checkout.gaps[0]!.key)).toBe('нет точки контакта');
    // Votes put the most voted pain points first, at most three a stage.
    const pains = Array.from({ length: 5 }, (_, i) => ({ ...records.notes.find((n) => n.laneId === laneOf('painPoints').id)!, id: `p${i}`, text: `Pain ${i}`, order: `a${i}` }));
    const many = { ...records, notes: [...records.notes.filter((n) => n.laneId !== laneOf('painPoints').id), ...pains] };
    const voted = stageFindings(many, emotions, personas, 'Everyone', [{ noteId: 'p3', count: 4 }, { noteId: 'p1', count: 1 }]);
    const stage = voted.find((f) => f.painCount === 5)!;
    expect(stage.painPoints).toEqual(['Pain 3', 'Pain 1', 'Pain 0']);
  });

  it('Russian text and a hostile, huge board are handled', () => {
    const ruJourney = sampleJourney('ru');
    const big = { ...ruJourney.records, notes: Array.from({ length: 5000 }, (_, i) => ({ ...ruJourney.records.notes[i % ruJourney.records.notes.length]!, id: `n${i}`, text: `Заметка ${i}` })) };
    const heat = painHeat(big);
    expect(heat.reduce((s, h) => s + h.count, 0)).toBe(big.notes.filter((n) => n.laneId === ruJourney.records.lanes.find((l) => l.kind === 'painPoints')!.id).length);
    expect(stageFindings(big, [], [], 'Все').every((f) => f.painPoints.length <= 3)).toBe(true);
  });
});
