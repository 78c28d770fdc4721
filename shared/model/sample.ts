import { newId } from './ids';
import { ordersBetween } from './order';
import type { EmotionPoint, Locale, Note, Persona, WorkspaceSnapshot } from './schema';
import { emptyMeta, journeyBoardFromTemplate, makeNote } from './templates';
import type { LaneKind } from './lanes';
import { SAMPLE_TEXT, type SampleNoteKey } from '../samples';

/**
 * The sample workspace: the source articles' two personas, "Tech-Savvy Tim" and
 * "Traditional Trudy", walking the 5-stage journey of an electronics shop with different
 * emotion curves, in the given language (its words: shared/samples/<lang>.ts; the same notes,
 * stages and lanes in every language). Used by "Open sample" and as rich test data.
 */
export function sampleWorkspace(locale: Locale, now: string): WorkspaceSnapshot {
  const text = SAMPLE_TEXT[locale];
  const [personaBoardOrder, journeyOrder] = ordersBetween(null, null, 2) as [string, string];
  const journey = journeyBoardFromTemplate('endToEnd5', locale, journeyOrder);
  const personaOrders = ordersBetween(null, null, 2);
  const tim: Persona = { id: newId(), ...text.tim, order: personaOrders[0]!, color: '#1c7ed6', age: '29', channels: ['online'] };
  const trudy: Persona = { id: newId(), ...text.trudy, order: personaOrders[1]!, color: '#e8590c', age: '68', channels: ['offline'] };
  journey.board.personaIds = [tim.id, trudy.id];
  journey.board.goal = text.goal;

  const laneId = (kind: LaneKind) => journey.lanes.find((l) => l.kind === kind)!.id;
  const notes: Note[] = [];
  const add = (stage: number, kind: LaneKind, key: SampleNoteKey, extra: Partial<Note> = {}) => {
    const cellCount = notes.filter((n) => n.stageId === journey.stages[stage]!.id && n.laneId === laneId(kind)).length;
    const order = ordersBetween(null, null, cellCount + 1)[cellCount]!;
    notes.push({
      ...makeNote({ boardId: journey.board.id, stageId: journey.stages[stage]!.id, laneId: laneId(kind), laneKind: kind, order, text: text.notes[key], author: text.author, now }),
      ...extra,
    });
  };
  add(0, 'actions', 'seesAd');
  add(0, 'touchpoints', 'socialAd', { channel: 'online', impact: 4, personaIds: [tim.id] });
  add(0, 'touchpoints', 'shopWindow', { channel: 'offline', impact: 3, personaIds: [trudy.id] });
  add(1, 'actions', 'compares');
  add(1, 'painPoints', 'specsHard');
  add(1, 'opportunities', 'comparePage');
  add(2, 'actions', 'buys');
  add(2, 'momentsOfTruth', 'checkout');
  add(2, 'painPoints', 'deliveryFee', { personaIds: [tim.id] });
  add(2, 'kpis', 'cartAbandonment', { ...text.kpi });
  add(3, 'actions', 'setsUp');
  add(3, 'touchpoints', 'hotline', { channel: 'offline', impact: 5, personaIds: [trudy.id] });
  add(3, 'insights', 'calledSupport', { evidence: 'qualitative' });
  add(4, 'actions', 'recommends');
  add(4, 'opportunities', 'referral');

  const curve = (personaId: string, scores: number[], labels: readonly string[]): EmotionPoint[] =>
    journey.stages.map((s, i) => ({ id: newId(), boardId: journey.board.id, stageId: s.id, personaId, score: scores[i]!, label: labels[i]! }));
  const emotions = [...curve(tim.id, [1, 0, -1, 1, 2], text.feelings.tim), ...curve(trudy.id, [0, -1, 1, -2, 1], text.feelings.trudy)];

  return {
    workspace: { ...emptyMeta(locale, now, text.title), goal: journey.board.goal },
    boards: [{ id: newId(), kind: 'persona', title: text.personaBoard, goal: '', order: personaBoardOrder, personaIds: [tim.id, trudy.id] }, journey.board],
    stages: journey.stages,
    lanes: journey.lanes,
    notes,
    personas: [tim, trudy],
    emotions,
  };
}
