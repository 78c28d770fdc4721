import { describe, expect, it } from 'vitest';
import { adjacentCell, neighbour } from '../../../shared/layout/navigation';
import { layoutBoard } from '../../../shared/layout/board-layout';
import type { Lane, Note, Stage } from '../../../shared/model';

const B = 'b';
const stage = (id: string, order: string): Stage => ({ id, boardId: B, title: id, order, width: 280 });
const lane = (id: string, order: string): Lane => ({ id, boardId: B, kind: 'custom', title: id, order });
const note = (id: string, stageId: string, laneId: string, order: string): Note => ({
  id,
  boardId: B,
  stageId,
  laneId,
  order,
  text: id,
  color: 'yellow',
  width: 160,
  height: 110,
  author: '',
  createdAt: '2025-03-01T09:00:00.000Z',
});

/**
 *        s0        s1       s2
 *  l0  a b c     (empty)    d
 *  l1  e          f g      (empty)
 *  l2  (empty)   (empty)   (empty)
 */
const layout = layoutBoard(
  [stage('s2', 'a2'), stage('s0', 'a0'), stage('s1', 'a1')],
  [lane('l0', 'a0'), lane('l2', 'a2'), lane('l1', 'a1')],
  [
    note('c', 's0', 'l0', 'a2'),
    note('a', 's0', 'l0', 'a0'),
    note('b', 's0', 'l0', 'a1'),
    note('d', 's2', 'l0', 'a0'),
    note('e', 's0', 'l1', 'a0'),
    note('g', 's1', 'l1', 'a1'),
    note('f', 's1', 'l1', 'a0'),
  ],
);
const at = (noteId: string | null, stageId: string, laneId: string) => ({ noteId, stageId, laneId });

describe('neighbour (arrow keys)', () => {
  it('right walks the notes of a cell, then on through the next stages, and stops at the edge', () => {
    const walk: (ReturnType<typeof neighbour>)[] = [];
    let place: ReturnType<typeof neighbour> = at('a', 's0', 'l0');
    while (place) {
      walk.push(place);
      place = neighbour(layout, place, 'right');
    }
    expect(walk).toEqual([at('a', 's0', 'l0'), at('b', 's0', 'l0'), at('c', 's0', 'l0'), at(null, 's1', 'l0'), at('d', 's2', 'l0')]);
  });

  it('left walks back, landing on the last note of the previous stage', () => {
    const walk: (ReturnType<typeof neighbour>)[] = [];
    let place: ReturnType<typeof neighbour> = at('d', 's2', 'l0');
    while (place) {
      walk.push(place);
      place = neighbour(layout, place, 'left');
    }
    expect(walk).toEqual([at('d', 's2', 'l0'), at(null, 's1', 'l0'), at('c', 's0', 'l0'), at('b', 's0', 'l0'), at('a', 's0', 'l0')]);
  });

  it('down and up change lane, landing on the first note there or on the empty cell', () => {
    expect(neighbour(layout, at('b', 's0', 'l0'), 'down')).toEqual(at('e', 's0', 'l1'));
    expect(neighbour(layout, at('e', 's0', 'l1'), 'down')).toEqual(at(null, 's0', 'l2'));
    expect(neighbour(layout, at(null, 's1', 'l0'), 'down')).toEqual(at('f', 's1', 'l1'));
    expect(neighbour(layout, at('g', 's1', 'l1'), 'up')).toEqual(at(null, 's1', 'l0'));
    expect(neighbour(layout, at('e', 's0', 'l1'), 'up')).toEqual(at('a', 's0', 'l0'));
  });

  it('returns null at the edges of the grid', () => {
    expect(neighbour(layout, at('a', 's0', 'l0'), 'up')).toBeNull();
    expect(neighbour(layout, at('a', 's0', 'l0'), 'left')).toBeNull();
    expect(neighbour(layout, at(null, 's2', 'l2'), 'down')).toBeNull();
    expect(neighbour(layout, at(null, 's2', 'l2'), 'right')).toBeNull();
  });

  it('returns null from a stage or lane that is gone', () => {
    expect(neighbour(layout, at('x', 'gone', 'l0'), 'right')).toBeNull();
    expect(neighbour(layout, at('x', 's0', 'gone'), 'down')).toBeNull();
  });

  it('a note that has left the cell (a peer moved it) walks on from the cell', () => {
    expect(neighbour(layout, at('moved', 's0', 'l0'), 'right')).toEqual(at(null, 's1', 'l0'));
  });
});

describe('adjacentCell (moving notes with the keyboard)', () => {
  it('gives the cell next to a cell in each direction', () => {
    const from = { stageId: 's1', laneId: 'l1' };
    expect(adjacentCell(layout, from, 'right')).toEqual({ stageId: 's2', laneId: 'l1' });
    expect(adjacentCell(layout, from, 'left')).toEqual({ stageId: 's0', laneId: 'l1' });
    expect(adjacentCell(layout, from, 'up')).toEqual({ stageId: 's1', laneId: 'l0' });
    expect(adjacentCell(layout, from, 'down')).toEqual({ stageId: 's1', laneId: 'l2' });
  });

  it('is null past the edges', () => {
    expect(adjacentCell(layout, { stageId: 's0', laneId: 'l0' }, 'left')).toBeNull();
    expect(adjacentCell(layout, { stageId: 's0', laneId: 'l0' }, 'up')).toBeNull();
    expect(adjacentCell(layout, { stageId: 's2', laneId: 'l2' }, 'right')).toBeNull();
    expect(adjacentCell(layout, { stageId: 's2', laneId: 'l2' }, 'down')).toBeNull();
  });

  it('is null from a stage or lane that is gone (not the first stage or lane)', () => {
    expect(adjacentCell(layout, { stageId: 'gone', laneId: 'l1' }, 'right')).toBeNull();
    expect(adjacentCell(layout, { stageId: 's1', laneId: 'gone' }, 'down')).toBeNull();
    expect(adjacentCell(layout, { stageId: 'gone', laneId: 'l1' }, 'up')).toBeNull();
  });
});
