// Renders build/icon.svg into the app icons electron-builder packs (`node build/make-icons.mjs`):
// build/icon.png (1024×1024, Linux and the window icon), build/icon.ico (Windows: PNG images of
// 16–256 px in an ICO container, as Windows Vista and later read them) and build/icon.icns
// (macOS: PNG images of 16–1024 px in ICNS chunks). Chromium draws the SVG (playwright-core and
// the system Chromium, as the e2e tests use); the containers are written here, byte by byte.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
const svg = readFileSync(join(here, 'icon.svg'), 'utf8');
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1024, height: 1024 } });
/** The icon drawn at `size` pixels, transparent outside its rounded square. */
async function render(size) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`);
  return page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
}
const pngs = new Map();
for (const size of [16, 24, 32, 48, 64, 128, 256, 512, 1024]) pngs.set(size, await render(size));
await browser.close();

writeFileSync(join(here, 'icon.png'), pngs.get(1024));

// ICO: ICONDIR, one ICONDIRENTRY per image (width/height 0 means 256), then the PNG data.
const icoSizes = [16, 24, 32, 48, 64, 128, 256];
const header = Buffer.alloc(6 + 16 * icoSizes.length);
header.writeUInt16LE(0, 0);
header.writeUInt16LE(1, 2); // 1 = icon
header.writeUInt16LE(icoSizes.length, 4);
let offset = header.length;
icoSizes.forEach((size, i) => {
  const png = pngs.get(size);
  const at = 6 + 16 * i;
  header.writeUInt8(size >= 256 ? 0 : size, at);
  header.writeUInt8(size >= 256 ? 0 : size, at + 1);
  header.writeUInt8(0, at + 2); // no palette
  header.writeUInt8(0, at + 3);
  header.writeUInt16LE(1, at + 4); // colour planes
  header.writeUInt16LE(32, at + 6); // bits per pixel
  header.writeUInt32LE(png.length, at + 8);
  header.writeUInt32LE(offset, at + 12);
  offset += png.length;
});
writeFileSync(join(here, 'icon.ico'), Buffer.concat([header, ...icoSizes.map((s) => pngs.get(s))]));

// ICNS: 'icns' + total length, then chunks of type + length (header included) + PNG data.
const icnsTypes = [['icp4', 16], ['icp5', 32], ['ic07', 128], ['ic08', 256], ['ic09', 512], ['ic10', 1024], ['ic11', 32], ['ic12', 64], ['ic13', 256], ['ic14', 512]];
const chunks = icnsTypes.map(([type, size]) => {
  const png = pngs.get(size);
  const head = Buffer.alloc(8);
  head.write(type, 0, 'ascii');
  head.writeUInt32BE(png.length + 8, 4);
  return Buffer.concat([head, png]);
});
const icnsHead = Buffer.alloc(8);
icnsHead.write('icns', 0, 'ascii');
icnsHead.writeUInt32BE(8 + chunks.reduce((n, c) => n + c.length, 0), 4);
writeFileSync(join(here, 'icon.icns'), Buffer.concat([icnsHead, ...chunks]));
console.log('Wrote build/icon.png, build/icon.ico, build/icon.icns');
