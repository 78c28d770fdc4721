/**
 * The only bridge between the renderer and the main process: the `HostApi`, exposed as
 * `window.journeyHost`. Each method is one IPC call on its `namespace:method` channel; the
 * main process checks the sender and validates the arguments. Nothing else is exposed (no
 * `ipcRenderer`, no generic `send(channel, …)`).
 *
 * This file is bundled to CommonJS (`out/preload/index.cjs`) because a sandboxed preload can
 * only `require('electron')`.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { Locale } from '../../shared/i18n';
import {
  HOST_GLOBAL,
  isHostCommand,
  isPrintProgress,
  type PrintProgress,
  type AppInfo,
  type DiskState,
  type DocumentState,
  type JournalInfo,
  type JournalMeta,
  type SaveOptions,
  type HostApi,
  type HostCommand,
  type HostedRoom,
  type PendingJoin,
  type RoomHostOptions,
  type RoomResult,
  type HostResult,
  type MenuSpec,
  type OpenedFile,
  type RecentFile,
  type SaveResult,
  type ExportKind,
  type SavedFile,
} from '../../shared/host-api';
import { COMMAND_CHANNEL, PRINT_PROGRESS_CHANNEL } from '../channels';


const api = {
  app: {
    info: (): Promise<AppInfo> => ipcRenderer.invoke('app:info'),
  },
  files: {
    open: (): Promise<HostResult<OpenedFile>> => ipcRenderer.invoke('files:open'),
    takePending: (): Promise<OpenedFile | null> => ipcRenderer.invoke('files:takePending'),
    save: (text: string, suggestedName: string, options?: SaveOptions): Promise<SaveResult> =>
      ipcRenderer.invoke('files:save', text, suggestedName, options ? { overwrite: options.overwrite === true } : undefined),
    saveAs: (text: string, suggestedName: string): Promise<SaveResult> => ipcRenderer.invoke('files:saveAs', text, suggestedName),
    forgetCurrent: (): Promise<void> => ipcRenderer.invoke('files:forgetCurrent'),
    recent: (): Promise<readonly RecentFile[]> => ipcRenderer.invoke('files:recent'),
    openRecent: (key: string): Promise<HostResult<OpenedFile>> => ipcRenderer.invoke('files:openRecent', key),
    checkDisk: (): Promise<DiskState> => ipcRenderer.invoke('files:checkDisk'),
    readCurrent: (accept: boolean): Promise<HostResult<OpenedFile>> => ipcRenderer.invoke('files:readCurrent', accept === true),
    pickToMerge: (): Promise<HostResult<OpenedFile>> => ipcRenderer.invoke('files:pickToMerge'),
  },
  recovery: {
    append: (id: string, updates: readonly Uint8Array[], meta: JournalMeta, reset: boolean): Promise<HostResult<number>> =>
      ipcRenderer.invoke('recovery:append', id, [...updates], { title: meta.title, fileName: meta.fileName }, reset === true),
    discard: (id: string): Promise<void> => ipcRenderer.invoke('recovery:discard', id),
    list: (): Promise<readonly JournalInfo[]> => ipcRenderer.invoke('recovery:list'),
    read: (id: string): Promise<HostResult<readonly Uint8Array[]>> => ipcRenderer.invoke('recovery:read', id),
  },
  window: {
    setDocumentState: (state: DocumentState): void => {
      // Copy the three fields: the renderer may pass a richer object.
      ipcRenderer.send('window:setDocumentState', { title: state.title, fileName: state.fileName, dirty: state.dirty });
    },
    setMenu: (menu: MenuSpec): void => ipcRenderer.send('window:setMenu', menu),
    setLocale: (locale: Locale): void => ipcRenderer.send('window:setLocale', locale),
    close: (): void => ipcRenderer.send('window:close'),
    keepOpen: (): void => ipcRenderer.send('window:keepOpen'),
    onCommand: (listener: (command: HostCommand) => void): (() => void) => {
      // The listener gets the command only, never the IPC event (which carries `sender`).
      const forward = (_event: IpcRendererEvent, command: unknown) => {
        if (isHostCommand(command)) listener(command);
      };
      ipcRenderer.on(COMMAND_CHANNEL, forward);
      return () => {
        ipcRenderer.removeListener(COMMAND_CHANNEL, forward);
      };
    },
  },
  print: {
    savePdf: (html: string, suggestedName: string): Promise<HostResult<SavedFile>> => ipcRenderer.invoke('print:savePdf', html, suggestedName),
    print: (html: string): Promise<HostResult<null>> => ipcRenderer.invoke('print:print', html),
    saveExport: (data: string | Uint8Array, suggestedName: string, kind: ExportKind): Promise<HostResult<SavedFile>> =>
      ipcRenderer.invoke('print:saveExport', data, suggestedName, kind),
    cancel: (): Promise<void> => ipcRenderer.invoke('print:cancel'),
    onProgress: (listener: (progress: PrintProgress) => void): (() => void) => {
      const forward = (_event: IpcRendererEvent, progress: unknown) => {
        if (isPrintProgress(progress)) listener({ phase: progress.phase });
      };
      ipcRenderer.on(PRINT_PROGRESS_CHANNEL, forward);
      return () => {
        ipcRenderer.removeListener(PRINT_PROGRESS_CHANNEL, forward);
      };
    },
  },
  room: {
    host: (options: RoomHostOptions): Promise<RoomResult> =>
      ipcRenderer.invoke('room:host', { signalingPort: options.signalingPort, webPort: options.webPort }),
    stop: (): Promise<void> => ipcRenderer.invoke('room:stop'),
    status: (): Promise<HostedRoom | null> => ipcRenderer.invoke('room:status'),
    takePendingJoin: (): Promise<PendingJoin | null> => ipcRenderer.invoke('room:takePendingJoin'),
  },
} satisfies HostApi;

contextBridge.exposeInMainWorld(HOST_GLOBAL, api);
