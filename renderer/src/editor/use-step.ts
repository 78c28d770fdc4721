import { useEffect, useRef } from 'react';
import type { Editor, EditStep } from './editor';

/**
 * An undo step a view holds open across many events (a colour picker dragged, a field typed
 * in): `begin` on focus, `edit` for each change, `end` on blur. An edit with no open step is
 * a step of its own; unmounting closes the step. (No editor: a field that never writes live.)
 */
export function useEditStep(editor: Editor | null) {
  const step = useRef<EditStep | null>(null);
  const handle = useRef({
    begin() {
      step.current?.end();
      step.current = editor?.beginStep() ?? null;
    },
    edit<T>(fn: () => T): T {
      if (step.current) return step.current.edit(fn);
      return editor ? editor.edit(fn) : fn();
    },
    end() {
      step.current?.end();
      step.current = null;
    },
  });
  useEffect(() => handle.current.end, []);
  return handle.current;
}
