/**
 * Journey insights, pure: what a workshop reads off a journey board. Pain points per stage (the
 * heat strip under the stage headers), stages with no touchpoint, KPI or moment of truth (the
 * gap markers), each persona's lowest curve points (candidate moments of truth), vote results
 * ranked, and the findings panel's per-stage summary as Messages (translated when drawn).
 * The canvas, the insights panel and the print document's insights summary all read these.
 */
import type { BoardRecords } from '../doc/board-records';
import { message, type Message } from '../i18n';
import type { EmotionPoint, LaneKind, Note, Persona, Stage } from '../model';

/** A note counts once someone wrote something in it. */
const written = (note: Note): boolean => note.text.trim().length > 0;

/** Notes of lanes of these kinds, per stage id, in board order (lane, then note order). */
export function notesByStage(records: BoardRecords, kinds: readonly LaneKind[]): Map<string, Note[]> {
  const laneKind = new Map(records.lanes.map((l) => [l.id, l.kind]));
  const laneRank = new Map(records.lanes.map((l, i) => [l.id, i]));
  const out = new Map<string, Note[]>(records.stages.map((s) => [s.id, []]));
  const notes = records.notes.filter((n) => written(n) && kinds.includes(laneKind.get(n.laneId)!));
  notes.sort((a, b) => laneRank.get(a.laneId)! - laneRank.get(b.laneId)! || (a.order < b.order ? -1 : a.order > b.order ? 1 : 0));
  for (const note of notes) out.get(note.stageId)?.push(note);
  return out;
}

export interface StageHeat {
  readonly stageId: string;
  readonly count: number;
  /** 0 (no pain point) … 1 (the stage with the most). */
  readonly level: number;
}

/** Pain points per stage, for the heat strip. */
export function painHeat(records: BoardRecords): StageHeat[] {
  const byStage = notesByStage(records, ['painPoints']);
  const counts = records.stages.map((s) => byStage.get(s.id)?.length ?? 0);
  const max = Math.max(0, ...counts);
  return records.stages.map((s, i) => ({ stageId: s.id, count: counts[i]!, level: max ? counts[i]! / max : 0 }));
}

export const GAP_KINDS = ['touchpoints', 'kpis', 'momentsOfTruth'] as const;
export type GapKind = (typeof GAP_KINDS)[number];

export interface StageGaps {
  readonly stageId: string;
  readonly missing: readonly GapKind[];
}

/** For each stage, what a complete journey map has there and this one does not (a note with text). */
export function stageGaps(records: BoardRecords): StageGaps[] {
  const present = new Map(GAP_KINDS.map((kind) => [kind, notesByStage(records, [kind])]));
  return records.stages.map((s) => ({ stageId: s.id, missing: GAP_KINDS.filter((kind) => !present.get(kind)!.get(s.id)?.length) }));
}

export interface CurveCandidate {
  readonly personaId: string | null;
  readonly personaName: string;
  readonly stageId: string;
  readonly stageTitle: string;
  readonly score: number;
  readonly label: string;
  /** The stage already has a moment of truth written. */
  readonly marked: boolean;
}

/**
 * Each curve's lowest points (all stages sharing the minimum), offered as candidate moments of
 * truth; a curve that never dips below neutral offers nothing. Curves in persona order, the
 * board's own (persona-less) curve last; points in stage order.
 */
export function lowestPoints(records: BoardRecords, emotions: readonly EmotionPoint[], personas: readonly Persona[], boardCurveName: string): CurveCandidate[] {
  const stageIndex = new Map(records.stages.map((s, i) => [s.id, i]));
  const stages = new Map(records.stages.map((s) => [s.id, s]));
  const marked = notesByStage(records, ['momentsOfTruth']);
  const curves = new Map<string | null, EmotionPoint[]>();
  for (const point of emotions) {
    if (!stageIndex.has(point.stageId)) continue;
    const key = point.personaId ?? null;
    const list = curves.get(key);
    if (list) list.push(point);
    else curves.set(key, [point]);
  }
  const order = [...personas.map((p) => p.id as string | null), null];
  const names = new Map(personas.map((p) => [p.id, p.name]));
  const out: CurveCandidate[] = [];
  for (const key of order) {
    const points = curves.get(key);
    if (!points?.length) continue;
    const min = Math.min(...points.map((p) => p.score));
    if (min >= 0) continue;
    for (const point of points.filter((p) => p.score === min).sort((a, b) => stageIndex.get(a.stageId)! - stageIndex.get(b.stageId)!)) {
      const stage = stages.get(point.stageId)!;
      out.push({
        personaId: key,
        personaName: key === null ? boardCurveName : (names.get(key) ?? boardCurveName),
        stageId: stage.id,
        stageTitle: stage.title,
        score: point.score,
        label: point.label,
        marked: (marked.get(stage.id)?.length ?? 0) > 0,
      });
    }
  }
  return out;
}

