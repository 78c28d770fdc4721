import { readFileSync } from 'node:fs';
/**
 * A small fake of the `electron` module for testing the main-process glue and the preload in
 * plain Node (the Electron binary cannot be downloaded on our build machines). It records what
 * the code under test does and lets a test play the renderer (invoke / send from a frame) and the
 * user (dialog answers). Signatures follow Electron's own `.d.ts` for the members we use.
 *
 * Use from a test file:
 *   vi.mock('electron', async () => (await import('./fake-electron')).electronModule);
 *   import { fake } from './fake-electron';
 */
import { EventEmitter } from 'node:events';
import { pathToFileURL } from 'node:url';
import type * as Electron from 'electron';
import { vi } from 'vitest';

/** Electron's `Event`: what `preventDefault` listeners receive. */
export interface FakeEvent {
  defaultPrevented: boolean;
  preventDefault(): void;
}

export function fakeEvent<T extends object>(extra: T = {} as T): FakeEvent & T {
  const event = {
    ...extra,
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true;
    },
  };
  return event;
}

let nextId = 1;

/** `WebFrameMain`: the members the sender check reads. */
export class FakeFrame {
  detached = false;
  constructor(
    public url: string,
    readonly processId: number,
    readonly frameToken: string,
    readonly parent: FakeFrame | null = null,
  ) {}

  /** An iframe inside this frame (another frame token, maybe another process). */
  child(url: string): FakeFrame {
    return new FakeFrame(url, this.processId, `frame-${nextId++}`, this);
  }
}

type WindowOpenHandler = Parameters<Electron.WebContents['setWindowOpenHandler']>[0];

export class FakeWebContents extends EventEmitter {
  readonly id = nextId++;
  readonly mainFrame = new FakeFrame('about:blank', 1000 + this.id, `main-${this.id}`);
  /** Messages sent to the renderer with `send`. */
  readonly sent: Array<{ channel: string; args: unknown[] }> = [];
  windowOpenHandler: WindowOpenHandler | null = null;
  destroyed = false;

  send(channel: string, ...args: unknown[]): void {
    if (this.destroyed) throw new Error('Object has been destroyed');
    this.sent.push({ channel, args });
  }

  /** What `printToPDF` was asked for, and the PDF bytes it gives (Chromium's job; faked). */
  readonly printedToPdf: Electron.PrintToPDFOptions[] = [];
  pdfBytes: Uint8Array = new TextEncoder().encode('%PDF-1.7 fake');
  /** While true, printToPDF never settles (a long export; Chromium gives no answer once its window is destroyed). */
  static holdPdf = false;
  printToPDF(options: Electron.PrintToPDFOptions): Promise<Buffer> {
    if (this.destroyed) return Promise.reject(new Error('Object has been destroyed'));
    this.printedToPdf.push(options);
    if (FakeWebContents.holdPdf) return new Promise<Buffer>(() => undefined);
    return Promise.resolve(Buffer.from(this.pdfBytes));
  }
  /** The system print dialog's answer: printed, or cancelled (Chromium's reason text). */
  static printAnswers: { success: boolean; reason: string }[] = [];
  printAnswer: { success: boolean; reason: string } = FakeWebContents.printAnswers.shift() ?? { success: true, reason: '' };
  readonly printed: Electron.WebContentsPrintOptions[] = [];
  print(options: Electron.WebContentsPrintOptions, callback: (success: boolean, reason: string) => void): void {
    this.printed.push(options);
    queueMicrotask(() => callback(this.printAnswer.success, this.printAnswer.reason));
  }

  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.windowOpenHandler = handler;
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  /** Plays Chromium: a renderer-initiated navigation. Returns whether it was prevented. */
  navigate(url: string): boolean {
    const event = fakeEvent({ url, isMainFrame: true, isSameDocument: false });
    this.emit('will-navigate', event, url, false, true, this.mainFrame.processId, 0);
    return event.defaultPrevented;
  }

