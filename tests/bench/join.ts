/**
 * `joinMs10k`: a guest joining a 10,000-note workspace over WebRTC on loopback (two SEPARATE
 * Chromium processes, our signaling server). The guest's page is open and idle; the clock runs
 * from its `join()` (what opening a join link does) until the room's workspace is in its doc
 * and the board has painted twice — signaling, ICE, the chunked transfer of the whole Yjs state
 * (docs/COLLABORATION.md, "Chunking"), applying it and the first paint. A fresh guest each run.
 */
import { startSignalingServer } from '../../electron/main/signaling/server';
import type { Served } from '../e2e/harness';
import { launchPeerBrowser, newRoom } from '../e2e/collab-harness';
import { median, round } from './stats';

export interface JoinFigures {
  readonly joinMs: number;
  /** Each run's time. */
  readonly runs: number[];
  /** The Yjs state the guest received (bytes). */
  readonly stateBytes: number;
  /** Times the guests asked again because an answer did not come (shared/collab/resync.ts). */
  readonly resyncs: number;
}

export async function benchJoin(options: { served: Served; notes?: number; runs?: number }): Promise<JoinFigures> {
  const notes = options.notes ?? 10_000;
  const signaling = await startSignalingServer({ host: '127.0.0.1', port: 0 });
  const [hostBrowser, guestBrowser] = await Promise.all([launchPeerBrowser(), launchPeerBrowser()]);
  try {
    const room = newRoom(signaling);
    const host = await (await hostBrowser.newContext({ viewport: { width: 1600, height: 900 } })).newPage();
    await host.goto(`${options.served.url}?debug=1&lang=en`);
    await host.waitForSelector('html[data-ready="true"]');
    await host.evaluate((n) => window.journeyDebug.bench.setup(n), notes);
    await host.evaluate((r) => window.journeyDebug.collab!.host(r).then(() => undefined), room);
    const runs: number[] = [];
    let stateBytes = 0;
    let resyncs = 0;
    for (let i = 0; i < (options.runs ?? 3); i++) {
      const context = await guestBrowser.newContext({ viewport: { width: 1600, height: 900 } });
      const guest = await context.newPage();
      await guest.goto(`${options.served.url}?debug=1&lang=en`);
      await guest.waitForSelector('html[data-ready="true"]');
      // tsx (esbuild) wraps named inner functions in `__name(...)`: give the page a no-op one.
      await guest.evaluate('globalThis.__name = (f) => f');
      const ms = await guest.evaluate(async (r) => {
        const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
        const start = performance.now();
        await window.journeyDebug.collab!.join(r);
        const give = start + 120_000;
        while (!window.journeyDebug.collab!.status().synced) {
          if (performance.now() > give) throw new Error(`not joined: ${JSON.stringify(window.journeyDebug.collab!.status())}`);
          await frame();
        }
        await frame();
        await frame();
        return performance.now() - start;
      }, room);
      const status = await guest.evaluate(() => ({ notes: window.journeyDebug.snapshot()?.notes.length ?? 0, join: window.journeyDebug.collab!.status().join, resyncs: window.journeyDebug.collab!.status().resyncs }));
      if (status.notes !== notes) throw new Error(`the guest holds ${status.notes} of ${notes} notes`);
      stateBytes = status.join?.totalBytes ?? 0;
      resyncs += status.resyncs;
      runs.push(round(ms));
      await context.close();
    }
    return { joinMs: round(median(runs)), runs, stateBytes, resyncs };
  } finally {
    await Promise.all([hostBrowser.close(), guestBrowser.close()]);
    await signaling.close();
  }
}
