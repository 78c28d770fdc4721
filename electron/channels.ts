/**
 * IPC channel names, derived from `HostApi` so a renamed member breaks the build here rather
 * than silently at run time. Channels are `namespace:method`; the one main → renderer event is
 * `window:command`.
 */
import type { HostApi } from '../shared/host-api';

type Namespace = keyof HostApi;
type Method<N extends Namespace> = Exclude<keyof HostApi[N] & string, 'onCommand' | 'onProgress'>;

/** Every renderer → main channel, e.g. `'files:save'`. */
export type HostChannel = { [N in Namespace]: `${N}:${Method<N>}` }[Namespace];

/** Channels answered with a value (`ipcRenderer.invoke` / `ipcMain.handle`). */
export const INVOKE_CHANNELS = [
  'app:info',
  'files:open',
  'files:takePending',
  'files:save',
  'files:saveAs',
  'files:forgetCurrent',
  'files:recent',
  'files:openRecent',
  'print:savePdf',
  'print:print',
  'print:saveExport',
  'print:cancel',
  'files:checkDisk',
  'files:readCurrent',
  'files:pickToMerge',
  'recovery:append',
  'recovery:discard',
  'recovery:list',
  'recovery:read',
  'room:host',
  'room:stop',
  'room:status',
  'room:takePendingJoin',
] as const satisfies readonly HostChannel[];

/** Fire-and-forget channels (`ipcRenderer.send` / `ipcMain.on`): the HostApi member returns void. */
export const SEND_CHANNELS = ['window:setDocumentState', 'window:setMenu', 'window:setLocale', 'window:close', 'window:keepOpen'] as const satisfies readonly HostChannel[];

export type InvokeChannel = (typeof INVOKE_CHANNELS)[number];
export type SendChannel = (typeof SEND_CHANNELS)[number];

/** Main → renderer: a `HostCommand` from the native menu or the close prompt. */
export const COMMAND_CHANNEL = 'window:command';
/** Main → renderer: a `PrintProgress` of the window's PDF export. */
export const PRINT_PROGRESS_CHANNEL = 'print:progress';

// Compile-time check that the two lists cover every HostApi method exactly once.
type Missing = Exclude<HostChannel, InvokeChannel | SendChannel>;
const everyChannelListed: [Missing] extends [never] ? true : Missing = true;
void everyChannelListed;