  /** Plays Chromium: `window.open(url)` / a target=_blank link. */
  openWindow(url: string): Electron.WindowOpenHandlerResponse {
    if (!this.windowOpenHandler) return { action: 'allow' };
    return this.windowOpenHandler({ url, frameName: '', features: '', disposition: 'new-window', referrer: { url: '', policy: 'default' } } as Electron.HandlerDetails);
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static windows: FakeBrowserWindow[] = [];
  /** Every window made since the last reset, closed ones too. */
  static created: FakeBrowserWindow[] = [];
  /** What each loadFile'd file held when it was loaded (the print window's temp file is gone after). */
  loadedText: string | null = null;
  static focused: FakeBrowserWindow | null = null;

  static getAllWindows(): FakeBrowserWindow[] {
    return [...FakeBrowserWindow.windows];
  }
  static getFocusedWindow(): FakeBrowserWindow | null {
    return FakeBrowserWindow.focused;
  }
  static fromWebContents(contents: FakeWebContents): FakeBrowserWindow | null {
    return FakeBrowserWindow.windows.find((w) => w.webContents === contents) ?? null;
  }

  readonly webContents = new FakeWebContents();
  title: string;
  documentEdited = false;
  representedFilename = '';
  visible = false;
  destroyed = false;
  loaded: { kind: 'url' | 'file'; target: string } | null = null;

  constructor(readonly options: Electron.BrowserWindowConstructorOptions = {}) {
    super();
    this.title = options.title ?? '';
    FakeBrowserWindow.windows.push(this);
    FakeBrowserWindow.created.push(this);
    // Real BrowserWindows emit web-contents-created on app.
    electronModule.app.emit('web-contents-created', fakeEvent(), this.webContents);
  }

  loadURL(url: string): Promise<void> {
    this.loaded = { kind: 'url', target: url };
    this.webContents.mainFrame.url = url;
    return Promise.resolve();
  }
  loadFile(path: string): Promise<void> {
    this.loaded = { kind: 'file', target: path };
    try {
      this.loadedText = readFileSync(path, 'utf8');
    } catch {
      this.loadedText = null;
    }
    this.webContents.mainFrame.url = pathToFileURL(path).href;
    return Promise.resolve();
  }
  setTitle(title: string): void {
    this.title = title;
  }
  getTitle(): string {
    return this.title;
  }
  setDocumentEdited(edited: boolean): void {
    this.documentEdited = edited;
  }
  setRepresentedFilename(path: string): void {
    this.representedFilename = path;
  }
  show(): void {
    this.visible = true;
  }
  focus(): void {
    FakeBrowserWindow.focused = this;
  }
  isMinimized(): boolean {
    return false;
  }
  fullScreen = false;
  isFullScreen(): boolean {
    return this.fullScreen;
  }
  /** Like Electron: emits enter-/leave-full-screen when it changes. */
  setFullScreen(on: boolean): void {
    if (this.fullScreen === on) return;
    this.fullScreen = on;
    this.emit(on ? 'enter-full-screen' : 'leave-full-screen');
  }
  restore(): void {}
  isDestroyed(): boolean {
    return this.destroyed;
  }
  /** Like Electron: emits 'close' (cancellable), then destroys and emits 'closed'. */
  close(): void {
    if (this.destroyed) return;
    const event = fakeEvent();
    this.emit('close', event);
    if (!event.defaultPrevented) this.destroy();
  }
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.webContents.destroyed = true;
    FakeBrowserWindow.windows = FakeBrowserWindow.windows.filter((w) => w !== this);
    if (FakeBrowserWindow.focused === this) FakeBrowserWindow.focused = null;
    this.emit('closed');
  }
}

type InvokeListener = (event: Electron.IpcMainInvokeEvent, ...args: unknown[]) => unknown;

export class FakeIpcMain extends EventEmitter {
  readonly handlers = new Map<string, InvokeListener>();

