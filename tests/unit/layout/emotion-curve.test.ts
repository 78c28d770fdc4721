import Konva from 'konva';
import { describe, expect, it } from 'vitest';
import { LAYOUT, layoutBoard } from '../../../shared/layout/board-layout';
import { CURVE, curvePath, curvesOf, emotionBand, emotionLane, ghostPlaces, neutralLine, pointPlaces } from '../../../shared/layout/emotion-curve';
import { EMOTION_MAX, EMOTION_MIN, type EmotionPoint, type Lane, type Stage } from '../../../shared/model';

const B = 'b';
const stages: Stage[] = [0, 1, 2].map((i) => ({ id: `s${i}`, boardId: B, title: `S${i}`, order: `a${i}`, width: 300 }));
const lanes: Lane[] = [{ id: 'le', boardId: B, kind: 'emotions', title: 'Emotions', order: 'a0', height: 300 }];
const layout = layoutBoard(stages, lanes, []);
const point = (stageId: string, score: number, label = '', personaId?: string): EmotionPoint => ({ id: `${stageId}${personaId ?? ''}`, boardId: B, stageId, score, label, ...(personaId ? { personaId } : {}) });

describe('emotion-curve geometry', () => {
  const lane = emotionLane(layout)!;
  const band = emotionBand(lane);

  it('maps scores to the lane between its padding, +2 at the top, and back, snapped to halves', () => {
    expect(band.yOf(EMOTION_MAX)).toBe(lane.y + CURVE.bandPadding);
    expect(band.yOf(EMOTION_MIN)).toBe(lane.y + LAYOUT.curveBandHeight - CURVE.bandPadding);
    // The curve has the lane's top band to itself (its notes flow below it).
    expect(band.yOf(0)).toBe(lane.y + LAYOUT.curveBandHeight / 2);
    for (const score of [-2, -1.5, -0.5, 0, 1, 2]) expect(band.scoreOf(band.yOf(score))).toBe(score);
    expect(band.scoreOf(band.yOf(1) + 3)).toBe(1);
    // Dragged past the lane: kept at the ends of the scale.
    expect(band.scoreOf(lane.y - 500)).toBe(EMOTION_MAX);
    expect(band.scoreOf(lane.y + 5000)).toBe(EMOTION_MIN);
    expect(band.clampY(-10)).toBe(band.top);
  });

  it('places points at their stage centres in stage order, labels clear of them, ghosts where the curve has none', () => {
    const curve = { key: '', color: CURVE.boardColor, points: [point('s2', -1), point('s0', 2, 'curious')] };
    const places = pointPlaces(layout, band, curve);
    expect(places.map((p) => [p.stageId, p.x, p.y])).toEqual([
      ['s0', layout.stages[0]!.x + 150, band.yOf(2)],
      ['s2', layout.stages[2]!.x + 150, band.yOf(-1)],
    ]);
    // At +2 there is no room above inside the band, so the feeling goes below its point, centred on it.
    const label = places[0]!.label!;
    expect(label.y).toBeGreaterThan(places[0]!.y + CURVE.pointRadius);
    expect(label.x + label.width / 2).toBeCloseTo(places[0]!.x);
    expect(label.y + label.height).toBeLessThanOrEqual(lane.y + LAYOUT.curveBandHeight);
    expect(places[1]!.label).toBeNull();
    expect(ghostPlaces(layout, band, [curve], '')).toEqual([{ stageId: 's1', x: layout.stages[1]!.x + 150, y: band.yOf(0) }]);
    // A persona with no curve yet: a ghost in every stage.
    expect(ghostPlaces(layout, band, [curve], 'tim').map((g) => g.stageId)).toEqual(['s0', 's1', 's2']);
    expect(neutralLine(layout, band)).toEqual([layout.stages[0]!.x, band.yOf(0), layout.width, band.yOf(0)]);
  });

  it('groups points into one curve per persona in its colour, the board’s own in the lane colour', () => {
    const curves = curvesOf([point('s0', 1), point('s0', 2, '', 'tim'), point('s1', 0, '', 'tim'), point('s1', 1, '', 'gone')], (id) => (id === 'tim' ? '#0c8599' : undefined));
    expect(curves.map((c) => [c.key, c.color, c.points.length])).toEqual([
      ['', CURVE.boardColor, 1],
      ['tim', '#0c8599', 2],
      ['gone', CURVE.boardColor, 1],
    ]);
  });

  it('draws the curve path as Konva draws a line with tension: straight for two points, quadratic ends and cubic middles beyond', () => {
    expect(curvePath([])).toBe('');
    expect(curvePath([{ x: 0, y: 0 }, { x: 10, y: 5 }])).toBe('M0 0 L10 5');
    const path = curvePath([{ x: 0, y: 0 }, { x: 100, y: 50 }, { x: 200, y: 0 }, { x: 300, y: 50 }]);
    expect(path.split(' ').filter((t) => /^[MQCL]/.test(t)).map((t) => t[0])).toEqual(['M', 'Q', 'C', 'Q']);
    // Symmetric middle point: control points level with it, tension × half the chord away.
    expect(path).toContain('Q70 50 100 50');
    expect(path.endsWith('300 50')).toBe(true);
  });

  it('matches the spline Konva draws for the same points and tension, point for point', () => {
    const points = [{ x: 340, y: 120 }, { x: 560, y: 48 }, { x: 780, y: 192 }, { x: 1000, y: 120 }, { x: 1220, y: 60 }];
    const tp = new Konva.Line({ points: points.flatMap((p) => [p.x, p.y]), tension: CURVE.tension }).getTensionPoints();
    const f = (n: number) => String(Math.round(n * 100) / 100);
    const pt = (i: number) => `${f(tp[i]!)} ${f(tp[i + 1]!)}`;
    // Konva: a quadratic to the first inner point, cubics between inner points, a quadratic to the end.
    let expected = `M${points[0]!.x} ${points[0]!.y} Q${pt(0)} ${pt(2)}`;
    for (let n = 4; n < tp.length - 2; n += 6) expected += ` C${pt(n)} ${pt(n + 2)} ${pt(n + 4)}`;
    expected += ` Q${pt(tp.length - 2)} ${points.at(-1)!.x} ${points.at(-1)!.y}`;
    expect(curvePath(points)).toBe(expected);
  });
});

