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
