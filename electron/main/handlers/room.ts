/**
 * `room:*` — hosting a live session from the desktop app. Starts, on the local network:
 * - the signaling server (electron/main/signaling/server.ts) on 0.0.0.0, port 4444 or the next
 *   free one (any free port as a last resort);
 * - the static server for the built renderer, so participants without the app open the join
 *   link in a browser (port 5180 or the next free one).
 * One room per window: each window that hosts gets its own servers, room id and password, so
 * two workspaces never merge by accident, and Stop (or closing the window) ends only its own.
 * Also hands a window the `journey://join?…` link the OS opened it for (`room:takePendingJoin`).
 * The room id and password are made here from the OS CSPRNG; the password never leaves this
 * machine except in the join link and code the host chooses to share.
 */
import { verbatim } from '../../../shared/i18n';
import { existsSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app } from 'electron';
import { z } from 'zod';
import { formatCode, joinUrl, newRoomSecret } from '../../../shared/collab/codes';
import type { HostedRoom, PendingJoin, RoomResult } from '../../../shared/host-api';
import type { Ipc } from '../ipc';
import type { AppWindow } from '../window-registry';
import { startSignalingServerWithFallback, type RunningSignalingServer } from '../signaling/server';
import { startStaticServer, type RunningServer } from '../static-server';

export interface RoomHandlerDeps {
  /** The built renderer folder (out/renderer); no web server when it has no index.html. */
  readonly rendererRoot?: string;
  /** Address to listen on (default 0.0.0.0: every interface). */
  readonly listenHost?: string;
  /** This machine's addresses participants can reach (default: non-internal IPv4). */
  readonly addresses?: () => string[];
}

export const DEFAULT_SIGNALING_PORT = 4444;
export const DEFAULT_WEB_PORT = 5180;

const optionsSchema = z
  .object({
    signalingPort: z.number().int().min(0).max(65535).optional(),
    webPort: z.number().int().min(0).max(65535).optional(),
  })
  .strict();

export function lanAddresses(): string[] {
  const out: string[] = [];
  for (const list of Object.values(networkInterfaces())) {
    for (const entry of list ?? []) if (entry.family === 'IPv4' && !entry.internal) out.push(entry.address);
  }
  return out.length ? out : ['127.0.0.1'];
}

async function startWebWithFallback(root: string, host: string, first: number): Promise<RunningServer> {
  for (let port = first; port < first + 5 && first !== 0; port++) {
    try {
      return await startStaticServer({ root, host, port });
    } catch (error) {
      const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
      if (code !== 'EADDRINUSE' && code !== 'EACCES') throw error;
    }
  }
  return startStaticServer({ root, host, port: 0 });
}

/** Join links the OS opened a window with, by the window's web contents id (taken once). */
const pendingJoins = new Map<number, PendingJoin>();

/** Remember that the window with these web contents was opened for a `journey://join?…` link. */
export function queueJoinFor(webContentsId: number, join: PendingJoin): void {
  pendingJoins.set(webContentsId, join);
}

export interface RoomHost {
  /** Stop every window's room (the app is quitting). */
  stop(): Promise<void>;
  /** The room `caller` hosts; without a caller, any hosted room (null when none). */
  current(caller?: AppWindow): HostedRoom | null;
}

interface Hosted {
  readonly room: HostedRoom;
  readonly signaling: RunningSignalingServer;
  readonly web: RunningServer | null;
}

export function registerRoomHandlers(ipc: Ipc, deps: RoomHandlerDeps = {}): RoomHost {
  const rendererRoot = deps.rendererRoot ?? join(dirname(fileURLToPath(import.meta.url)), '../renderer');
  const listenHost = deps.listenHost ?? '0.0.0.0';
  const addresses = deps.addresses ?? lanAddresses;
  const hostedBy = new Map<AppWindow, Hosted>();
  const starting = new Map<AppWindow, Promise<RoomResult>>();
  const watched = new WeakSet<AppWindow>();

  const stopFor = async (caller: AppWindow) => {
    const running = hostedBy.get(caller);
    hostedBy.delete(caller);
    if (!running) return;
    await Promise.all([running.signaling.close(), running.web?.close()]);
  };
  const stop = async () => {
    await Promise.all([...hostedBy.keys()].map((caller) => stopFor(caller)));
  };

  const host = async (caller: AppWindow, options: z.output<typeof optionsSchema>): Promise<RoomResult> => {
    const existing = hostedBy.get(caller);
    if (existing) return { ok: true, value: existing.room };
    let signaling: RunningSignalingServer | null = null;
    try {
      signaling = await startSignalingServerWithFallback({ host: listenHost, port: options.signalingPort ?? DEFAULT_SIGNALING_PORT });
      const web = existsSync(join(rendererRoot, 'index.html')) ? await startWebWithFallback(rendererRoot, listenHost, options.webPort ?? DEFAULT_WEB_PORT) : null;
      const secret = newRoomSecret();
      const ips = addresses();
      const signalingUrls = ips.map((ip) => `ws://${ip.includes(':') ? `[${ip}]` : ip}:${signaling!.port}`);
      const room: HostedRoom = {
        ...secret,
        code: formatCode(secret),
        signalingUrls,
        localSignalingUrl: `ws://127.0.0.1:${signaling.port}`,
        joinUrl: web ? joinUrl(`http://${ips[0]}:${web.port}/`, { ...secret, signaling: signalingUrls }) : null,
      };
      if (caller.window.isDestroyed()) {
        // The window closed while its servers were starting.
        await Promise.all([signaling.close(), web?.close()]);
        return { ok: false, message: verbatim('The window closed.') };
      }
      hostedBy.set(caller, { room, signaling, web });
      if (!watched.has(caller)) {
        watched.add(caller);
        caller.window.once('closed', () => void stopFor(caller));
      }
      return { ok: true, value: room };
    } catch (error) {
      await signaling?.close();
      return { ok: false, message: verbatim(error instanceof Error ? error.message : String(error)) };
    }
  };

  ipc.handle('room:host', z.tuple([optionsSchema]), ([options], caller) => {
    // Two clicks at once must not start two servers for one window.
    let run = starting.get(caller);
    if (!run) {
      run = host(caller, options).finally(() => starting.delete(caller));
      starting.set(caller, run);
    }
    return run;
  });
  ipc.handle('room:stop', z.tuple([]), (_args, caller) => stopFor(caller));
  ipc.handle('room:status', z.tuple([]), (_args, caller) => hostedBy.get(caller)?.room ?? null);
  ipc.handle('room:takePendingJoin', z.tuple([]), (_args, caller) => {
    const id = caller.window.webContents.id;
    const join = pendingJoins.get(id) ?? null;
    pendingJoins.delete(id);
    return join;
  });
  app.on('will-quit', () => void stop());
  return { stop, current: (caller) => (caller ? hostedBy.get(caller)?.room : [...hostedBy.values()][0]?.room) ?? null };
}
