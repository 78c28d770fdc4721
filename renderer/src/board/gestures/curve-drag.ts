import { setEmotion } from '../../../../shared/doc';
import { emotionBand, emotionLane } from '../../../../shared/layout/emotion-curve';
import { StepWriter } from './step-writer';
import type { Gesture, GestureEnv, PointerInput } from './types';

/**
 * Dragging an emotion-curve point up or down (−2…+2, snapped to halves), or a ghost point to
 * start a curve in that stage. The point follows the pointer inside the lane; its score reaches
 * the doc a few times a second and on release, one undo step. A ghost clicked in place sets 0.
 */
export function curveDragGesture(env: GestureEnv, where: { curveKey: string; stageId: string; ghost: boolean; y: number }, down: PointerInput): Gesture {
  const lane = emotionLane(env.layout());
  const band = lane ? emotionBand(lane) : null;
  const writer = new StepWriter(env);
  const doc = env.editor.doc;
  const target = { boardId: env.boardId, stageId: where.stageId, ...(where.curveKey ? { personaId: where.curveKey } : {}) };
  const grabDy = where.y - down.board.y;
  let moved = false;
  // A real point already has its score; a ghost's first write creates the point.
  let lastScore: number | null = where.ghost || !band ? null : band.scoreOf(where.y);
  let done = false;
  const yAt = (input: PointerInput) => (band ? band.clampY(input.board.y + grabDy) : where.y);
  const write = (score: number) => () => setEmotion(doc, target, { score });
  return {
    kind: 'curve-drag',
    move(input) {
      if (done || !band) return;
      if (!moved && Math.abs(input.view.y - down.view.y) < 1) return;
      moved = true;
      const y = yAt(input);
      env.feedback.curvePoint({ curveKey: where.curveKey, stageId: where.stageId, y });
      const score = band.scoreOf(y);
      if (score !== lastScore) {
        lastScore = score;
        writer.write(write(score));
      }
    },
    up(input) {
      if (done) return;
      done = true;
      env.feedback.curvePoint(null);
      if (!band) return writer.close();
      // A real point clicked in place stays as it is; a ghost clicked in place becomes a point.
      if (!moved && !where.ghost) return writer.close();
      writer.finish(write(band.scoreOf(moved ? yAt(input) : where.y)));
    },
    cancel() {
      if (done) return;
      done = true;
      env.feedback.curvePoint(null);
      writer.close();
      if (writer.wrote) env.editor.undo();
    },
  };
}
