/**
 * The one way handlers are registered. Before a handler runs:
 * 1. the sender must be the main frame of one of our windows, showing our renderer
 *    (the built `out/renderer` files, or the dev server in development);
 * 2. the arguments must match the channel's zod schema (a tuple of the call's arguments).
 * Otherwise the call fails with a clear error and the handler is never called.
 */
import { ipcMain, type IpcMainEvent, type IpcMainInvokeEvent } from 'electron';
import { z } from 'zod';
import type { InvokeChannel, SendChannel } from '../channels';
import type { AppWindow } from './window-registry';

export interface SenderPolicy {
  /** Our window whose web contents sent the message, if it is one of ours. */
  windowFor(event: IpcMainEvent | IpcMainInvokeEvent): AppWindow | undefined;
  /** Whether a frame URL is our renderer. */
  isRendererUrl(url: string): boolean;
}

export class IpcRejection extends Error {
  constructor(
    readonly channel: string,
    readonly reason: 'sender' | 'arguments',
    detail: string,
  ) {
    super(`IPC "${channel}" refused: ${detail}`);
    this.name = 'IpcRejection';
  }
}

/** The caller's window, or throws `IpcRejection` if the message did not come from our renderer. */
export function checkSender(channel: string, event: IpcMainEvent | IpcMainInvokeEvent, policy: SenderPolicy): AppWindow {
  const frame = event.senderFrame;
  if (!frame || frame.detached) throw new IpcRejection(channel, 'sender', 'the sending frame is gone.');
  const owner = policy.windowFor(event);
  if (!owner) throw new IpcRejection(channel, 'sender', 'the sender is not one of the app windows.');
  const main = event.sender.mainFrame;
  const isMainFrame = frame.parent === null && frame.processId === main.processId && frame.frameToken === main.frameToken;
  if (!isMainFrame) throw new IpcRejection(channel, 'sender', 'only the main frame of an app window may call the host.');
  if (!policy.isRendererUrl(frame.url)) throw new IpcRejection(channel, 'sender', `the page ${JSON.stringify(frame.url)} is not the app.`);
  return owner;
}

/** Parses the call's arguments, or throws `IpcRejection` describing what is wrong. */
export function checkArgs<S extends z.ZodType<readonly unknown[]>>(channel: string, schema: S, args: unknown[]): z.output<S> {
  const parsed = schema.safeParse(args);
  if (!parsed.success) throw new IpcRejection(channel, 'arguments', `invalid arguments:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

export interface Ipc {
  /** `ipcMain.handle` for a channel the renderer `invoke`s; a refusal rejects the renderer's promise. */
  handle<S extends z.ZodType<readonly unknown[]>, R>(
    channel: InvokeChannel,
    args: S,
    fn: (args: z.output<S>, caller: AppWindow) => R | Promise<R>,
  ): void;
  /** `ipcMain.on` for a fire-and-forget channel; a refusal is reported (there is no one to reply to). */
  on<S extends z.ZodType<readonly unknown[]>>(channel: SendChannel, args: S, fn: (args: z.output<S>, caller: AppWindow) => void): void;
}

export function createIpc(policy: SenderPolicy, report: (error: Error) => void = (e) => console.error(e.message)): Ipc {
  return {
    handle(channel, schema, fn) {
      ipcMain.handle(channel, (event: IpcMainInvokeEvent, ...args: unknown[]) => {
        const caller = checkSender(channel, event, policy);
        return fn(checkArgs(channel, schema, args), caller);
      });
    },
    on(channel, schema, fn) {
      ipcMain.on(channel, (event: IpcMainEvent, ...args: unknown[]) => {
        // Throwing from an ipcMain listener would be an uncaught exception in the main process.
        try {
          const caller = checkSender(channel, event, policy);
          fn(checkArgs(channel, schema, args), caller);
        } catch (error) {
          report(error instanceof Error ? error : new Error(String(error)));
        }
      });
    },
  };
}
