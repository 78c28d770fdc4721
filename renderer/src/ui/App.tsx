import { useEffect } from 'react';
import { actionForKey } from '../actions/registry';
import { JourneyBoard } from '../board/JourneyBoard';
import type { AppController } from '../workspace/controller';
import { BoardList } from './BoardList';
import { useAppState, useView } from './hooks';
import { ErrorBanner, StatusLine, UnsavedDialog } from './Notices';
import { PersonaBoard } from './PersonaBoard';
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
      if (isTyping(event.target) || app.state.prompt) return;
      const action = actionForKey(event, app.hostKind);
      if (!action || !action.enabled(app)) return;
      event.preventDefault();
      void action.run(app);
    };
    window.addEventListener('keydown', onKey);
    const offCommand = app.host.window.onCommand((command) => void app.handleHostCommand(command));
    return () => {
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
          {board && (
            <div className="board-header">
              <h1>{board.title}</h1>
              <p className={board.goal ? 'goal' : 'goal muted'}>
                <strong>{app.t('board.goal')}:</strong> {board.goal || app.t('board.noGoal')}
              </p>
            </div>
          )}
          {board?.kind === 'journey' && <JourneyBoard app={app} boardId={board.id} />}
          {board?.kind === 'persona' && <PersonaBoard app={app} />}
        </main>
      </div>
      <StatusLine app={app} />
      <UnsavedDialog app={app} />
    </div>
  );
}
