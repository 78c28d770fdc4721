/**
 * Main-process entry: app lifecycle and wiring. Everything with logic lives in plain modules
 * (files/, document-state, menu-template, …); this file only connects them to Electron.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, Menu, protocol, session, type WebContents } from 'electron';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, appProtocolResponse } from './app-protocol';
import { APP_LINK_SCHEME, joinLinkFromArgv, parseJoinLink, type JoinParams } from '../../shared/collab/codes';
import type { HostCommand } from '../../shared/host-api';
import { windowIconPath } from './app-icon';
import { APP_NAME } from './document-state';
import { JournalStore } from './files/journal';
import { RecentFiles } from './files/recent-files';
import { foldersToSweep, sweepStaleTempFiles } from './files/temp-sweep';
import { registerHandlers } from './handlers';
import { queueJoinFor } from './handlers/room';
import { createIpc } from './ipc';
import { fileFromArgv } from './launch-args';
import { buildMenuTemplate, type RecentMenu } from './menu-template';
import { recentMenuFiles } from './files/recent-menu';
import { recentFileId } from '../../shared/recent-id';
import { resolveLocale } from '../../shared/i18n';
import { protocolClientArgs } from './protocol-client';
import { QuitFlow } from './quit-flow';
import { isRendererUrl, rendererSource } from './renderer-location';
import { CONTENT_SECURITY_POLICY, DEV_CONTENT_SECURITY_POLICY } from './security-policy';
import { applySessionPolicy, applyWebContentsPolicy, createDocumentWindow, sendCommand } from './window';
import { WindowRegistry } from './window-registry';

// Built as out/main/index.js, next to out/preload and out/renderer.
const here = dirname(fileURLToPath(import.meta.url));
const source = rendererSource(join(here, '../renderer'), process.env['ELECTRON_RENDERER_URL'], app.isPackaged);
const registry = new WindowRegistry();
const iconPath = windowIconPath(process.platform, app.isPackaged, process.resourcesPath, here);
const windows = { source, preloadPath: join(here, '../preload/index.cjs'), registry, quitFlow: new QuitFlow(app), ...(iconPath ? { iconPath } : {}) };

/** A file the OS asked us to open before the first window existed. */
let launchFile: string | null = fileFromArgv(process.argv, process.cwd());
/** A `journey://join?…` link the app was started with (docs/COLLABORATION.md). */
let launchJoin: JoinParams | null = joinLinkFromArgv(process.argv);

// Must be registered before 'ready': the renderer's pages are app://journey/… (app-protocol.ts).
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

if (!app.requestSingleInstanceLock()) {
  // Another Journey is running: it receives our argv through 'second-instance'.
  app.quit();
} else {
  // macOS delivers double-clicked files through this event, possibly before 'ready'.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    if (app.isReady()) openInNewWindow(path);
    else launchFile = path;
  });

  // macOS delivers clicked journey:// links through this event, possibly before 'ready'.
  app.on('open-url', (event, url) => {
    event.preventDefault();
    const join = parseJoinLink(url);
    if (!join) return;
    if (app.isReady()) openJoinWindow(join);
    else launchJoin = join;
  });

  app.on('second-instance', (_event, argv, workingDirectory) => {
    const join = joinLinkFromArgv(argv);
    if (join) return openJoinWindow(join);
    const file = fileFromArgv(argv, workingDirectory);
    if (file !== null) openInNewWindow(file);
    else focusSomeWindow();
  });

  // Every web contents, including any created by accident, gets the navigation rules.
  app.on('web-contents-created', (_event, contents) => applyWebContentsPolicy(contents));

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  // A failure inside start() ends the app with its message too, not as an unhandled rejection.
  app.whenReady().then(start).catch((error: unknown) => {
    console.error(`Journey could not start: ${String(error)}`);
    app.exit(1);
  });
}