describe('the curve’s own band in the emotions lane', () => {
  const stage = (id: string, order: string): Stage => ({ id, boardId: 'b', title: id, order, width: 300 });
  const emotions: Lane = { id: 'em', boardId: 'b', kind: 'emotions', title: 'Emotions', order: 'a0' };
  const stages = [stage('s0', 'a0'), stage('s1', 'a1'), stage('s2', 'a2')];
  const note = (id: string, stageId: string, order: string) => ({ id, boardId: 'b', stageId, laneId: 'em', order, text: id, color: 'pink' as const, width: 160, height: 110, author: 'A', createdAt: '2026-01-01T00:00:00.000Z' });

  it('notes in the emotions lane sit below every point and every feeling label', () => {
    const layout = layoutBoard(stages, [emotions], [note('n1', 's0', 'a0'), note('n2', 's0', 'a1'), note('n3', 's1', 'a0')]);
    const lane = emotionLane(layout)!;
    const band = emotionBand(lane);
    const points: EmotionPoint[] = ['s0', 's1', 's2'].flatMap((stageId, i) =>
      [-2, -0.5, 0, 1.5, 2].map((score) => ({ id: `${stageId}${score}`, boardId: 'b', stageId, score: score + 0 * i, label: 'очень доволен 😀' })),
    );
    for (const score of [-2, -0.5, 0, 1.5, 2]) {
      const curve = { key: '', color: CURVE.boardColor, points: points.filter((p) => p.score === score) };
      for (const place of pointPlaces(layout, band, curve)) {
        for (const box of layout.notes.values()) {
          expect(place.y + CURVE.pointRadius + CURVE.grabPadding).toBeLessThan(box.y);
          expect(place.label!.y + place.label!.height).toBeLessThanOrEqual(box.y);
        }
      }
    }
    // The lane grows by the notes below the band.
    expect(lane.height).toBe(LAYOUT.curveBandHeight + 2 * LAYOUT.cellPadding + 2 * 110 + LAYOUT.noteGap);
  });

  it('a feeling label sits on the side of its point the line leaves free', () => {
    const layout = layoutBoard(stages, [emotions], []);
    const band = emotionBand(emotionLane(layout)!);
    const at = (side: number, s1: number, label = 'worried') => pointPlaces(layout, band, { key: '', color: '#000', points: [
      { id: 'a', boardId: 'b', stageId: 's0', score: side, label: '' },
      { id: 'b', boardId: 'b', stageId: 's1', score: s1, label },
      { id: 'c', boardId: 'b', stageId: 's2', score: side, label: '' },
    ] })[1]!;
    // A valley (the line climbs to both sides): below the point.
    const valley = at(1.5, -1);
    expect(valley.label!.y).toBeGreaterThan(valley.y);
    // A peak: above it.
    const peak = at(-1, 0.5);
    expect(peak.label!.y + peak.label!.height).toBeLessThan(peak.y);
  });
});

describe('feeling labels of two curves in one stage', () => {
  const lane = emotionLane(layout)!;
  const band = emotionBand(lane);
  type Box = { x: number; y: number; width: number; height: number };
  const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
  const dot = (p: { x: number; y: number }): Box => ({ x: p.x - CURVE.pointRadius, y: p.y - CURVE.pointRadius, width: 2 * CURVE.pointRadius, height: 2 * CURVE.pointRadius });

  it('never cover each other or the other curve’s point, when two personas feel alike there', () => {
    // Like the sample's first stage: Tim "curious" at +0.5, Trudy "unsure" at 0, both lines falling after.
    for (const [a, b] of [[0.5, 0], [0, 0], [1, 0.5], [-1, -1.5]] as const) {
      const tim = { key: 'tim', color: '#1c7ed6', points: [point('s0', a, 'curious', 'tim'), point('s1', a - 1, 'doubtful', 'tim')] };
      const trudy = { key: 'trudy', color: '#e8590c', points: [point('s0', b, 'unsure', 'trudy'), point('s1', b - 1, 'confused', 'trudy')] };
      const all = [tim, trudy];
      const [pt, pu] = [pointPlaces(layout, band, tim, all)[0]!, pointPlaces(layout, band, trudy, all)[0]!];
      expect(overlap(pt.label!, pu.label!), `${a}/${b}: labels`).toBe(false);
      expect(overlap(pt.label!, dot(pu)), `${a}/${b}: Tim's label on Trudy's point`).toBe(false);
      expect(overlap(pu.label!, dot(pt)), `${a}/${b}: Trudy's label on Tim's point`).toBe(false);
      for (const box of [pt.label!, pu.label!]) {
        expect(box.y).toBeGreaterThanOrEqual(band.top - CURVE.bandPadding);
        expect(box.y + box.height).toBeLessThanOrEqual(band.bottom + CURVE.bandPadding);
      }
    }
  });

  it('a curve alone keeps its label where it always was', () => {
    const tim = { key: 'tim', color: '#1c7ed6', points: [point('s0', 0.5, 'curious', 'tim')] };
    expect(pointPlaces(layout, band, tim, [tim])).toEqual(pointPlaces(layout, band, tim));
  });
});
