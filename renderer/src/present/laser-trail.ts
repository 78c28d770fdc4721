/**
 * The laser pointer's trails: the presenter's own pointer (pushed by the board overlay) and each
 * presenter's laser from awareness, kept as timed points so the layer draws a short fading tail.
 */
import type { Editor } from '../editor/editor';

/** How long a trail point stays drawn, fading out. */
export const TRAIL_MS = 450;
/** Trail points kept per pointer at most. */
const MAX_POINTS = 24;

export interface TrailPoint {
  readonly x: number;
  readonly y: number;
  readonly t: number;
}

type Listener = (point: { x: number; y: number } | null) => void;
const own = new WeakMap<Editor, Set<Listener>>();

export function pushOwnLaser(editor: Editor, point: { x: number; y: number } | null): void {
  for (const listener of own.get(editor) ?? []) listener(point);
}

export function onOwnLaser(editor: Editor, listener: Listener): () => void {
  let set = own.get(editor);
  if (!set) own.set(editor, (set = new Set()));
  set.add(listener);
  return () => set.delete(listener);
}

/** A trail with a new head point (null: the pointer left; the tail fades out on its own). */
export function extend(trail: readonly TrailPoint[], point: { x: number; y: number } | null, now: number): TrailPoint[] {
  const kept = trail.filter((p) => now - p.t < TRAIL_MS);
  if (!point) return kept;
  const last = kept.at(-1);
  if (last && last.x === point.x && last.y === point.y) return kept;
  return [...kept, { ...point, t: now }].slice(-MAX_POINTS);
}

/** Where each laser's head is drawn now, in board units (journeyDebug.present reads it). */
export const drawnHeads = new WeakMap<Editor, readonly { x: number; y: number }[]>();
