import type { Editor } from '../editor/editor';
import { DOCUMENT } from '../editor/slices';
import { menuSpec } from './menu';

/**
 * The desktop app's native menu is drawn from the editor's actions: describe it now, and again
 * (once per frame at most) when labels or what is enabled may have changed: undo availability
 * follows the doc, selection and language follow the store. Returns the function that stops it.
 */
export function installNativeMenu(editor: Editor): () => void {
  let lastMenu = '';
  const publish = () => {
    const spec = menuSpec(editor);
    const key = JSON.stringify(spec);
    if (key !== lastMenu) {
      lastMenu = key;
      editor.host.window.setMenu(spec);
    }
  };
  let frame = 0;
  const schedule = () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(publish);
  };
  let watched = editor.session;
  let offView = watched.view.subscribe(schedule);
  const offSession = editor.slices.slice(DOCUMENT).subscribe(() => {
    if (editor.session === watched) return;
    offView();
    watched = editor.session;
    offView = watched.view.subscribe(schedule);
  });
  const offStore = editor.slices.subscribe(schedule);
  publish();
  return () => {
    offStore();
    offSession();
    offView();
    cancelAnimationFrame(frame);
  };
}
