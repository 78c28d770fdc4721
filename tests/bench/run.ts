/**
 * `npm run bench [-- --json FILE]`: the performance suite (docs/PERFORMANCE.md). Builds nothing
 * itself (the npm script builds first); serves the built renderer, drives it in Chromium, and
 * prints one table. Figures, never pass/fail: targets are shown beside them.
 */
import { writeFileSync } from 'node:fs';
import * as Y from 'yjs';
import type { CDPSession, Page } from 'playwright-core';
import { applySnapshot, LOAD_ORIGIN } from '../../shared/doc';
import { serializeWorkspace } from '../../shared/file';
import { benchWorkspace } from '../../shared/model';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium, serveRenderer } from '../e2e/harness';
import { median, quantile, round } from './stats';
import { benchSync } from './sync';
import { benchJoin } from './join';
import { benchRooms } from './rooms';
import { measureLegibilityCases } from './legibility';

interface Figure {
  name: string;
  value: number;
  unit: string;
  target: string;
  ok: (v: number) => boolean;
}

const args = process.argv.slice(2);
const jsonIndex = args.indexOf('--json');
const jsonFile = jsonIndex >= 0 ? args[jsonIndex + 1] : undefined;
const only = args.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',');

function journeyFileText(notes: number): string {
  const doc = new Y.Doc();
  applySnapshot(doc, benchWorkspace(notes), LOAD_ORIGIN);
  return serializeWorkspace(doc, { appVersion: 'bench', now: new Date('2026-01-01T00:00:00Z') });
}

async function openPage(browserUrl: string, page: Page, params = ''): Promise<void> {
  await page.goto(`${browserUrl}?debug=1&lang=en${params}`);
  await page.waitForSelector('html[data-ready="true"]');
}

async function heapMB(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  return usage.usedSize / (1024 * 1024);
}