  handle(channel: string, listener: InvokeListener): void {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, listener);
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }

  /** Plays `ipcRenderer.invoke` from `frame` (default: the main frame) of `sender`. */
  async invoke(sender: FakeWebContents, channel: string, args: unknown[] = [], frame: FakeFrame | null = sender.mainFrame): Promise<unknown> {
    const listener = this.handlers.get(channel);
    if (!listener) throw new Error(`No handler registered for '${channel}'`);
    const event = { ...fakeEvent(), sender, senderFrame: frame, processId: frame?.processId ?? 0, frameId: 1, type: 'frame' as const };
    return listener(event as unknown as Electron.IpcMainInvokeEvent, ...structuredClone(args));
  }

  /** Plays `ipcRenderer.send`. */
  sendFrom(sender: FakeWebContents, channel: string, args: unknown[] = [], frame: FakeFrame | null = sender.mainFrame): void {
    const event = { ...fakeEvent(), sender, senderFrame: frame, processId: frame?.processId ?? 0, frameId: 1, type: 'frame' as const, ports: [], returnValue: undefined, reply: () => undefined };
    this.emit(channel, event as unknown as Electron.IpcMainEvent, ...structuredClone(args));
  }
}

type HeadersListener = (details: Electron.OnHeadersReceivedListenerDetails, callback: (response: Electron.HeadersReceivedResponse) => void) => void;
type PermissionRequestHandler = NonNullable<Parameters<Electron.Session['setPermissionRequestHandler']>[0]>;
type PermissionCheckHandler = NonNullable<Parameters<Electron.Session['setPermissionCheckHandler']>[0]>;

export class FakeSession {
  headersListener: HeadersListener | null = null;
  permissionRequest: PermissionRequestHandler | null = null;
  permissionCheck: PermissionCheckHandler | null = null;
  readonly webRequest = {
    onHeadersReceived: (listener: HeadersListener | null) => {
      this.headersListener = listener;
    },
  };
  setPermissionRequestHandler(handler: PermissionRequestHandler | null): void {
    this.permissionRequest = handler;
  }
  setPermissionCheckHandler(handler: PermissionCheckHandler | null): void {
    this.permissionCheck = handler;
  }
}

type ProtocolHandler = (request: Request) => Response | Promise<Response>;

/**
 * Electron's `protocol` with its documented timing rules: schemes are made privileged only
 * before 'ready', handlers are added only after it, and a scheme is handled once.
 */
export class FakeProtocol {
  readonly privileged: Electron.CustomScheme[] = [];
  readonly handlers = new Map<string, ProtocolHandler>();
  registerSchemesAsPrivileged(schemes: Electron.CustomScheme[]): void {
    if (electronModule.app.ready) throw new Error('protocol.registerSchemesAsPrivileged should be called before app is ready');
    this.privileged.push(...schemes);
  }
  handle(scheme: string, handler: ProtocolHandler): void {
    if (!electronModule.app.ready) throw new Error('protocol.handle can only be used after app is ready');
    if (this.handlers.has(scheme)) throw new Error(`Failed to register protocol: ${scheme}`);
    this.handlers.set(scheme, handler);
  }
  isProtocolHandled(scheme: string): boolean {
    return this.handlers.has(scheme);
  }
  /** Plays Chromium asking for a URL of a handled scheme. */
  async request(url: string, method = 'GET'): Promise<Response> {
    const handler = this.handlers.get(new URL(url).protocol.slice(0, -1));
    if (!handler) throw new Error(`ERR_UNKNOWN_URL_SCHEME: ${url}`);
    return handler(new Request(url, { method }));
  }
}

class FakeApp extends EventEmitter {
  isPackaged = false;
  ready = false;
  paths: Record<string, string> = {};
  readonly addRecentDocument = vi.fn((_path: string): void => undefined);
  readonly quit = vi.fn((): void => undefined);
  readonly exit = vi.fn((_code?: number): void => undefined);
  readonly setAboutPanelOptions = vi.fn((_options: Electron.AboutPanelOptionsOptions): void => undefined);
  readonly requestSingleInstanceLock = vi.fn((): boolean => true);
  /** Windows and Linux: the registry / the desktop file; records what the app asked for. */
  readonly setAsDefaultProtocolClient = vi.fn((_protocol: string, _path?: string, _args?: string[]): boolean => true);

