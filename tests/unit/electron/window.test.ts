import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', async () => (await import('./fake-electron')).electronModule);

import type { Session, WebContents } from 'electron';
import { COMMAND_CHANNEL } from '../../../electron/channels';
import { isRendererUrl, rendererSource } from '../../../electron/main/renderer-location';
import { CONTENT_SECURITY_POLICY, DEV_CONTENT_SECURITY_POLICY } from '../../../electron/main/security-policy';
import {
  applySessionPolicy,
  applyWebContentsPolicy,
  createDocumentWindow,
  documentWindowOptions,
  showDocumentState,
} from '../../../electron/main/window';
import { WindowRegistry } from '../../../electron/main/window-registry';
import { fake, fakeEvent, FakeBrowserWindow, FakeSession, FakeWebContents, flush, resetFake } from './fake-electron';

beforeEach(resetFake);

const built = rendererSource('/app/out/renderer', undefined, true);
const preloadPath = '/app/out/preload/index.cjs';

function open(pendingPath: string | null = null, source = built) {
  const registry = new WindowRegistry();
  const entry = createDocumentWindow({ source, preloadPath, registry }, pendingPath);
  const window = FakeBrowserWindow.windows.at(-1);
  if (!window) throw new Error('no window');
  return { registry, entry, window };
}

