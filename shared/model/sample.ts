import { newId } from './ids';
import { ordersBetween } from './order';
import type { EmotionPoint, Locale, Note, Persona, WorkspaceSnapshot } from './schema';
import { emptyMeta, journeyBoardFromTemplate, makeNote } from './templates';
import type { LaneKind } from './lanes';

/**
 * The sample workspace: the source articles' two personas, "Tech-Savvy Tim" and
 * "Traditional Trudy", walking the 5-stage journey of an electronics shop with different
 * emotion curves. Used by "Open sample" and as rich test data.
 */
export function sampleWorkspace(locale: Locale, now: string): WorkspaceSnapshot {
  const [personaBoardOrder, journeyOrder] = ordersBetween(null, null, 2) as [string, string];
  const journey = journeyBoardFromTemplate('endToEnd5', locale, journeyOrder);
  const personaOrders = ordersBetween(null, null, 2);
  const tim: Persona = {
    id: newId(),
    name: 'Tech-Savvy Tim',
    order: personaOrders[0]!,
    color: '#1c7ed6',
    role: 'Young professional',
    age: '29',
    quote: 'If I can’t order it from my phone in two minutes, I’m gone.',
    demographics: 'Lives in the city, works in software, shops mostly at night.',
    goals: 'Get the newest gadget quickly, at a fair price.',
    needs: 'Honest reviews, fast delivery, easy returns.',
    frustrations: 'Slow websites, hidden fees, being asked to call a hotline.',
    behaviours: 'Compares prices on several sites, reads forums, follows tech influencers.',
    motivations: 'Innovation, convenience, being first.',
    channels: ['online'],
  };
  const trudy: Persona = {
    id: newId(),
    name: 'Traditional Trudy',
    order: personaOrders[1]!,
    color: '#e8590c',
    role: 'Retiree',
    age: '68',
    quote: 'I like to hold it in my hands and ask someone who knows.',
    demographics: 'Lives in a small town, visits the high street twice a week.',
    goals: 'Buy something reliable that will last, with help setting it up.',
    needs: 'Personal advice, a shop nearby, a phone number that answers.',
    frustrations: 'Small print, pushy upselling, being sent to the website.',
    behaviours: 'Asks friends and family, visits physical stores, pays in person.',
    motivations: 'Trust, personal service, peace of mind.',
    channels: ['offline'],
  };
  journey.board.personaIds = [tim.id, trudy.id];
  journey.board.goal = 'Raise repeat purchases by 15% within a year.';

  const laneId = (kind: LaneKind) => journey.lanes.find((l) => l.kind === kind)!.id;
  const notes: Note[] = [];
  const add = (stage: number, kind: LaneKind, text: string, extra: Partial<Note> = {}) => {
    const cellCount = notes.filter((n) => n.stageId === journey.stages[stage]!.id && n.laneId === laneId(kind)).length;
    const order = ordersBetween(null, null, cellCount + 1)[cellCount]!;
    notes.push({
      ...makeNote({ boardId: journey.board.id, stageId: journey.stages[stage]!.id, laneId: laneId(kind), laneKind: kind, order, text, author: 'Sample', now }),
      ...extra,
    });
  };
  add(0, 'actions', 'Sees an ad for the new phone');
  add(0, 'touchpoints', 'Social media ad', { channel: 'online', impact: 4, personaIds: [tim.id] });
  add(0, 'touchpoints', 'Shop window display', { channel: 'offline', impact: 3, personaIds: [trudy.id] });
  add(1, 'actions', 'Compares models and prices');
  add(1, 'painPoints', 'Specs are hard to compare');
  add(1, 'opportunities', 'Side-by-side comparison page');
  add(2, 'actions', 'Buys online or in store');
  add(2, 'momentsOfTruth', 'Checkout: price and delivery date shown');
  add(2, 'painPoints', 'Surprise delivery fee at the last step', { personaIds: [tim.id] });
  add(2, 'kpis', 'Cart abandonment', { metric: 'Abandoned carts', target: '< 20%', current: '34%' });
  add(3, 'actions', 'Sets up the device, asks for help');
  add(3, 'touchpoints', 'Support hotline', { channel: 'offline', impact: 5, personaIds: [trudy.id] });
  add(3, 'insights', '6 of 10 interviewees called support in week one', { evidence: 'qualitative' });
  add(4, 'actions', 'Recommends the shop to friends');
  add(4, 'opportunities', 'Referral discount');

  const curve = (personaId: string, scores: number[], labels: string[]): EmotionPoint[] =>
    journey.stages.map((s, i) => ({ id: newId(), boardId: journey.board.id, stageId: s.id, personaId, score: scores[i]!, label: labels[i]! }));
  const emotions = [
    ...curve(tim.id, [1, 0, -1, 1, 2], ['curious', 'doubtful', 'annoyed', 'relieved', 'delighted']),
    ...curve(trudy.id, [0, -1, 1, -2, 1], ['unsure', 'confused', 'reassured', 'frustrated', 'content']),
  ];

  return {
    workspace: { ...emptyMeta(locale, now, 'Sample: electronics shop'), goal: journey.board.goal },
    boards: [{ id: newId(), kind: 'persona', title: 'Personas', goal: '', order: personaBoardOrder, personaIds: [tim.id, trudy.id] }, journey.board],
    stages: journey.stages,
    lanes: journey.lanes,
    notes,
    personas: [tim, trudy],
    emotions,
  };
}
