import { resizeLane, resizeStage } from '../../../../shared/doc';
import { LANE_MIN_HEIGHT, STAGE_MIN_WIDTH } from '../../../../shared/model';
import type { Track } from './reorder';
import { StepWriter } from './step-writer';
import type { Gesture, GestureEnv, PointerInput } from './types';

/**
 * Dragging a stage's right edge or a lane's lower edge: a marker follows the pointer, the new
 * size reaches the doc a few times a second while dragging and on release, all one undo step.
 */
export function trackResizeGesture(env: GestureEnv, track: Track, id: string, down: PointerInput): Gesture {
  const layout = env.layout();
  const stage = track === 'stage' ? layout.stages.find((s) => s.id === id) : undefined;
  const lane = track === 'lane' ? layout.lanes.find((l) => l.id === id) : undefined;
  const startSize = stage?.width ?? lane?.height ?? 0;
  const writer = new StepWriter(env);
  const doc = env.editor.doc;
  let done = false;
  /** The size the pointer asks for; the schema's minimum keeps the marker honest. */
  const sizeAt = (input: PointerInput) => {
    const delta = track === 'stage' ? input.board.x - down.board.x : input.board.y - down.board.y;
    return Math.max(track === 'stage' ? STAGE_MIN_WIDTH : LANE_MIN_HEIGHT, startSize + delta);
  };
  // Less than a screen pixel of travel is a click on the edge, not a resize.
  const moved = (input: PointerInput) => Math.abs(track === 'stage' ? input.view.x - down.view.x : input.view.y - down.view.y) >= 1;
  const write = (size: number) => () => (track === 'stage' ? resizeStage(doc, id, size) : resizeLane(doc, id, size));
  return {
    kind: `${track}-resize`,
    move(input) {
      if (done || (!stage && !lane)) return;
      const size = sizeAt(input);
      const l = env.layout();
      env.feedback.marker(stage ? { x: stage.x + size - 2, y: 0, width: 4, height: l.height } : { x: 0, y: lane!.y + size - 2, width: l.width, height: 4 });
      if (moved(input)) writer.write(write(size));
    },
    up(input) {
      if (done) return;
      done = true;
      env.feedback.marker(null);
      writer.finish((stage || lane) && (moved(input) || writer.wrote) ? write(sizeAt(input)) : undefined);
    },
    cancel() {
      if (done) return;
      done = true;
      env.feedback.marker(null);
      writer.close();
      if (writer.wrote) env.editor.undo();
    },
  };
}
