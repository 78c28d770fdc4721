import type { Action } from '../editor/actions';
import { PERSONA_UI } from '../editor/slices';
import { addPersonaHere, copySelectedPersonas, importPersonasFromFile, openPersonaBoard } from '../persona/operations';
import { activeBoard, always } from './targets';

/** Personas: add (on a journey it walks the journey at once), copy the selected cards, import from a file. */
export const PERSONA_ACTIONS: readonly Action[] = [
  { id: 'addPersona', menu: 'board', labelKey: 'personas.add', shortcuts: [], enabled: always, run: (editor) => void addPersonaHere(editor) },
  {
    id: 'copyPersonas',
    labelKey: 'personas.copy',
    shortcuts: [],
    enabled: (editor) => activeBoard(editor)?.kind === 'persona' && editor.get(PERSONA_UI).selected.length > 0,
    run: (editor) => copySelectedPersonas(editor),
  },
  {
    id: 'importPersonas',
    menu: 'file',
    labelKey: 'personas.import',
    shortcuts: [],
    contexts: ['board'],
    enabled: always,
    run: async (editor) => {
      await importPersonasFromFile(editor);
      if (editor.get(PERSONA_UI).importing && activeBoard(editor)?.kind !== 'persona') openPersonaBoard(editor);
    },
  },
];
