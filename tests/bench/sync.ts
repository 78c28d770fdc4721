/**
 * `npm run bench:sync`: live-session figures (not a test: numbers, no pass/fail).
 * Two SEPARATE Chromium processes on loopback, WebRTC through our signaling server:
 * - edit-to-visible-on-peer latency: A types into a note (one `setNoteText` command = one
 *   transaction); B notices the new text at its next animation frame (what a person would see).
 *   Both timestamps are `Date.now()` of the same machine's clock.
 * - bytes per note move: the Yjs update one `moveNotes` of one note produces on A (what the data
 *   channel carries, plus 1–3 bytes of y-webrtc framing; data channels are DTLS, not re-encrypted).
 *
 * `benchSync()` is exported so the full suite (tests/bench/run.ts) can compose it.
 */
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { startSignalingServer } from '../../electron/main/signaling/server';
import { serveRenderer, type Served } from '../e2e/harness';
import { quantile, round } from './stats';
import { guestPeer, hostPeer, launchPeerBrowser, newRoom, waitPeers } from '../e2e/collab-harness';

export interface SyncFigures {
  readonly syncP50Ms: number;
  readonly syncP95Ms: number;
  readonly bytesPerMove: number;
  /** Bytes A's data channels sent per move (RTCPeerConnection stats: y-webrtc framing, SCTP chunks; not DTLS/UDP/IP headers). */
  readonly channelBytesPerMove: number;
  /** How many edits the latency figures are over. */
  readonly edits: number;
}



type Cmd = 'addNote' | 'moveNotes' | 'setNoteText';
const command = (page: Page, name: Cmd, ...args: unknown[]) =>
  page.evaluate(([n, a]) => window.journeyDebug.collab!.command(n as Cmd, ...(a as unknown[])), [name, args] as const);

/** Runs the measurements; `served` lets a suite reuse its renderer server. */
export async function benchSync(options: { edits?: number; moves?: number; served?: Served } = {}): Promise<SyncFigures> {
  const edits = options.edits ?? 60;
  const moves = options.moves ?? 40;
  const served = options.served ?? (await serveRenderer());
  const signaling = await startSignalingServer({ host: '127.0.0.1', port: 0 });
  const [browserA, browserB] = await Promise.all([launchPeerBrowser(), launchPeerBrowser()]);
  try {
    const room = newRoom(signaling);
    // Keep A's peer connections reachable, to read their statistics.
    const a = await hostPeer(browserA, served, room, 'A', undefined, 'lang=en&benchPeers=1');
    const b = await guestPeer(browserB, served, room, 'B');
    await waitPeers(a, 1);
    const snap = (await a.evaluate(() => window.journeyDebug.snapshot()))!;
    const noteId = (await command(a, 'addNote', { boardId: snap.boards[0]!.id, stageId: snap.stages[0]!.id, laneId: snap.lanes[0]!.id, text: 'edit -1', author: 'bench' })) as string;
    await b.waitForFunction((id) => window.journeyDebug.snapshot()?.notes.some((n) => n.id === id), noteId, { polling: 20, timeout: 15_000 });

    // tsx (esbuild) wraps named inner functions in `__name(...)`: give the page a no-op one.
    await b.evaluate('globalThis.__name = (f) => f');
    // B records, at each animation frame, when a new text of the note is first visible.
    await b.evaluate((id) => {
      const seen: Record<string, number> = {};
      (window as unknown as { benchSeen: Record<string, number> }).benchSeen = seen;
      let last = '';
      const tick = () => {
        const text = window.journeyDebug.snapshot()?.notes.find((n) => n.id === id)?.text ?? '';
        if (text !== last) {
          last = text;
          seen[text] ??= Date.now();
        }
        if (!seen['edit stop']) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    }, noteId);

    const latencies: number[] = [];
    for (let i = 0; i < edits; i++) {
      const text = i === edits - 1 ? 'edit stop' : `edit ${i}`;
      const sent = (await a.evaluate(
        ([id, t]) => {
          const at = Date.now();
          window.journeyDebug.collab!.command('setNoteText', id, t);
          return at;
        },
        [noteId, text] as const,
      )) as number;
      await b.waitForFunction((t) => (window as unknown as { benchSeen: Record<string, number> }).benchSeen[t] !== undefined, text, { polling: 5, timeout: 15_000 });
      const seenAt = await b.evaluate((t) => (window as unknown as { benchSeen: Record<string, number> }).benchSeen[t]!, text);
      latencies.push(seenAt - sent);
      await new Promise((r) => setTimeout(r, 30));
    }

    // Bytes of the Yjs update produced by moving one note (alternating between two cells), and
    // what A's data channels sent meanwhile.
    const channelBytes = () =>
      a.evaluate(async () => {
        let total = 0;
        for (const pc of (window as unknown as { benchPcs: RTCPeerConnection[] }).benchPcs) {
          (await pc.getStats()).forEach((report: { type: string; bytesSent?: number }) => {
            if (report.type === 'data-channel') total += report.bytesSent ?? 0;
          });
        }
        return total;
      });
    await a.evaluate(() => window.journeyDebug.collab!.takeLocalUpdateBytes());
    await new Promise((r) => setTimeout(r, 300));
    const channelBefore = await channelBytes();
    for (let i = 0; i < moves; i++) {
      await command(a, 'moveNotes', [noteId], { stageId: snap.stages[(i % 2) + 1]!.id, laneId: snap.lanes[i % 2]!.id });
    }
    const bytes = await a.evaluate(() => window.journeyDebug.collab!.takeLocalUpdateBytes());
    await new Promise((r) => setTimeout(r, 300));
    const channelAfter = await channelBytes();
    return {
      syncP50Ms: round(quantile(latencies, 0.5)),
      syncP95Ms: round(quantile(latencies, 0.95)),
      bytesPerMove: round(bytes / moves),
      channelBytesPerMove: round((channelAfter - channelBefore) / moves),
      edits,
    };
  } finally {
    await Promise.all([browserA.close(), browserB.close()]);
    await signaling.close();
    if (!options.served) await served.stop();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  benchSync().then(
    (figures) => {
      console.log('Live session sync (2 Chromium processes, WebRTC on loopback, our signaling server)');
      console.log(`  edit → visible on peer  p50 ${figures.syncP50Ms} ms   p95 ${figures.syncP95Ms} ms   (${figures.edits} edits)`);
      console.log(`  bytes per note move     ${figures.bytesPerMove} B (Yjs update), ${figures.channelBytesPerMove} B sent on the data channel`);
      console.log(JSON.stringify(figures));
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