/** The text of the moment-of-truth note a candidate adds (in the workspace's words). */
export function candidateNoteText(candidate: CurveCandidate): Message {
  return candidate.label
    ? message('insights.candidate.note', { persona: candidate.personaName, label: candidate.label })
    : message('insights.candidate.noteNoLabel', { persona: candidate.personaName });
}

/** Votes on notes (from the facilitator's voting round once revealed). */
export interface VoteCount {
  readonly noteId: string;
  readonly count: number;
}

export interface RankedVote {
  readonly rank: number;
  readonly note: Note;
  readonly count: number;
}

/** Vote results best first: ties share a rank (1, 2, 2, 4), notes no longer on the board dropped. */
export function rankVotes(counts: readonly VoteCount[], records: BoardRecords): RankedVote[] {
  const notes = new Map(records.notes.map((n) => [n.id, n]));
  const rows = counts.filter((c) => c.count > 0 && notes.has(c.noteId)).sort((a, b) => b.count - a.count || a.noteId.localeCompare(b.noteId));
  const out: RankedVote[] = [];
  rows.forEach((row, i) => {
    const rank = i > 0 && rows[i - 1]!.count === row.count ? out[i - 1]!.rank : i + 1;
    out.push({ rank, note: notes.get(row.noteId)!, count: row.count });
  });
  return out;
}

export interface StageFinding {
  readonly stage: Stage;
  /** One line per curve with a point here: "Tech-Savvy Tim: annoyed (−1)". */
  readonly emotions: readonly Message[];
  readonly painPoints: readonly string[];
  readonly opportunities: readonly string[];
  readonly momentsOfTruth: readonly string[];
  readonly gaps: readonly Message[];
  /** The heat of the stage's pain, for ordering or colouring. */
  readonly painCount: number;
}

/** A score as people write it: +2, 0, −1. */
export function signed(score: number): string {
  return score > 0 ? `+${score}` : score < 0 ? `−${-score}` : '0';
}

/** At most this many pain points per stage (the most voted first when there are votes). */
export const TOP_PAIN_POINTS = 3;

const GAP_MESSAGE: Record<GapKind, Message> = {
  touchpoints: message('insights.gap.touchpoints'),
  kpis: message('insights.gap.kpis'),
  momentsOfTruth: message('insights.gap.momentsOfTruth'),
};

export function gapMessage(kind: GapKind): Message {
  return GAP_MESSAGE[kind];
}

/** The findings panel, stage by stage: the emotion, the top pain points, gaps and opportunities. */
export function stageFindings(records: BoardRecords, emotions: readonly EmotionPoint[], personas: readonly Persona[], boardCurveName: string, votes: readonly VoteCount[] = []): StageFinding[] {
  const pains = notesByStage(records, ['painPoints']);
  const opportunities = notesByStage(records, ['opportunities']);
  const moments = notesByStage(records, ['momentsOfTruth']);
  const gaps = new Map(stageGaps(records).map((g) => [g.stageId, g.missing]));
  const voteOf = new Map(votes.map((v) => [v.noteId, v.count]));
  const names = new Map(personas.map((p) => [p.id, p.name]));
  const personaRank = new Map(personas.map((p, i) => [p.id, i]));
  return records.stages.map((stage) => {
    const points = emotions
      .filter((e) => e.stageId === stage.id)
      .sort((a, b) => (personaRank.get(a.personaId ?? '') ?? 1e9) - (personaRank.get(b.personaId ?? '') ?? 1e9));
    const pain = [...(pains.get(stage.id) ?? [])].sort((a, b) => (voteOf.get(b.id) ?? 0) - (voteOf.get(a.id) ?? 0));
    return {
      stage,
      emotions: points.map((p) =>
        message(p.label ? 'insights.emotion' : 'insights.emotionNoLabel', { persona: (p.personaId && names.get(p.personaId)) || boardCurveName, label: p.label, score: signed(p.score) }),
      ),
      painPoints: pain.slice(0, TOP_PAIN_POINTS).map((n) => n.text.trim()),
      opportunities: (opportunities.get(stage.id) ?? []).map((n) => n.text.trim()),
      momentsOfTruth: (moments.get(stage.id) ?? []).map((n) => n.text.trim()),
      gaps: (gaps.get(stage.id) ?? []).map(gapMessage),
      painCount: pains.get(stage.id)?.length ?? 0,
    };
  });
}
