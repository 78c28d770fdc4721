/** `journeyDebug.present` (docs/DEBUG_HOOK.md): presentation mode measured from the drawn board. */
import type { PresentDebug } from '../../../shared/debug-api';
import { NOTE_FONT_SIZE } from '../../../shared/layout/theme';
import type { Editor } from '../editor/editor';
import { drawnHeads } from './laser-trail';
import { PRESENT } from './state';

export function createPresentDebug(app: Editor): PresentDebug {
  return {
    state() {
      const { mode, boardId, stageId } = app.get(PRESENT);
      const board = app.drawnBoard;
      const container = board?.container ?? null;
      const rect = container?.getBoundingClientRect();
      const { x, y, scale } = board?.viewport ?? { x: 0, y: 0, scale: 1 };
      const width = container?.clientWidth ?? 0;
      const height = container?.clientHeight ?? 0;
      const onScreen: string[] = [];
      for (const box of board?.layout.notes.values() ?? []) {
        const left = x + box.x * scale;
        const top = y + box.y * scale;
        if (left >= -0.5 && top >= -0.5 && left + box.width * scale <= width + 0.5 && top + box.height * scale <= height + 0.5) onScreen.push(box.id);
      }
      // Note text is drawn at NOTE_FONT_SIZE board units: on screen that times the zoom.
      const px = Math.round(NOTE_FONT_SIZE * scale * 10) / 10;
      const toolbar = document.querySelector('.toolbar');
      return {
        mode,
        boardId,
        stageId,
        chromeHidden: !toolbar || getComputedStyle(toolbar).display === 'none',
        scale,
        medianNotePx: onScreen.length ? px : 0,
        minNotePx: onScreen.length ? px : 0,
        notesOnScreen: onScreen,
        canvas: rect ? { x: rect.left, y: rect.top, width: rect.width, height: rect.height } : null,
        lasersOnBoard: drawnHeads.get(app) ?? [],
        lasers: (drawnHeads.get(app) ?? []).map((p) => ({ x: (rect?.left ?? 0) + x + p.x * scale, y: (rect?.top ?? 0) + y + p.y * scale })),
      };
    },
  };
}
