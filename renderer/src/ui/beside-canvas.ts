import { useLayoutEffect, useState } from 'react';
import type { Editor } from '../editor/editor';

/**
 * A panel laid over the board's right edge starts where the canvas starts, so it covers neither
 * the board's title row nor its zoom buttons, and follows when that row changes height.
 * Returns the ref to give the panel.
 */
export function useBesideCanvas(app: Editor): (element: HTMLElement | null) => void {
  const [element, setElement] = useState<HTMLElement | null>(null);
  useLayoutEffect(() => {
    const canvas = app.drawnBoard?.container;
    if (!element || !canvas) return;
    const place = () => {
      element.style.top = `${canvas.offsetTop}px`;
    };
    place();
    const observer = new ResizeObserver(place);
    observer.observe(canvas);
    return () => observer.disconnect();
  }, [element, app]);
  return setElement;
}

/** The panel's width (styles.css `.inspector`) and a little room beside it. */
const PANEL_PX = 260;

/**
 * Which edge the panel lies over: the right, unless a selected note is drawn there now — then
 * the left, so the note just clicked stays in view and a second click still reaches it.
 */
export function panelSide(app: Editor, noteIds: readonly string[]): 'left' | 'right' {
  const board = app.drawnBoard;
  const canvas = board?.container?.getBoundingClientRect();
  if (!board || !canvas) return 'right';
  const { x, scale } = board.viewport;
  const covered = noteIds.some((id) => {
    const box = board.layout.notes.get(id);
    return box !== undefined && x + (box.x + box.width) * scale > canvas.width - PANEL_PX;
  });
  return covered ? 'left' : 'right';
}
