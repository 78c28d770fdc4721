import { describe, expect, it } from 'vitest';
import { layoutBoard, LAYOUT } from '../../../shared/layout/board-layout';
import { mapBoardPoint, presentRecords, presentViewport, SLIDE_ASPECT, stepStage } from '../../../shared/layout/present';
import { NOTE_FONT_SIZE } from '../../../shared/layout/theme';
import { sampleJourney } from './sample-records';

const SCREEN = { width: 1920, height: 1080 };
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

describe('presentation: a stage slide', () => {
  const { records } = sampleJourney();

  it('shows the stage alone, with the lanes written in, widened to a 16:9 slide', () => {
    const stage = records.stages[2]!;
    const slide = presentRecords(records, stage.id);
    expect(slide.stages.map((s) => s.id)).toEqual([stage.id]);
    const kinds = slide.lanes.map((l) => l.kind);
    expect(kinds).toEqual(['actions', 'painPoints', 'momentsOfTruth', 'kpis']);
    expect(slide.notes.every((n) => n.stageId === stage.id)).toBe(true);
    const layout = layoutBoard(slide.stages, slide.lanes, slide.notes);
    expect(layout.width / layout.height).toBeGreaterThan(SLIDE_ASPECT * 0.85);
    // Every note of the stage is on the slide.
    expect(layout.notes.size).toBe(records.notes.filter((n) => n.stageId === stage.id).length);
  });

  it('fills a 1920×1080 screen: every stage of the sample shows its notes at 24 px or more', () => {
    for (const stage of records.stages) {
      const slide = presentRecords(records, stage.id);
      const layout = layoutBoard(slide.stages, slide.lanes, slide.notes);
      const vp = presentViewport(layout, SCREEN, true);
      // The whole slide (header row included) is on screen.
      expect(vp.y).toBeGreaterThanOrEqual(0);
      expect(vp.y + layout.height * vp.scale).toBeLessThanOrEqual(SCREEN.height + 0.5);
      expect(vp.x + layout.width * vp.scale).toBeLessThanOrEqual(SCREEN.width + 0.5);
      expect(median([...layout.notes.keys()].map(() => NOTE_FONT_SIZE * vp.scale)), stage.title).toBeGreaterThanOrEqual(24);
    }
  });

  it('the whole sample journey fills the screen at 14 px or more, header to last lane', () => {
    const whole = presentRecords(records, null);
    expect(whole.notes).toBe(records.notes);
    const layout = layoutBoard(whole.stages, whole.lanes, whole.notes);
    const vp = presentViewport(layout, SCREEN, false);
    expect(NOTE_FONT_SIZE * vp.scale).toBeGreaterThanOrEqual(14);
    expect(vp.y + layout.height * vp.scale).toBeLessThanOrEqual(SCREEN.height + 0.5);
  });

  it('an empty stage keeps every lane; an unknown stage is the whole journey', () => {
    const empty = { ...records, notes: records.notes.filter((n) => n.stageId !== records.stages[4]!.id) };
    expect(presentRecords(empty, records.stages[4]!.id).lanes).toHaveLength(records.lanes.length);
    expect(presentRecords(records, "gone").stages).toHaveLength(records.stages.length);
  });
});

describe('presentation: stepping and the laser between layouts', () => {
  it('steps from the whole journey through the stages and stops at both ends', () => {
    const ids = ['a', 'b', 'c'];
    expect(stepStage(ids, null, 1)).toBe('a');
    expect(stepStage(ids, 'a', 1)).toBe('b');
    expect(stepStage(ids, 'c', 1)).toBe('c');
    expect(stepStage(ids, 'a', -1)).toBe(null);
    expect(stepStage(ids, null, -1)).toBe(null);
    expect(stepStage([], null, 1)).toBe(null);
  });

  it('a point on a stage slide lands on the same note of the full board', () => {
    const { records } = sampleJourney();
    const stage = records.stages[2]!;
    const slideRecords = presentRecords(records, stage.id);
    const slide = layoutBoard(slideRecords.stages, slideRecords.lanes, slideRecords.notes);
    const full = layoutBoard(records.stages, records.lanes, records.notes);
    const pain = records.notes.find((n) => n.stageId === stage.id && records.lanes.find((l) => l.id === n.laneId)!.kind === 'painPoints')!;
    const box = slide.notes.get(pain.id)!;
    const onFull = mapBoardPoint(slide, full, { x: box.x + 5, y: box.y + box.height / 2 })!;
    const fullBox = full.notes.get(pain.id)!;
    // Same stage column and same lane on the full board.
    const fullStage = full.stages.find((s) => s.id === stage.id)!;
    expect(onFull.x).toBeGreaterThanOrEqual(fullStage.x);
    expect(onFull.x).toBeLessThan(fullStage.x + fullStage.width);
    const lane = full.lanes.find((l) => l.id === pain.laneId)!;
    expect(onFull.y).toBeGreaterThanOrEqual(lane.y);
    expect(onFull.y).toBeLessThan(lane.y + lane.height);
    expect(Math.abs(onFull.y - (fullBox.y + fullBox.height / 2))).toBeLessThan(1);
    // Stage headers map to stage headers; a lane the slide leaves out maps to nothing.
    expect(mapBoardPoint(full, slide, { x: fullStage.x + 10, y: 10 })!.y).toBe(10);
    const emotions = full.lanes.find((l) => l.kind === 'emotions')!;
    expect(mapBoardPoint(full, slide, { x: fullStage.x + 10, y: emotions.y + 10 })).toBeNull();
    // Between identical layouts the point stays put.
    expect(mapBoardPoint(full, full, { x: 500, y: 400 })).toEqual({ x: 500, y: 400 });
    expect(mapBoardPoint(full, full, { x: 10, y: LAYOUT.headerHeight + 1 })!.x).toBe(10);
  });
});
