import { useMemo } from 'react';
import type { WorkspaceView } from '../../../shared/doc';
import { boardRecords } from '../../../shared/doc/board-records';
import { curvesOf } from '../../../shared/layout/emotion-curve';
import type { Editor } from '../editor/editor';
import { shallowEqual, useSlice, useViewValue } from '../editor/hooks';
import { EDITING, LOCALE, RENAMING, SELECTION, type RenameTarget } from '../editor/slices';
import { useBoardPersonas } from '../persona/persona-ui';

/** Every persona's curve colour, by id (what the board draws of personas). */
const personaColours = (view: WorkspaceView): Readonly<Record<string, string>> => {
  const colours: Record<string, string> = {};
  for (const id in view.personas) colours[id] = view.personas[id]!.color;
  return colours;
};
const noteTables = (view: WorkspaceView) => ({ stages: view.stages, lanes: view.lanes, notes: view.notes });
const emotionTable = (view: WorkspaceView) => view.emotions;

/** What the board draws a rename box for (board titles and goals are renamed elsewhere). */
const boardRename = (renaming: RenameTarget | null) => (renaming && renaming.kind !== 'board' && renaming.kind !== 'goal' ? renaming : null);

/**
 * Everything the journey board reads, each through its own selector: the board re-renders when
 * its records, curves, persona colours, selection, edited note, rename box, persona choices or
 * the language change, and for nothing else (a dialog, a status line, the side card, another
 * board's camera, a persona's name being typed). tests/unit/renderer/board-state.test.ts counts.
 */
export function useBoardState(app: Editor, boardId: string) {
  const tables = useViewValue(app, noteTables, shallowEqual);
  const records = useMemo(() => boardRecords(tables, boardId), [tables, boardId]);
  const emotions = useViewValue(app, emotionTable);
  const colours = useViewValue(app, personaColours, shallowEqual);
  // A peer may have deleted a linked persona: only those that exist walk the board.
  const linked = useViewValue(app, (v) => (v.boards[boardId]?.personaIds ?? []).filter((id) => v.personas[id] !== undefined), shallowEqual);
  const curves = useMemo(() => curvesOf(Object.values(emotions).filter((e) => e.boardId === boardId), (id) => colours[id]), [emotions, colours, boardId]);
  const personas = useBoardPersonas(app, boardId, linked);
  return {
    records,
    notes: tables.notes,
    lanes: tables.lanes,
    curves,
    colours,
    /** The persona whose curve new points start (drawn as a ghost where it has none). */
    ghostPersonaId: personas.drawing,
    /** The persona the board is filtered by: other notes dimmed, other curves faded. */
    highlightPersonaId: personas.filter,
    selectedNoteIds: useSlice(app, SELECTION, (s) => s.selectedNoteIds, shallowEqual),
    selectedCell: useSlice(app, SELECTION, (s) => s.selectedCell),
    editingNoteId: useSlice(app, EDITING, (s) => s.editingNoteId),
    renaming: useSlice(app, RENAMING, (s) => boardRename(s.renaming)),
    // Note footers are translated text.
    locale: useSlice(app, LOCALE, (s) => s.uiLocale),
  };
}

export type BoardState = ReturnType<typeof useBoardState>;
