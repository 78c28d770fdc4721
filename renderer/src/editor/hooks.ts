import { useRef, useSyncExternalStore } from 'react';
import type { WorkspaceView } from '../../../shared/doc';
import type { Editor } from './editor';
import { DOCUMENT, SELECTION } from './slices';
import type { Slice, SliceReader } from './store';

/**
 * Selector hooks over the editor's store: a component re-renders only when the value it
 * selects changes (by `isEqual`, `Object.is` unless told), never for other slices.
 */

export type Equality<T> = (a: T, b: T) => boolean;

/** Equal when both are the same, or arrays / plain objects with the same entries (one level deep). */
export function shallowEqual<T>(a: T, b: T): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => Object.hasOwn(b, k) && Object.is((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/**
 * Select from any slices: `useEditor(editor, (read) => read(SELECTION).selectedNoteIds)`. The
 * selector runs on every store change and every render; the component re-renders only when
 * its result differs from the last one.
 */
export function useEditor<T>(editor: Editor, select: (read: SliceReader) => T, isEqual: Equality<T> = Object.is): T {
  const cache = useRef<{ version: number; select: (read: SliceReader) => T; value: T } | null>(null);
  const getSnapshot = (): T => {
    const version = editor.slices.getVersion();
    const last = cache.current;
    if (last && last.version === version && last.select === select) return last.value;
    const value = select(editor.slices.read);
    if (last && isEqual(last.value, value)) {
      cache.current = { version, select, value: last.value };
      return last.value;
    }
    cache.current = { version, select, value };
    return value;
  };
  return useSyncExternalStore(editor.slices.subscribe, getSnapshot);
}

/** One slice, or what `select` picks from it. */
export function useSlice<S extends object>(editor: Editor, slice: Slice<S>): S;
export function useSlice<S extends object, T>(editor: Editor, slice: Slice<S>, select: (state: S) => T, isEqual?: Equality<T>): T;
export function useSlice<S extends object, T>(editor: Editor, slice: Slice<S>, select?: (state: S) => T, isEqual: Equality<T> = Object.is): S | T {
  // A new selector each render: props it closes over (a board id) count at once.
  const reader = (read: SliceReader): S | T => (select ? select(read(slice)) : read(slice));
  return useEditor(editor, reader, isEqual as Equality<S | T>);
}

/** The open workspace's immutable view (re-renders when the doc or the open session changes). */
export function useView(editor: Editor): WorkspaceView {
  const session = useSlice(editor, DOCUMENT, (d) => d.session);
  return useSyncExternalStore(session.view.subscribe, session.view.getView);
}

/**
 * What `select` picks from the open workspace's view: re-renders only when that changes (by
 * `isEqual`), so a view that draws notes does not re-render when a persona's name is typed.
 */
export function useViewValue<T>(editor: Editor, select: (view: WorkspaceView) => T, isEqual: Equality<T> = Object.is): T {
  const session = useSlice(editor, DOCUMENT, (d) => d.session);
  const cache = useRef<{ view: WorkspaceView; select: (view: WorkspaceView) => T; value: T } | null>(null);
  const getSnapshot = (): T => {
    const view = session.view.getView();
    const last = cache.current;
    if (last && last.view === view && last.select === select) return last.value;
    const value = select(view);
    const kept = last && isEqual(last.value, value) ? last.value : value;
    cache.current = { view, select, value: kept };
    return kept;
  };
  return useSyncExternalStore(session.view.subscribe, getSnapshot);
}

/**
 * The open board's record: re-renders when the user opens another board or this one's record
 * changes (title, goal, personas), not when notes are typed or moved (the app shell reads this).
 */
export function useActiveBoard(editor: Editor): WorkspaceView['boards'][string] | undefined {
  const activeBoardId = useSlice(editor, SELECTION, (s) => s.activeBoardId);
  return useViewValue(editor, (view) => (activeBoardId ? view.boards[activeBoardId] : undefined));
}
