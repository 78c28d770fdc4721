import { useEffect } from 'react';
import { actionForKey } from '../actions/shortcuts';
import { installClipboard } from '../actions/clipboard';
import { installNativeMenu } from '../actions/native-menu';
import { runMenuAction } from '../actions/menu';
import { JourneyBoard } from '../board/JourneyBoard';
import { CollabPanel } from '../collab/CollabPanel';
import { ExportDialog } from '../export/ExportDialog';
import { HelpDialogs } from '../help/HelpDialogs';
import type { Editor } from '../editor/editor';
import { useActiveBoard, useSlice } from '../editor/hooks';
import { DIALOGS, LOCALE } from '../editor/slices';
import { JourneyPersonaBar, PersonaSidePanel } from '../persona/JourneyPersonas';
import { PersonaBoard } from '../persona/PersonaBoard';
import { PresentMode } from '../present/PresentMode';
import { InsightsPanel } from '../insights/InsightsPanel';
import { BoardHeader } from '../ui/BoardHeader';
import { BoardList } from '../ui/BoardList';
import { ContextMenu } from '../ui/ContextMenu';
import { Inspector } from '../ui/Inspector';
import { I18nProvider } from '../i18n/I18nProvider';
import { ErrorBanner, QuestionDialog, StatusLine } from '../ui/Notices';
import { NAME_QUESTION } from '../ui/name-question';
import { NameQuestionDialog } from '../ui/NameQuestionDialog';
import { Toolbar } from '../ui/Toolbar';

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/** The app shell: keys, menu commands and the clipboard wired to the editor, and the views laid out. */
export function App({ app }: { app: Editor }) {
  // The shell re-renders for the open board's record and the language, not for every edit.
  const board = useActiveBoard(app);
  const uiLocale = useSlice(app, LOCALE, (s) => s.uiLocale);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const { dialog, contextMenu } = app.get(DIALOGS);
      if (isTyping(event.target) || dialog || app.get(NAME_QUESTION).question || (contextMenu && event.key !== 'Escape')) return;
      const action = actionForKey(app.actions.all(), event, app.hostKind);
      if (!action || !action.enabled(app)) return;
      event.preventDefault();
      void action.run(app);
    };
    window.addEventListener('keydown', onKey);
    const offCommand = app.host.window.onCommand((command) => {
      if (command === 'saveThenClose') void app.saveThenClose();
      else runMenuAction(app, command.slice('action:'.length));
    });
    const offMenu = app.hostKind === 'electron' ? installNativeMenu(app) : () => undefined;
    const offClipboard = installClipboard(app);
    return () => {
      offClipboard();
      offMenu();
      window.removeEventListener('keydown', onKey);
      offCommand();
    };
  }, [app]);

  useEffect(() => {
    document.documentElement.lang = uiLocale;
  }, [uiLocale]);

  return (
    <I18nProvider i18n={app.i18n}>
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
        {board?.kind === 'journey' && <InsightsPanel app={app} boardId={board.id} />}
        {board?.kind === 'journey' && <Inspector app={app} />}
      </div>
      <StatusLine app={app} />
      <QuestionDialog app={app} />
      <NameQuestionDialog app={app} />
      <ContextMenu app={app} />
      <CollabPanel app={app} />
      <ExportDialog app={app} />
      <HelpDialogs app={app} />
      <PresentMode app={app} />
    </div>
    </I18nProvider>
  );
}
