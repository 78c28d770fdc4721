import type { Editor } from '../editor/editor';
import { facilitationFor } from './controller';
import { lockGuard } from './edit-lock';
import { guardActions } from './guards';
import { facilitationDoubleClick, facilitationPress, type BoardDoubleClick, type BoardPress } from './press';
import { setBoardPressHooks } from './press-hook';

/** Start the window's facilitation tools: identity, doc and awareness, the board's press hooks, lock guards. */
export function installFacilitation(app: Editor): void {
  facilitationFor(app);
  setBoardPressHooks(app, {
    press: (boardId, press) => facilitationPress(app, boardId, press as BoardPress),
    doubleClick: (boardId, action) => facilitationDoubleClick(app, boardId, action as BoardDoubleClick),
  });
  guardActions(app);
  app.editGuard = lockGuard(app);
}