  getName(): string {
    return 'Journey';
  }
  getVersion(): string {
    return '0.1.0';
  }
  /** The system's language, as Electron reports it. */
  locale = 'en-US';
  getLocale(): string {
    return this.locale;
  }
  getPath(name: string): string {
    const path = this.paths[name];
    if (path === undefined) throw new Error(`Failed to get '${name}' path`);
    return path;
  }
  isReady(): boolean {
    return this.ready;
  }
  /** When false, `whenReady` waits for `becomeReady()` (to test what happens before 'ready'). */
  autoReady = true;
  private readyWaiters: Array<() => void> = [];
  whenReady(): Promise<void> {
    if (this.autoReady) {
      this.ready = true;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.readyWaiters.push(resolve));
  }
  becomeReady(): void {
    this.ready = true;
    for (const resolve of this.readyWaiters.splice(0)) resolve();
  }
}

function createFake() {
  const ipcRenderer = Object.assign(new EventEmitter(), {
    invoke: vi.fn(async (_channel: string, ..._args: unknown[]): Promise<unknown> => undefined),
    send: vi.fn((_channel: string, ..._args: unknown[]): void => undefined),
  });
  return {
    app: new FakeApp(),
    BrowserWindow: FakeBrowserWindow,
    ipcMain: new FakeIpcMain(),
    ipcRenderer,
    session: { defaultSession: new FakeSession() },
    protocol: new FakeProtocol(),
    shell: { openExternal: vi.fn(async (_url: string): Promise<void> => undefined) },
    dialog: {
      showOpenDialog: vi.fn(async (..._args: unknown[]): Promise<Electron.OpenDialogReturnValue> => ({ canceled: true, filePaths: [] })),
      showSaveDialog: vi.fn(async (..._args: unknown[]): Promise<Electron.SaveDialogReturnValue> => ({ canceled: true, filePath: '' })),
      showMessageBox: vi.fn(async (..._args: unknown[]): Promise<Electron.MessageBoxReturnValue> => ({ response: 0, checkboxChecked: false })),
    },
    Menu: {
      buildFromTemplate: vi.fn((template: Electron.MenuItemConstructorOptions[]) => ({ template })),
      setApplicationMenu: vi.fn((_menu: unknown): void => undefined),
    },
    contextBridge: {
      exposed: {} as Record<string, unknown>,
      exposeInMainWorld: vi.fn((key: string, api: unknown): void => undefined),
    },
  };
}

type FakeElectron = ReturnType<typeof createFake>;
const globalSlot = globalThis as typeof globalThis & { __journeyFakeElectron?: FakeElectron };

/**
 * What `vi.mock('electron', …)` returns. One instance per test file even across
 * `vi.resetModules()` (which would otherwise give the code under test a second fake).
 */
export const electronModule: FakeElectron = (globalSlot.__journeyFakeElectron ??= createFake());
electronModule.contextBridge.exposeInMainWorld.mockImplementation((key: string, api: unknown) => {
  electronModule.contextBridge.exposed[key] = api;
});

export const fake = electronModule;

/** Forget every window, handler, listener and recorded call. */
export function resetFake(): void {
  for (const w of FakeBrowserWindow.windows) w.removeAllListeners();
  FakeBrowserWindow.windows = [];
  FakeBrowserWindow.created = [];
  FakeWebContents.holdPdf = false;
  FakeWebContents.printAnswers = [];
  FakeBrowserWindow.focused = null;
  fake.ipcMain.handlers.clear();
  fake.ipcMain.removeAllListeners();
  fake.ipcRenderer.removeAllListeners();
  fake.app.removeAllListeners();
  fake.app.ready = false;
  fake.app.autoReady = true;
  fake.app.isPackaged = false;
  fake.app.paths = {};
  fake.session.defaultSession = new FakeSession();
  fake.protocol.privileged.length = 0;
  fake.protocol.handlers.clear();
  fake.contextBridge.exposed = {};
  vi.clearAllMocks();
}

/** Wait until queued promise callbacks have run. */
export function flush(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