describe('document windows', () => {
  it('are created with secure web preferences and our preload', () => {
    const { window } = open();
    expect(window.options.webPreferences).toMatchObject({
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
    expect(documentWindowOptions(preloadPath).show).toBe(false);
  });

  it('load the built renderer through app://journey/, or the dev server in development', () => {
    expect(open().window.loaded).toEqual({ kind: 'url', target: 'app://journey/index.html' });
    const dev = rendererSource('/app/out/renderer', 'http://localhost:5173', false);
    expect(open(null, dev).window.loaded).toEqual({ kind: 'url', target: 'http://localhost:5173/' });
  });

  it('are registered with their pending file and shown when ready', () => {
    const { registry, window, entry } = open('/docs/a.journey');
    expect(registry.fromWebContents(window.webContents as unknown as WebContents)).toBe(entry);
    expect(entry.doc.pendingPath).toBe('/docs/a.journey');
    expect(window.visible).toBe(false);
    window.emit('ready-to-show');
    expect(window.visible).toBe(true);
  });

  it('keep our title rather than the page <title>', () => {
    const { window } = open();
    const event = fakeEvent();
    window.emit('page-title-updated', event, 'Page title', false);
    expect(event.defaultPrevented).toBe(true);
  });

  it('show the document name and unsaved marker (and the macOS edited dot)', () => {
    const { entry, window } = open();
    entry.doc.state = { title: 'Plan', fileName: null, dirty: true };
    entry.doc.filePath = '/docs/Plan.journey';
    showDocumentState(entry, 'darwin');
    expect(window.title).toBe('• Plan.journey — Journey');
    expect(window.documentEdited).toBe(true);
    expect(window.representedFilename).toBe('/docs/Plan.journey');
  });
});

describe('closing a document window', () => {
  it('closes a clean document without asking', () => {
    const { window } = open();
    window.close();
    expect(window.destroyed).toBe(true);
    expect(fake.dialog.showMessageBox).not.toHaveBeenCalled();
  });

  it('asks about unsaved changes; Cancel keeps the window', async () => {
    const { window, entry } = open();
    entry.doc.state = { title: 'Plan', fileName: 'Plan.journey', dirty: true };
    fake.dialog.showMessageBox.mockResolvedValueOnce({ response: 2, checkboxChecked: false });
    window.close();
    expect(window.destroyed).toBe(false);
    await flush();
    expect(fake.dialog.showMessageBox).toHaveBeenCalledTimes(1);
    expect(fake.dialog.showMessageBox.mock.calls[0]?.[1]).toMatchObject({ buttons: ['Save', "Don't Save", 'Cancel'], cancelId: 2 });
    expect(window.destroyed).toBe(false);
    expect(window.webContents.sent).toEqual([]);
  });

  it("Don't Save closes the window", async () => {
    const { window, entry } = open();
    entry.doc.state = { title: 'Plan', fileName: null, dirty: true };
    fake.dialog.showMessageBox.mockResolvedValueOnce({ response: 1, checkboxChecked: false });
    window.close();
    await flush();
    expect(window.destroyed).toBe(true);
  });

  it('Save sends saveThenClose and keeps the window open for the renderer to save', async () => {
    const { window, entry } = open();
    entry.doc.state = { title: 'Plan', fileName: null, dirty: true };
    fake.dialog.showMessageBox.mockResolvedValueOnce({ response: 0, checkboxChecked: false });
    window.close();
    await flush();
    expect(window.destroyed).toBe(false);
    expect(window.webContents.sent).toEqual([{ channel: COMMAND_CHANNEL, args: ['saveThenClose'] }]);
  });

  it('does not stack a second prompt while one is showing', async () => {
    const { window, entry } = open();
    entry.doc.state = { title: 'Plan', fileName: null, dirty: true };
    let answer: (value: Electron.MessageBoxReturnValue) => void = () => undefined;
    fake.dialog.showMessageBox.mockReturnValueOnce(new Promise((resolve) => (answer = resolve)));
    window.close();
    window.close();
    expect(fake.dialog.showMessageBox).toHaveBeenCalledTimes(1);
    answer({ response: 2, checkboxChecked: false });
    await flush();
    expect(entry.doc.promptOpen).toBe(false);
  });
});

describe('web contents policy', () => {
  function contents() {
    const wc = new FakeWebContents();
    applyWebContentsPolicy(wc as unknown as WebContents);
    return wc;
  }

  it('prevents every navigation, opening http(s)/mailto links in the OS instead', () => {
    const wc = contents();
    expect(wc.navigate('https://example.com/help')).toBe(true);
    expect(wc.navigate('file:///etc/passwd')).toBe(true);
    expect(wc.navigate('javascript:alert(1)')).toBe(true);
    expect(fake.shell.openExternal.mock.calls).toEqual([['https://example.com/help']]);
  });

  it('denies new windows, opening safe links externally', () => {
    const wc = contents();
    expect(wc.openWindow('https://example.com/')).toEqual({ action: 'deny' });
    expect(wc.openWindow('mailto:team@example.com')).toEqual({ action: 'deny' });
    expect(wc.openWindow('file:///C:/Windows/System32/calc.exe')).toEqual({ action: 'deny' });
    expect(wc.openWindow('ms-msdt:/id PCWDiagnostic')).toEqual({ action: 'deny' });
    expect(fake.shell.openExternal.mock.calls).toEqual([['https://example.com/'], ['mailto:team@example.com']]);
  });

  it('prevents <webview> from attaching', () => {
    const wc = contents();
    const event = fakeEvent();
    wc.emit('will-attach-webview', event, {}, {});
    expect(event.defaultPrevented).toBe(true);
  });
});

describe('session policy', () => {
  function policy() {
    const session = new FakeSession();
    const ours = new FakeWebContents();
    applySessionPolicy(session as unknown as Session, (c) => c === (ours as unknown as WebContents));
    return { session, ours };
  }

  it('puts our CSP on responses, replacing theirs', () => {
    const { session } = policy();
    let response: Electron.HeadersReceivedResponse | undefined;
    session.headersListener?.(
      { url: 'http://localhost:5173/', responseHeaders: { 'Content-Security-Policy': ["script-src 'unsafe-eval'"], 'content-type': ['text/html'] } } as unknown as Electron.OnHeadersReceivedListenerDetails,
      (r) => (response = r),
    );
    expect(response?.responseHeaders).toEqual({ 'content-type': ['text/html'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] });
  });

  it('uses the CSP it is given (the relaxed development policy under electron-vite dev)', () => {
    const session = new FakeSession();
    applySessionPolicy(session as unknown as Session, () => true, DEV_CONTENT_SECURITY_POLICY);
    let response: Electron.HeadersReceivedResponse | undefined;
    session.headersListener?.({ url: 'http://localhost:5173/', responseHeaders: {} } as unknown as Electron.OnHeadersReceivedListenerDetails, (r) => (response = r));
    expect(response?.responseHeaders).toEqual({ 'Content-Security-Policy': [DEV_CONTENT_SECURITY_POLICY] });
  });

  it('grants the clipboard to our windows only and denies every other permission', () => {
    const { session, ours } = policy();
    const ask = (contents: FakeWebContents, permission: Parameters<NonNullable<FakeSession['permissionRequest']>>[1]) => {
      let granted: boolean | undefined;
      session.permissionRequest?.(contents as unknown as WebContents, permission, (g) => (granted = g), {} as Electron.PermissionRequest);
      return granted;
    };
    expect(ask(ours, 'clipboard-read')).toBe(true);
    expect(ask(ours, 'clipboard-sanitized-write')).toBe(true);
    expect(ask(ours, 'media')).toBe(false);
    expect(ask(ours, 'geolocation')).toBe(false);
    expect(ask(ours, 'openExternal')).toBe(false);
    expect(ask(new FakeWebContents(), 'clipboard-read')).toBe(false);
    const check = (contents: FakeWebContents | null, permission: 'clipboard-read' | 'notifications') =>
      session.permissionCheck?.(contents as unknown as WebContents, permission, 'file:///', {} as Electron.PermissionCheckHandlerHandlerDetails);
    expect(check(ours, 'clipboard-read')).toBe(true);
    expect(check(ours, 'notifications')).toBe(false);
    expect(check(null, 'clipboard-read')).toBe(false);
  });
});

describe('URL of the built renderer', () => {
  it('is what the window reports after loading, and is the app', () => {
    const { window } = open();
    expect(window.webContents.mainFrame.url).toBe('app://journey/index.html');
    expect(isRendererUrl(window.webContents.mainFrame.url, built)).toBe(true);
  });
});

describe('the window icon', () => {
  it('Linux windows carry the app icon (packaged: next to the asar; in development: build/); macOS and Windows take the bundle’s', async () => {
    const { windowIconPath } = await import('../../../electron/main/app-icon');
    const { join } = await import('node:path');
    expect(windowIconPath('linux', true, '/opt/Journey/resources', '/x/out/main')).toBe(join('/opt/Journey/resources', 'icon.png'));
    expect(windowIconPath('linux', false, '/r', '/repo/out/main')).toBe(join('/repo/build/icon.png'));
    expect(windowIconPath('darwin', true, '/r', '/x')).toBeUndefined();
    expect(windowIconPath('win32', true, '/r', '/x')).toBeUndefined();
    expect(documentWindowOptions('/p.cjs', '/opt/icon.png').icon).toBe('/opt/icon.png');
    expect(documentWindowOptions('/p.cjs')).not.toHaveProperty('icon');
  });
});
