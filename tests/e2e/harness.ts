import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';

/**
 * The e2e rig: the built renderer served by the real `serve-cli` (what `npm run serve` runs)
 * on a free loopback port, driven in a real Chromium through playwright-core.
 */
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const ARTIFACTS = join(ROOT, 'tests/e2e/artifacts');

/** A Chromium from the system: $CHROMIUM_PATH, else the usual install locations. */
export function findChromium(): string {
  const candidates = [
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  ];
  const found = candidates.find((path): path is string => !!path && existsSync(path));
  if (!found) throw new Error('No Chromium found. Install it (Debian: apt-get install chromium) or set CHROMIUM_PATH.');
  return found;
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Served {
  url: string;
  stop(): Promise<void>;
}

/** Start `node out/main/serve-cli.js --port 0` and wait for the line with its address. */
export async function serveRenderer(): Promise<Served> {
  const cli = join(ROOT, 'out/main/serve-cli.js');
  if (!existsSync(cli)) throw new Error('The app is not built: run `npm run build` first.');
  const child: ChildProcess = spawn(process.execPath, [cli, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  const url = await new Promise<string>((resolveUrl, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`serve-cli did not start:\n${output}`)), 15_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /served at (http:\/\/\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolveUrl(match[1].replace(/\/?$/, '/'));
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => reject(new Error(`serve-cli exited with ${code}:\n${output}`)));
  });
  return {
    url,
    stop: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) return done();
        child.on('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
}

/**
 * Open the app with `?debug=1` (plus extra parameters) in a fresh context and wait until it is
 * ready; `initScript` runs before the page's own scripts (a browser without some API).
 */
export async function openApp(
  browser: Browser,
  served: Served,
  params = '',
  options: { viewport?: { width: number; height: number }; initScript?: string } = {},
): Promise<Page> {
  const context = await browser.newContext({ viewport: options.viewport ?? { width: 1600, height: 900 }, acceptDownloads: true });
  if (options.initScript) await context.addInitScript({ content: options.initScript });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  (page as Page & { journeyErrors?: string[] }).journeyErrors = errors;
  await page.goto(`${served.url}?debug=1${params ? `&${params}` : ''}`);
  await page.waitForSelector('html[data-ready="true"]');
  await page.waitForFunction(() => window.journeyDebug?.cellRect(0, 0) !== null);
  return page;
}

export function pageErrors(page: Page): string[] {
  return (page as Page & { journeyErrors?: string[] }).journeyErrors ?? [];
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/** Centre of a cell of the open board, in page coordinates. */
export async function cellCenter(page: Page, stage: number, lane: number): Promise<{ x: number; y: number }> {
  const rect = await page.evaluate(([s, l]) => window.journeyDebug.cellRect(s!, l!), [stage, lane]);
  if (!rect) throw new Error(`No cell at stage ${stage}, lane ${lane}`);
  return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
}
