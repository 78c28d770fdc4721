import { describe, expect, it } from 'vitest';
import { mmToPx, pageSize, posterPlan, type BoardPlan, type Rect } from '../../../shared/export/paper';
import { boardPicture, DEFAULT_PRINT_OPTIONS, planBoards } from '../../../shared/export/print-document';
import { benchWorkspace } from '../../../shared/model';
import { multilingualWorkspace } from './fixtures';

/** Poster cut lines fall between notes: every note is whole on some tile, where the notes leave room. */
const inside = (box: Rect, r: Rect) => box.x >= r.x && box.y >= r.y && box.x + box.width <= r.x + r.width && box.y + box.height <= r.y + r.height;
const cutEverywhere = (boxes: readonly Rect[], plan: BoardPlan) => boxes.filter((box) => !plan.tiles.some((t) => inside(box, t.rect)));

describe('poster cut lines', () => {
  for (const [name, snapshot] of [
    ['the sample board in Russian', multilingualWorkspace('ru')],
    ['a 2,000-note board', benchWorkspace(2000)],
  ] as const) {
    it(`${name}: A4 and A3 at 100 % and 150 %, every note whole on one tile; without the notes' boxes some would be cut on both sides`, () => {
      const board = snapshot.boards.find((b) => b.kind === 'journey')!;
      const { layout } = boardPicture(snapshot, board.id);
      const boxes = [...layout.notes.values()];
      const size = { width: layout.width, height: layout.height };
      let naiveCut = 0;
      for (const paper of ['A4', 'A3'] as const) {
        for (const scale of [1, 1.5]) {
          const page = pageSize(paper, 'portrait');
          const plan = posterPlan(size, page, { scale, overlapMm: 10 }, boxes);
          expect(cutEverywhere(boxes, plan)).toEqual([]);
          naiveCut += cutEverywhere(boxes, posterPlan(size, page, { scale, overlapMm: 10 })).length;
          // The tiles still cover the board, neighbours repeat at least the overlap asked for, and say how much.
          const last = plan.tiles.at(-1)!;
          expect(last.rect.x + last.rect.width).toBeGreaterThanOrEqual(size.width);
          expect(last.rect.y + last.rect.height).toBeGreaterThanOrEqual(size.height);
          for (const tile of plan.tiles) {
            const right = plan.tiles.find((t) => t.row === tile.row && t.col === tile.col + 1);
            if (right) {
              expect(tile.overlapRight).toBeCloseTo(tile.rect.x + tile.rect.width - right.rect.x);
              expect(tile.overlapRight).toBeGreaterThanOrEqual(mmToPx(10) / scale - 1e-6);
              expect(tile.overlapRight).toBeLessThanOrEqual(tile.rect.width / 2 + 1e-6);
            } else expect(tile.overlapRight).toBe(0);
          }
        }
      }
      expect(naiveCut).toBeGreaterThan(0);
      // The print document plans with the notes' boxes.
      const [{ plan }] = planBoards(snapshot, { ...DEFAULT_PRINT_OPTIONS, paper: 'A4', orientation: 'portrait', layout: 'poster', scale: 1 }) as [ReturnType<typeof planBoards>[number]];
      expect(cutEverywhere(boxes, plan)).toEqual([]);
    });
  }
});
