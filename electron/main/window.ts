/**
 * Document windows with secure defaults, and the navigation / permission / CSP rules applied to
 * every web contents and to the session.
 */
import {
  BrowserWindow,
  dialog,
  shell,
  type BrowserWindowConstructorOptions,
  type Session,
  type WebContents,
  type WebPreferences,
} from 'electron';
import type { HostCommand } from '../../shared/host-api';
import { COMMAND_CHANNEL } from '../channels';
import { closeAction, closeChoice, closeDecision, closePrompt, windowTitle } from './document-state';
import type { QuitFlow } from './quit-flow';
import type { RendererSource } from './renderer-location';
import { CONTENT_SECURITY_POLICY, isPermissionAllowed, isSafeExternalUrl, withCspHeader } from './security-policy';
import type { AppWindow, WindowRegistry } from './window-registry';

/** The renderer is untrusted web content: isolated, sandboxed, no Node, same-origin rules on. */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: true,
  };
}

export function documentWindowOptions(preloadPath: string, iconPath?: string): BrowserWindowConstructorOptions {
  return {
    ...(iconPath ? { icon: iconPath } : {}),
    width: 1280,
    height: 820,
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Untitled — Journey',
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences(preloadPath),
  };
}

/** Main → renderer: deliver a menu or close-prompt command. */
export function sendCommand(window: BrowserWindow, command: HostCommand): void {
  if (!window.isDestroyed()) window.webContents.send(COMMAND_CHANNEL, command);
}

/**
 * No navigation away from the app, no new windows, no <webview>. Links to http(s)/mailto open in
 * the user's browser or mail client instead. Applied to every web contents the app creates.
 */
export function applyWebContentsPolicy(contents: WebContents): void {
  contents.on('will-navigate', (event) => {
    event.preventDefault();
    if (isSafeExternalUrl(event.url)) void shell.openExternal(event.url);
  });
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/**
 * Our CSP on every response (app:// responses carry it themselves, and the page a <meta> tag), and every permission
 * denied except the clipboard for our own windows.
 */
export function applySessionPolicy(
  session: Session,
  isAppContents: (contents: WebContents | null) => boolean,
  csp: string = CONTENT_SECURITY_POLICY,
): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withCspHeader(details.responseHeaders, csp) });
  });
  session.setPermissionRequestHandler((contents, permission, callback) => {
    callback(isPermissionAllowed(permission) && isAppContents(contents));
  });
  session.setPermissionCheckHandler((contents, permission) => isPermissionAllowed(permission) && isAppContents(contents));
}

export interface WindowFactory {
  readonly source: RendererSource;
  readonly preloadPath: string;
  readonly registry: WindowRegistry;
  /** Carries an app quit on across windows that ask about unsaved work (quit-flow.ts). */
  readonly quitFlow?: QuitFlow;
  /** The window icon (Linux; see app-icon.ts). */
  readonly iconPath?: string;
}

/** Opens a document window, optionally with a file for its renderer to take at start-up. */
export function createDocumentWindow({ source, preloadPath, registry, quitFlow, iconPath }: WindowFactory, pendingPath: string | null = null): AppWindow {
  const window = new BrowserWindow(documentWindowOptions(preloadPath, iconPath));
  const entry = registry.add(window, pendingPath);

  // The title is ours (document name + unsaved marker), not the page's <title>.
  window.on('page-title-updated', (event) => event.preventDefault());
  window.once('ready-to-show', () => window.show());
  let asked = false;
  window.once('closed', () => {
    if (asked) quitFlow?.askedWindowClosed();
  });
  window.on('close', (event) => {
    const decision = closeDecision(entry.doc);
    if (decision === 'close') return;
    asked = true;
    event.preventDefault();
    if (decision === 'ignore') return;
    entry.doc.promptOpen = true;
    dialog.showMessageBox(window, closePrompt(entry.doc.state, entry.doc.filePath, entry.doc.locale)).then(
      ({ response }) => {
        entry.doc.promptOpen = false;
        if (window.isDestroyed()) return;
        const action = closeAction(closeChoice(response));
        if (action === 'close') {
          entry.doc.closeApproved = true;
          window.close();
        } else if (action === 'save-then-close') {
          // The renderer saves, then calls window:close; if the save is cancelled it stays open.
          sendCommand(window, 'saveThenClose');
        } else {
          quitFlow?.cancelled();
        }
      },
      () => {
        entry.doc.promptOpen = false;
      },
    );
  });

  // Both kinds are URLs: the dev server, or app://journey/index.html (app-protocol.ts).
  const loaded = window.loadURL(source.url);
  loaded.catch((error: unknown) => console.error(`The Journey window could not load its page: ${String(error)}`));
  return entry;
}

/** Applies a document state to its window: title, unsaved marker, macOS proxy icon. */
export function showDocumentState(entry: AppWindow, platform: NodeJS.Platform = process.platform): void {
  const { window, doc } = entry;
  if (window.isDestroyed()) return;
  window.setTitle(windowTitle(doc.state, doc.filePath, doc.locale));
  if (platform === 'darwin') {
    window.setDocumentEdited(doc.state.dirty);
    window.setRepresentedFilename(doc.filePath ?? '');
  }
}
