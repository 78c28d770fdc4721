import { linkPersona } from '../../../shared/doc';
import type { Action } from '../actions/registry';
import type { AppController } from '../workspace/controller';
import { addPersonaCard, copySelectedPersonas, importPersonasFromFile, openPersonaBoard } from './operations';
import { personaUi } from './persona-ui';

/** The persona verbs in the action registry (spread into ACTIONS there). */

const activeBoard = (app: AppController) => (app.state.activeBoardId ? app.state.session.view.getView().boards[app.state.activeBoardId] : undefined);

export const PERSONA_ACTIONS: readonly Action[] = [
  {
    id: 'addPersona',
    menu: 'board',
    labelKey: 'personas.add',
    shortcuts: [],
    enabled: () => true,
    run: (app) => {
      const board = activeBoard(app);
      if (board?.kind === 'journey') {
        // On a journey the new persona walks it at once, its card open beside the board.
        const id = addPersonaCard(app);
        linkPersona(app.state.session.doc, board.id, id);
        app.state.session.undo.stopCapturing();
        personaUi(app).set({ sideCard: id });
        return;
      }
      if (board?.kind !== 'persona') openPersonaBoard(app);
      addPersonaCard(app);
    },
  },
  {
    id: 'copyPersonas',
    labelKey: 'personas.copy',
    shortcuts: [],
    enabled: (app) => activeBoard(app)?.kind === 'persona' && personaUi(app).get().selected.length > 0,
    run: (app) => copySelectedPersonas(app),
  },
  {
    id: 'importPersonas',
    menu: 'file',
    labelKey: 'personas.import',
    shortcuts: [],
    contexts: ['board'],
    enabled: () => true,
    run: async (app) => {
      await importPersonasFromFile(app);
      if (personaUi(app).get().importing && activeBoard(app)?.kind !== 'persona') openPersonaBoard(app);
    },
  },
];