/** Run `fn` while sampling the page's JS heap every 50 ms; its result, the time it took and the peak (MB). */
async function withPeakHeap<T>(cdps: readonly CDPSession[], fn: () => Promise<T>): Promise<{ value: T; ms: number; peakMB: number }> {
  let peak = 0;
  let running = true;
  const sample = async () => {
    while (running) {
      for (const cdp of cdps) {
        const usage = (await cdp.send('Runtime.getHeapUsage').catch(() => ({ usedSize: 0 }))) as { usedSize: number };
        peak = Math.max(peak, usage.usedSize);
      }
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  const sampler = sample();
  const start = performance.now();
  try {
    const value = await fn();
    return { value, ms: performance.now() - start, peakMB: peak / (1024 * 1024) };
  } finally {
    running = false;
    await sampler;
  }
}

async function main(): Promise<void> {
  const figures: Figure[] = [];
  const want = (name: string) => !only || only.some((o) => name.startsWith(o));
  const served = await serveRenderer();
  const browser = await chromium.launch({ executablePath: findChromium(), args: [...CHROMIUM_ARGS, '--window-size=1600,900'] });
  try {
    const context = await browser.newContext({ viewport: { width: 1600, height: 900 } });

    if (want('coldStart')) {
      const times: number[] = [];
      for (let i = 0; i < 5; i++) {
        const page = await context.newPage();
        await openPage(served.url, page);
        times.push(await page.evaluate(() => Number(document.documentElement.dataset.readyAt)));
        await page.close();
      }
      figures.push({ name: 'coldStartMs', value: round(median(times)), unit: 'ms', target: '≤ 1000', ok: (v) => v <= 1000 });
    }

    if (want('open10k') || want('save10k') || want('file10k') || want('heap10k')) {
      const text = journeyFileText(10_000);
      const page = await context.newPage();
      await openPage(served.url, page);
      const cdp = await context.newCDPSession(page);
      const opens: number[] = [];
      for (let i = 0; i < 3; i++) {
        const ms = await page.evaluate(async (fileText) => {
          const start = performance.now();
          const result = await window.journeyDebug.load(fileText);
          if (!result.ok) throw new Error(result.error.code);
          await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
          return performance.now() - start;
        }, text);
        opens.push(ms);
      }
      figures.push({ name: 'open10kMs', value: round(median(opens)), unit: 'ms', target: '≤ 700', ok: (v) => v <= 700 });
      const saves = await page.evaluate(() => {
        const out: number[] = [];
        let bytes = 0;
        for (let i = 0; i < 5; i++) {
          const start = performance.now();
          const t = window.journeyDebug.fileText();
          out.push(performance.now() - start);
          bytes = new TextEncoder().encode(t).length;
        }
        return { out, bytes };
      });
      figures.push({ name: 'save10kMs', value: round(median(saves.out)), unit: 'ms', target: '≤ 300', ok: (v) => v <= 300 });
      figures.push({ name: 'file10kBytes', value: saves.bytes, unit: 'B', target: '(size)', ok: () => true });
      figures.push({ name: 'heap10kMB', value: round(await heapMB(cdp)), unit: 'MB', target: '≤ 150', ok: (v) => v <= 150 });
      await page.close();
    }

    if (want('exportPdf2k') || want('exportPng2k')) {
      // A 2,000-note board: the print document built in the app, printed by Chromium's print engine
      // (what printToPDF uses) to an A4 fit PDF; and the board as a 2× PNG drawn in tiles.
      const page = await context.newPage();
      await openPage(served.url, page);
      const loaded = await page.evaluate((text) => window.journeyDebug.load(text), journeyFileText(2000));
      if (!loaded.ok) throw new Error('the 2,000-note file did not open');
      const cdp = await context.newCDPSession(page);
      if (want('exportPdf2k')) {
        const printer = await context.newPage();
        const printerCdp = await context.newCDPSession(printer);
        const pdf = await withPeakHeap([cdp, printerCdp], async () => {
          const { html } = await page.evaluate(() => window.journeyDebug.exports.printHtml({ paper: 'A4', layout: 'fit' }));
          await printer.setContent(html);
          return (await printer.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: true })).length;
        });
        figures.push({ name: 'exportPdf2kMs', value: round(pdf.ms), unit: 'ms', target: '(time)', ok: () => true });
        figures.push({ name: 'exportPdf2kPeakHeapMB', value: round(pdf.peakMB), unit: 'MB', target: '≤ 500', ok: (v) => v <= 500 });
        figures.push({ name: 'exportPdf2kBytes', value: pdf.value, unit: 'B', target: '(size)', ok: () => true });
        await printer.close();
      }
      if (want('exportPng2k')) {
        const png = await withPeakHeap([cdp], () => page.evaluate(() => window.journeyDebug.exports.png({ pixelRatio: 2 }).then((r) => ({ width: r.width, height: r.height, length: r.dataUrl.length }))));
        figures.push({ name: 'exportPng2kMs', value: round(png.ms), unit: 'ms', target: '(time)', ok: () => true });
        figures.push({ name: 'exportPng2kPeakHeapMB', value: round(png.peakMB), unit: 'MB', target: '≤ 1000', ok: (v) => v <= 1000 });
        figures.push({ name: 'exportPng2kPixels', value: png.value.width * png.value.height, unit: 'px', target: '(size)', ok: () => true });
      }
      await page.close();
    }

    if (want('pan') || want('drawn') || want('editRepaint')) {
      const page = await context.newPage();
      await openPage(served.url, page);
      await page.evaluate(() => window.journeyDebug.bench.setup(5000));
      const pan = (zoom: number) =>
        page.evaluate((z) => window.journeyDebug.bench.pan(120, { dx: 10, dy: 5, zoom: z }), zoom);
      // One warm-up run each, then the measured one.
      await pan(1);
      const near = await pan(1);
      figures.push({ name: 'panP50Ms5k', value: round(median(near.intervals)), unit: 'ms', target: '≤ 16.7', ok: (v) => v <= 16.7 });
      figures.push({ name: 'panP95Ms5k', value: round(quantile(near.intervals, 0.95)), unit: 'ms', target: '≤ 17', ok: (v) => v <= 17 });
      figures.push({ name: 'drawn5k', value: near.drawn, unit: 'frames', target: '= 120', ok: (v) => v >= 120 });
      await pan(0.1);
      const fit = await pan(0.1);
      figures.push({ name: 'panFitP50Ms5k', value: round(median(fit.intervals)), unit: 'ms', target: '≤ 17', ok: (v) => v <= 17 });
      figures.push({ name: 'panFitP95Ms5k', value: round(quantile(fit.intervals, 0.95)), unit: 'ms', target: '≤ 33', ok: (v) => v <= 33 });
      figures.push({ name: 'drawnFit5k', value: fit.drawn, unit: 'frames', target: '≥ 115', ok: (v) => v >= 115 });
      // Zoomed out at 20 %: the level of detail's picture, with the notes' first words drawn in it.
      await pan(0.2);
      const far = await pan(0.2);
      figures.push({ name: 'zoomedOut5kFrameMs', value: round(median(far.intervals)), unit: 'ms', target: '≤ 17', ok: (v) => v <= 17 });
      figures.push({ name: 'zoomedOut5kFrameP95Ms', value: round(quantile(far.intervals, 0.95)), unit: 'ms', target: '≤ 33', ok: (v) => v <= 33 });
      const edits: number[] = [];
      await page.evaluate(() => window.journeyDebug.bench.pan(1, { dx: 0, dy: 0, zoom: 1 }));
      for (let i = 0; i < 15; i++) edits.push(await page.evaluate(() => window.journeyDebug.bench.editRepaint()));
      figures.push({ name: 'editRepaintMs', value: round(median(edits)), unit: 'ms', target: '≤ 16', ok: (v) => v <= 16 });
      const renders = await page.evaluate(() => window.journeyDebug.bench.notesRenderedByLastEdit());
      figures.push({ name: 'notesRenderedPerEdit', value: renders, unit: 'notes', target: '= 1', ok: (v) => v === 1 });
      await page.close();
    }

    if (want('legibility')) {
      // The sample journey at View ▸ Fit board: how big its text is on screen (tests/bench/legibility.ts).
      const results = await measureLegibilityCases(browser, served, [
        { name: 'legibilityFit1080', viewport: { width: 1920, height: 1080 } },
        { name: 'legibilityFit720', viewport: { width: 1280, height: 720 } },
      ]);
      for (const { name, legibility } of results) {
        figures.push({ name: `${name}MedianNotePx`, value: legibility.medianNotePx, unit: 'px', target: '≥ 14', ok: (v) => v >= 14 });
        figures.push({ name: `${name}MinNotePx`, value: legibility.minNotePx, unit: 'px', target: '(min)', ok: () => true });
        figures.push({ name: `${name}StageHeaderPx`, value: legibility.stageHeaderPx, unit: 'px', target: '(size)', ok: () => true });
        figures.push({ name: `${name}NotesOnScreen`, value: legibility.notesOnScreen, unit: 'notes', target: '(all)', ok: () => true });
      }
    }

    if (want('sync') || want('bytesPerMove')) {
      // Two more Chromium processes, WebRTC on loopback through our signaling server (tests/bench/sync.ts).
      const sync = await benchSync({ served });
      figures.push({ name: 'syncP50Ms', value: sync.syncP50Ms, unit: 'ms', target: '(p50)', ok: () => true });
      figures.push({ name: 'syncP95Ms', value: sync.syncP95Ms, unit: 'ms', target: '≤ 50', ok: (v) => v <= 50 });
      figures.push({ name: 'bytesPerMove', value: sync.bytesPerMove, unit: 'B', target: '≤ 200', ok: (v) => v <= 200 });
    }

    if (want('joinMs10k')) {
      // A guest joining a 10,000-note room: two more Chromium processes (tests/bench/join.ts).
      const join = await benchJoin({ served });
      figures.push({ name: 'joinMs10k', value: join.joinMs, unit: 'ms', target: '≤ 10000', ok: (v) => v <= 10_000 });
      figures.push({ name: 'joinResyncs10k', value: join.resyncs, unit: 'asks', target: '0 (lost answers)', ok: (v) => v === 0 });
      console.log(`joinMs10k runs: ${join.runs.join(', ')} ms; state ${(join.stateBytes / 1e6).toFixed(1)} MB`);
    }
    if (want('room')) {
      // Room server (Hocuspocus): redis-server, two instances, 30 Node clients (tests/bench/rooms.ts).
      const rooms = await benchRooms();
      figures.push({ name: 'roomSyncP50Ms', value: rooms.roomSyncP50Ms, unit: 'ms', target: '(p50)', ok: () => true });
      figures.push({ name: 'roomSyncP95Ms', value: rooms.roomSyncP95Ms, unit: 'ms', target: '≤ 250', ok: (v) => v <= 250 });
      figures.push({ name: 'roomHeapPer1kNotesMB', value: rooms.roomHeapPer1kNotesMB, unit: 'MB', target: '≤ 20', ok: (v) => v <= 20 });
      figures.push({ name: 'roomRssPer1kNotesMB', value: rooms.roomRssPer1kNotesMB, unit: 'MB', target: '(RSS)', ok: () => true });
    }
  } finally {
    await browser.close();
    await served.stop();
  }

  const width = Math.max(...figures.map((f) => f.name.length));
  console.log(`\nJourney benchmarks — ${new Date().toISOString()} — Node ${process.version}, Chromium headless, 1600×900\n`);
  for (const f of figures) {
    console.log(`${f.name.padEnd(width)}  ${String(f.value).padStart(10)} ${f.unit.padEnd(6)}  target ${f.target.padEnd(8)} ${f.ok(f.value) ? 'met' : 'MISSED'}`);
  }
  if (jsonFile) {
    writeFileSync(jsonFile, `${JSON.stringify(Object.fromEntries(figures.map((f) => [f.name, f.value])), null, 2)}\n`);
    console.log(`\nwrote ${jsonFile}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