function start(): void {
  const isOurs = (contents: WebContents | null) => contents !== null && registry.fromWebContents(contents) !== undefined;
  applySessionPolicy(session.defaultSession, isOurs, source.kind === 'dev' ? DEV_CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY);
  if (source.kind === 'app') {
    const folder = source.folder;
    protocol.handle(APP_SCHEME, (request) => appProtocolResponse(request, folder));
  }

  const ipc = createIpc({
    windowFor: (event) => registry.fromWebContents(event.sender),
    isRendererUrl: (url) => isRendererUrl(url, source),
  });
  const focused = () => registry.fromWindow(BrowserWindow.getFocusedWindow()) ?? registry.all()[0];
  // Until a window's renderer says its UI language (window:setLocale): the system's.
  const systemLocale = resolveLocale(app.getLocale());
  const rebuildMenu = (): void => {
    const target = focused();
    const locale = target?.doc.locale ?? systemLocale;
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(buildMenuTemplate({ platform: process.platform, isPackaged: app.isPackaged, send, spec: target?.doc.menu ?? null, locale, recent: recentMenu })),
    );
  };
  // File ▸ Open Recent: redrawn whenever the list changes (a save or open adds to it) and on focus
  // (a file may have gone away meanwhile).
  let recentMenu: RecentMenu = { files: [], clear: () => void recent.clear().catch(() => undefined) };
  const refreshRecent = (list: readonly string[]): void => {
    void recentMenuFiles(list).then((files) => {
      recentMenu = { ...recentMenu, files };
      rebuildMenu();
    });
  };
  const recent = new RecentFiles(app.getPath('userData'), { onChange: refreshRecent });
  void recent.list().then(refreshRecent, () => undefined);
  // Temp files of saves that were killed mid-write: only ours, only stale, only where we write.
  void recent
    .list()
    .then((list) => sweepStaleTempFiles(foldersToSweep(list, app.getPath('userData'))))
    .catch(() => undefined);
  const files = registerHandlers(ipc, {
    recent,
    journals: new JournalStore(join(app.getPath('userData'), 'recovery')),
    onKeepOpen: () => windows.quitFlow.cancelled(),
    onMenu: (caller) => {
      if (caller === focused()) rebuildMenu();
    },
  });

  app.setAboutPanelOptions({ applicationName: APP_NAME, applicationVersion: app.getVersion() });
  function send(command: HostCommand): void {
    const target = focused();
    if (target) {
      sendCommand(target.window, command);
    } else if (command === 'action:new') {
      createDocumentWindow(windows);
    } else if (command === 'action:open') {
      // No window to ask (macOS with every window closed): pick the file here, open it in a new one.
      void files.pickFileToOpen(null, systemLocale).then((path) => path !== null && openInNewWindow(path));
    } else if (command.startsWith('action:openRecent:')) {
      // Open Recent with no window (macOS): the file clicked opens in a new one.
      const id = command.slice('action:openRecent:'.length);
      void recent.list().then((list) => {
        const path = list.find((p) => recentFileId(p) === id);
        if (path !== undefined) openInNewWindow(path);
      });
    }
  }
  rebuildMenu();
  app.on('browser-window-focus', () => {
    rebuildMenu();
    void recent.list().then(refreshRecent, () => undefined);
  });

  const linkClient = protocolClientArgs(APP_LINK_SCHEME, process, process.cwd());
  if (linkClient.path !== undefined) app.setAsDefaultProtocolClient(linkClient.scheme, linkClient.path, [...(linkClient.args ?? [])]);
  else app.setAsDefaultProtocolClient(linkClient.scheme);
  const first = createDocumentWindow(windows, launchFile);
  if (launchJoin) queueJoinFor(first.window.webContents.id, launchJoin);
  launchFile = null;
  launchJoin = null;

  app.on('activate', () => {
    if (registry.all().length === 0) createDocumentWindow(windows);
  });
}

/** One window per document: the new window's renderer takes the file with `files:takePending`. */
function openInNewWindow(path: string): void {
  createDocumentWindow(windows, path);
}

/** A clicked join link opens a new window that joins the session (`room:takePendingJoin`). */
function openJoinWindow(join: JoinParams): void {
  const entry = createDocumentWindow(windows);
  queueJoinFor(entry.window.webContents.id, join);
}

function focusSomeWindow(): void {
  const entry = registry.all()[0];
  if (!entry) return;
  if (entry.window.isMinimized()) entry.window.restore();
  entry.window.focus();
}
