import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/700.css';
import './styles.css';
import Konva from 'konva';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { newWorkspace, sampleWorkspace } from '../../shared/model';
import { registerActions } from './actions/registry';
import { installBrowserPrint } from './export/browser-print';
import { App } from './app/App';
import { installDebugHook } from './debug';
import { collabFor } from './collab/manager';
import { installCollabDebug } from './collab/debug';
import { installFacilitation } from './facilitation/install';
import { installFacilitationDebug } from './facilitation/debug';
import { watchDisk } from './editor/disk';
import { Editor } from './editor/editor';
import { confirmJoinLink } from './editor/join-confirm';
import { WorkspaceJournal } from './editor/journal';
import { offerRecovery } from './editor/recovery';
import { resolveHost } from './host';
import { askName } from './ui/name-question';
import { showGuideOnFirstRun } from './editor/help-windows';
import { offerRecentAtStart } from './editor/recent';
import { localStoragePreferences } from './host/preferences';
import { detectLocale } from '../../shared/i18n';
import { parseStartOptions } from './url-params';

declare const __APP_VERSION__: string;

// Windows' default double-click time; Konva's 400 ms misses slower double-clicks (and busy machines).
Konva.dblClickWindow = 500;

async function start(): Promise<void> {
  const options = parseStartOptions(location.search);
  const preferences = localStoragePreferences();
  const locale = options.lang ?? Editor.storedUiLocale(preferences) ?? detectLocale(navigator.languages);
  // Konva measures text when it draws: the bundled font must be ready first, in both scripts.
  await Promise.all([document.fonts.load('400 16px "Noto Sans"', 'Aa Жж'), document.fonts.load('700 16px "Noto Sans"', 'Aa Жж')]).catch(
    () => undefined,
  );
  // A browser without a save picker asks Save As's name in the app (ui/NameQuestionDialog).
  const { host, kind } = resolveHost((question) => askName(app, question));
  const now = new Date().toISOString();
  const initial = options.sample ? sampleWorkspace(locale, now) : newWorkspace(locale, now);
  const app = new Editor(host, kind, __APP_VERSION__, initial, locale, preferences);
  registerActions(app);
  // The browser's own Print prints the open board's print document, not the window (export/browser-print.ts).
  installBrowserPrint(app);
  installFacilitation(app);
  // Crash recovery: unsaved changes are journalled as they happen (editor/journal.ts).
  const journal = new WorkspaceJournal(app);
  addEventListener('pagehide', () => void journal.flush());
  // A file changed by another program is noticed when the window comes back (editor/disk.ts).
  const disk = watchDisk(app);
  addEventListener('focus', () => void disk.check());
  if (options.debug) installDebugHook(app);
  if (options.debug) installCollabDebug(app);
  if (options.debug) installFacilitationDebug(app);
  // A join link: the room's workspace replaces the template (which would duplicate its boards).
  if (options.join) void collabFor(app).join(options.join, { askFirst: false });
  else if (options.serverJoin) void collabFor(app).joinServer(options.serverJoin, { askFirst: false });
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App app={app} />
    </StrictMode>,
  );
  await app.openPending();
  // Then, one question at a time: a journey://join?… link the desktop app was opened for (any web
  // page can push one, so nothing joins before the person agrees: editor/join-confirm.ts), else
  // work left unsaved by a crash, a kill or a closed tab (editor/recovery.ts).
  if (!options.join && !options.serverJoin) {
    void (async () => {
      const join = kind === 'electron' ? await host.room.takePendingJoin() : null;
      if (join) {
        if (await confirmJoinLink(app, join)) await collabFor(app).join(join, { askFirst: false });
      } else {
        await offerRecovery(app, journal);
        // The very first start explains the app (Help ▸ Getting started opens it again); later
        // desktop starts without a file offer the recent workspaces (editor/recent.ts).
        if (!(options.guide && showGuideOnFirstRun(app))) await offerRecentAtStart(app);
      }
    })();
  }
  // Load to interactive, for the cold-start benchmark (after the first board paint).
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  document.documentElement.dataset.readyAt = String(Math.round(performance.now()));
  document.documentElement.dataset.ready = 'true';
}

void start();
