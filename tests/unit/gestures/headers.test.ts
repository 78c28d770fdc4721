import { describe, expect, it } from 'vitest';
import { LAYOUT } from '../../../shared/layout/board-layout';
import { LANE_MIN_HEIGHT, STAGE_MIN_WIDTH } from '../../../shared/model';
import { WRITE_INTERVAL_MS } from '../../../renderer/src/board/gestures/step-writer';
import { gestureRig } from './rig';

const headerY = LAYOUT.headerHeight / 2;
const labelX = LAYOUT.laneLabelWidth / 2;

describe('stage and lane reorder gestures', () => {
  it('dragging a stage header past the middle of another stage moves it there, one undo step', () => {
    const r = gestureRig();
    const titles = () => r.snap().stages.sort((a, b) => (a.order < b.order ? -1 : 1)).map((s) => s.title);
    r.ready();
    const first = r.grid().stage(0);
    const third = r.grid().stage(3);
    const g = r.press({ x: first.x + 40, y: headerY })!;
    expect(g.kind).toBe('stage-move');
    r.moveAlong(g, { x: first.x + 40, y: headerY }, { x: third.x + 10, y: headerY });
    // The marker sits at the left edge of the stage it would go before.
    expect(r.drawn.marker).toMatchObject({ x: third.x - 3, width: 6 });
    g.up(r.at({ x: third.x + 10, y: headerY }));
    expect(r.drawn.marker).toBeNull();
    expect(titles()).toEqual(['Consideration', 'Purchase', 'Awareness', 'Retention', 'Advocacy']);
    r.app.undo();
    expect(titles()).toEqual(['Awareness', 'Consideration', 'Purchase', 'Retention', 'Advocacy']);
  });

  it('dragging a lane label moves the lane; a click on a header clears the selection instead', () => {
    const r = gestureRig();
    const kinds = () => r.layout().lanes.map((l) => l.kind);
    const before = kinds();
    const kpis = r.grid().lane('kpis');
    r.drag({ x: labelX, y: kpis.y + 20 }, { x: labelX, y: r.grid().lane('actions').y + 5 });
    expect(kinds()).toEqual(['kpis', ...before.filter((k) => k !== 'kpis')]);
    const a = r.add(0, 'actions', 'a');
    r.app.select([a]);
    const p = { x: r.grid().stage(2).x + 50, y: headerY };
    r.press(p)!.up(r.at(p));
    expect(r.app.selection.selectedNoteIds).toEqual([]);
  });
});

describe('stage and lane resize gestures', () => {
  it('dragging a stage edge writes its width a few times a second and on release, one undo step, never under the minimum', () => {
    const r = gestureRig();
    r.ready();
    const stage = r.grid().stage(1);
    const edge = { x: stage.x + stage.width, y: headerY };
    const width = () => r.snap().stages.find((s) => s.id === stage.id)!.width;
    const g = r.press(edge)!;
    expect(g.kind).toBe('stage-resize');
    g.move(r.at({ x: edge.x + 30, y: headerY }));
    expect(width()).toBe(stage.width + 30);
    // Within the write interval the next size waits; the marker follows at once.
    r.tick(WRITE_INTERVAL_MS / 4);
    g.move(r.at({ x: edge.x + 60, y: headerY }));
    expect(width()).toBe(stage.width + 30);
    expect(r.drawn.marker).toMatchObject({ x: stage.x + stage.width + 60 - 2 });
    r.tick(WRITE_INTERVAL_MS);
    g.move(r.at({ x: edge.x + 80, y: headerY }));
    expect(width()).toBe(stage.width + 80);
    g.up(r.at({ x: edge.x + 100, y: headerY }));
    expect(width()).toBe(stage.width + 100);
    r.app.undo();
    expect(width()).toBe(stage.width);

    r.drag(edge, { x: stage.x + 20, y: headerY });
    expect(width()).toBe(STAGE_MIN_WIDTH);
  });

  it('dragging a lane’s lower edge sets its height; Escape takes back what was written', () => {
    const r = gestureRig();
    const lane = r.grid().lane('touchpoints');
    const edge = { x: labelX, y: lane.y + lane.height };
    const height = () => r.snap().lanes.find((l) => l.id === lane.id)!.height;
    const before = height();
    r.drag(edge, { x: labelX, y: edge.y + 50 });
    expect(height()).toBe(lane.height + 50);
    r.app.undo();
    expect(height()).toBe(before);
    r.drag(edge, { x: labelX, y: lane.y + 10 });
    expect(height()).toBe(LANE_MIN_HEIGHT);
    r.app.undo();
    const g = r.press(edge)!;
    r.moveAlong(g, edge, { x: labelX, y: edge.y + 90 });
    expect(height()).toBeGreaterThan(lane.height);
    g.cancel();
    expect(height()).toBe(before);
    expect(r.drawn.marker).toBeNull();
  });
});
