/**
 * Live-session rig: each participant is a SEPARATE Chromium process (its own `chromium.launch()`),
 * all on loopback, talking WebRTC through our signaling server started in this process.
 */
import type { Browser, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { startSignalingServer, type RunningSignalingServer } from '../../electron/main/signaling/server';
import { CHROMIUM_ARGS, findChromium, serveRenderer, type Served } from './harness';
import type { WorkspaceSnapshot } from '../../shared/model';

export { startSignalingServer, type RunningSignalingServer };

/** Host candidates as plain loopback addresses (not mDNS names, which a container cannot resolve). */
export const COLLAB_CHROMIUM_ARGS = [...CHROMIUM_ARGS, '--disable-features=WebRtcHideLocalIpsWithMdns'];

export function launchPeerBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), args: COLLAB_CHROMIUM_ARGS });
}

/** What a live-session test file shares: the served app, our signaling server, and peer browsers. */
export interface CollabRig {
  readonly served: Served;
  readonly signaling: RunningSignalingServer;
  readonly browsers: Browser[];
}

export async function startCollabRig(browserCount = 3): Promise<CollabRig> {
  const [served, signaling] = await Promise.all([serveRenderer(), startSignalingServer({ host: '127.0.0.1', port: 0 })]);
  const browsers = await Promise.all(Array.from({ length: browserCount }, () => launchPeerBrowser()));
  return { served, signaling, browsers };
}

export async function stopCollabRig(rig: Partial<CollabRig>): Promise<void> {
  await Promise.all((rig.browsers ?? []).map((b) => b.close()));
  await rig.signaling?.close();
  await rig.served?.stop();
}

export interface Room {
  room: string;
  password: string;
  signaling: string[];
}

let counter = 0;
export function newRoom(signaling: RunningSignalingServer, password = `pw-${Math.random().toString(36).slice(2, 12)}`): Room {
  return { room: `e2e-${Date.now().toString(36)}-${counter++}`, password, signaling: [signaling.url] };
}

export function joinQuery(room: Room, name: string): string {
  return new URLSearchParams({ lang: 'en', room: room.room, password: room.password, signaling: room.signaling.join(','), name }).toString();
}

async function newPage(browser: Browser, served: Served, query: string, size = { width: 1280, height: 800 }, insecure = false): Promise<Page> {
  const context = await browser.newContext({ viewport: size });
  // What a plain-http page on the LAN looks like to the app: no crypto.subtle.
  if (insecure) await context.addInitScript({ content: `Object.defineProperty(Crypto.prototype, 'subtle', { get: () => undefined, configurable: true });` });
  // Benchmarks read data-channel statistics: keep every RTCPeerConnection the page makes.
  if (query.includes('benchPeers=1')) {
    await context.addInitScript({
      content: `(() => { const P = window.RTCPeerConnection; const list = (window.benchPcs = []);
        window.RTCPeerConnection = function (...args) { const pc = new P(...args); list.push(pc); return pc; };
        window.RTCPeerConnection.prototype = P.prototype; Object.setPrototypeOf(window.RTCPeerConnection, P); })();`,
    });
  }
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  (page as Page & { journeyErrors?: string[] }).journeyErrors = errors;
  await page.goto(`${served.url}?debug=1&${query}`);
  await page.waitForSelector('html[data-ready="true"]');
  return page;
}

/** The first participant: opens the app with the template and hosts the room. */
export async function hostPeer(browser: Browser, served: Served, room: Room, name = 'Host', size?: { width: number; height: number }, query = 'lang=en'): Promise<Page> {
  const page = await newPage(browser, served, query, size);
  await page.waitForFunction(() => window.journeyDebug?.cellRect(0, 0) !== null);
  await page.evaluate(([r, n]) => {
    window.journeyDebug.collab!.setUser(n, '#d9480f');
    return window.journeyDebug.collab!.host(r);
  }, [room, name] as const);
  return page;
}

/** A participant joining by the join link's parameters; waits until the board is drawn. */
export async function guestPeer(browser: Browser, served: Served, room: Room, name: string, size?: { width: number; height: number }, insecure = false): Promise<Page> {
  const page = await newPage(browser, served, joinQuery(room, name), size, insecure);
  await page.waitForFunction(() => window.journeyDebug?.collab?.status().synced && window.journeyDebug.cellRect(0, 0) !== null, undefined, { timeout: 20_000, polling: 100 });
  return page;
}

/** A participant that is expected NOT to get in: only waits for the app to start. */
export async function strangerPeer(browser: Browser, served: Served, room: Room, name: string): Promise<Page> {
  return newPage(browser, served, joinQuery(room, name));
}

export const snapshotOf = (page: Page): Promise<WorkspaceSnapshot | null> => page.evaluate(() => window.journeyDebug.snapshot());

/** Wait (bounded) until every page has the same snapshot; returns it. */
export async function converged(pages: readonly Page[], timeoutMs = 30_000): Promise<WorkspaceSnapshot> {
  const end = Date.now() + timeoutMs;
  let last: string[] = [];
  while (Date.now() < end) {
    last = await Promise.all(pages.map(async (p) => JSON.stringify(await snapshotOf(p))));
    if (last[0] !== 'null' && last.every((s) => s === last[0])) return JSON.parse(last[0]!) as WorkspaceSnapshot;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Snapshots did not converge within ${timeoutMs} ms:\n${last.map((s) => s.slice(0, 300)).join('\n')}`);
}

/** Wait until a page exchanges updates with `count` peers. */
export async function waitPeers(page: Page, count: number, timeoutMs = 15_000): Promise<void> {
  await page.waitForFunction((n) => (window.journeyDebug.collab?.status().peers ?? 0) >= n, count, { timeout: timeoutMs, polling: 100 });
}

export function pageErrorsOf(page: Page): string[] {
  return (page as Page & { journeyErrors?: string[] }).journeyErrors ?? [];
}

/** Two page screenshots side by side in one PNG (composed in a third, plain page). */
export async function sideBySide(browser: Browser, left: Page, right: Page, path: string): Promise<void> {
  const [a, b] = await Promise.all([left.screenshot(), right.screenshot()]);
  const la = left.viewportSize()!;
  const rb = right.viewportSize()!;
  const context = await browser.newContext({ viewport: { width: la.width + rb.width + 24, height: Math.max(la.height, rb.height) + 16 } });
  const page = await context.newPage();
  await page.setContent(
    `<body style="margin:0;padding:8px;display:flex;gap:8px;background:#3b3f45">` +
      `<img src="data:image/png;base64,${a.toString('base64')}" width="${la.width}" height="${la.height}">` +
      `<img src="data:image/png;base64,${b.toString('base64')}" width="${rb.width}" height="${rb.height}"></body>`,
  );
  await page.waitForFunction(() => Array.from(document.images).every((i) => i.complete));
  await page.screenshot({ path });
  await context.close();
}
