import { useEffect } from 'react';
import { actionForKey, menuSpec, runMenuAction } from '../actions/registry';
import { installClipboard } from '../actions/clipboard';
import { BoardHeader } from './BoardHeader';
import { ContextMenu } from './ContextMenu';
import { Inspector } from './Inspector';
import { JourneyBoard } from '../board/JourneyBoard';
import type { AppController } from '../workspace/controller';
import { BoardList } from './BoardList';
import { CollabPanel } from '../collab/CollabPanel';
import { useAppState, useView } from './hooks';
import { ErrorBanner, StatusLine, QuestionDialog } from './Notices';
import { PersonaBoard } from './PersonaBoard';
import { JourneyPersonaBar, PersonaSidePanel } from '../persona/JourneyPersonas';
import { Toolbar } from './Toolbar';

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

export function App({ app }: { app: AppController }) {
  const state = useAppState(app);
  const view = useView(app);
  const board = state.activeBoardId ? view.boards[state.activeBoardId] : undefined;

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (isTyping(event.target) || app.state.dialog || (app.state.contextMenu && event.key !== 'Escape')) return;
      const action = actionForKey(event, app.hostKind);
      if (!action || !action.enabled(app)) return;
      event.preventDefault();
      void action.run(app);
    };
    window.addEventListener('keydown', onKey);
    const offCommand = app.host.window.onCommand((command) => {
      if (command === 'saveThenClose') void app.saveThenClose();
      else runMenuAction(app, command.slice('action:'.length));
    });
    // The desktop app's native menu is drawn from the registry: re-describe it when labels or state change.
    let lastMenu = '';
    const publishMenu = () => {
      const spec = menuSpec(app);
      const key = JSON.stringify(spec);
      if (key !== lastMenu) {
        lastMenu = key;
        app.host.window.setMenu(spec);
      }
    };
    let menuFrame = 0;
    const scheduleMenu = () => {
      cancelAnimationFrame(menuFrame);
      menuFrame = requestAnimationFrame(publishMenu);
    };
    // Undo/redo availability follows the doc; selection and language follow the app state.
    let watchedSession = app.state.session;
    let offView = watchedSession.view.subscribe(scheduleMenu);
    const offMenuState =
      app.hostKind === 'electron'
        ? app.store.subscribe(() => {
            if (app.state.session !== watchedSession) {
              offView();
              watchedSession = app.state.session;
              offView = watchedSession.view.subscribe(scheduleMenu);
            }
            scheduleMenu();
          })
        : () => undefined;
    if (app.hostKind !== 'electron') offView();
    if (app.hostKind === 'electron') publishMenu();
    const offClipboard = installClipboard(app);
    return () => {
      offClipboard();
      offMenuState();
      offView();
      cancelAnimationFrame(menuFrame);
      window.removeEventListener('keydown', onKey);
      offCommand();
    };
  }, [app]);

  useEffect(() => {
    document.documentElement.lang = state.uiLocale;
  }, [state.uiLocale]);

  return (
    <div className="app">
      <Toolbar app={app} />
      <ErrorBanner app={app} />
      <div className="workspace">
        <BoardList app={app} />
        <main className="board-area">
          {board && <BoardHeader app={app} board={board} />}
          {board?.kind === 'journey' && <JourneyPersonaBar app={app} boardId={board.id} />}
          {board?.kind === 'journey' && <JourneyBoard app={app} boardId={board.id} />}
          {board?.kind === 'persona' && <PersonaBoard app={app} />}
        </main>
        {board?.kind === 'journey' && <PersonaSidePanel app={app} />}
        {board?.kind === 'journey' && <Inspector app={app} />}
      </div>
      <StatusLine app={app} />
      <QuestionDialog app={app} />
      <ContextMenu app={app} />
      <CollabPanel app={app} />
    </div>
  );
}
