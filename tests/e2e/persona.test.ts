import { LAYOUT } from '../../shared/layout/board-layout';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { WorkspaceSnapshot } from '../../shared/model';
import { ARTIFACTS, cellCenter, openApp, pageErrors, screenshot } from './harness';
import { useServedBrowser } from './rig';
import { saveByDownload } from './save-name';

const rig = useServedBrowser();

const snapshot = (page: Page) => page.evaluate(() => window.journeyDebug.snapshot()) as Promise<WorkspaceSnapshot>;

/**
 * A real, big PNG written at test time (never committed): a face-like drawing with noise in
 * the low bits, stored without compression so the file is over 20 MB.
 */
function writeBigPng(path: string, side = 2660): number {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body) >>> 0);
    return Buffer.concat([length, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(side, 0);
  ihdr.writeUInt32BE(side, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // RGB
  const raw = Buffer.alloc((side * 3 + 1) * side);
  let seed = 12345;
  const c = side / 2;
  for (let y = 0; y < side; y++) {
    const row = y * (side * 3 + 1);
    raw[row] = 0;
    for (let x = 0; x < side; x++) {
      seed = (seed * 1103515245 + 12345) >>> 0;
      const noise = (seed >>> 16) & 15;
      const d = Math.hypot(x - c, y - c * 0.85) / side;
      const eye = Math.hypot(Math.abs(x - c) - side * 0.12, y - side * 0.36) < side * 0.04;
      const face = d < 0.28;
      const [r, g, b] = eye ? [40, 40, 60] : face ? [236, 188, 150] : [60 + (y * 120) / side, 120, 200];
      const i = row + 1 + x * 3;
      raw[i] = Math.min(255, r + noise);
      raw[i + 1] = Math.min(255, g + noise);
      raw[i + 2] = Math.min(255, b + noise);
    }
  }
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 0 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
  writeFileSync(path, png);
  return png.length;
}

/** Pick a file through the page's real file chooser, opened by clicking `trigger`. */
async function chooseFile(page: Page, trigger: () => Promise<unknown>, path: string): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), trigger()]);
  await chooser.setFiles(path);
}

async function openPersonaBoard(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'New board…' }).click();
  await page.locator('[data-action="addBoard:persona"]').click();
  await page.getByRole('button', { name: 'Add persona' }).waitFor();
}

/** Drag a curve point (or ghost) at 0 of the (note-less) emotions lane of stage `stage` to `toY` (page y). */
async function dragCurvePoint(page: Page, stage: number, toY: 'top' | 'bottom' | 'stay'): Promise<void> {
  const rect = (await page.evaluate((s) => window.journeyDebug.cellRect(s, 2), stage))!;
  const x = rect.x + rect.width / 2;
  // 0 sits mid-way down the curve's own band at the top of the lane (shared/layout/emotion-curve.ts).
  const y = rect.y + (LAYOUT.curveBandHeight / 2) * (rect.height / LAYOUT.minEmotionLaneHeight);
  await page.mouse.move(x, y);
  await page.mouse.down();
  const target = toY === 'top' ? rect.y - 40 : toY === 'bottom' ? rect.y + rect.height + 40 : y;
  if (toY !== 'stay') await page.mouse.move(x, target, { steps: 8 });
  await page.mouse.up();
}

/** The colour the notes layer paints at a page point (alpha included). */
async function notesLayerPixel(page: Page, x: number, y: number): Promise<number[]> {
  return page.evaluate(
    ([px, py]) => {
      const canvases = Array.from(document.querySelectorAll<HTMLCanvasElement>('[data-testid="board-canvas"] canvas'));
      const layer = canvases[1]!;
      const box = layer.getBoundingClientRect();
      const ratio = layer.width / box.width;
      return [...layer.getContext('2d')!.getImageData(Math.round((px! - box.left) * ratio), Math.round((py! - box.top) * ratio), 1, 1).data];
    },
    [x, y],
  );
}

describe('personas in Chromium', () => {
  it('creates a persona with a 20 MB photo and every field, two personas walk a journey with their own curves, filter, save, reopen identical, import into another workspace', async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const bigPhoto = join(ARTIFACTS, 'big-photo.png');
    const bytes = writeBigPng(bigPhoto);
    expect(bytes).toBeGreaterThan(20 * 1024 * 1024);
    const notAPicture = join(ARTIFACTS, 'not-a-picture.png');
    writeFileSync(notAPicture, 'These are meeting notes, not a picture.');

    const page = await openApp(rig.browser(), rig.served(), 'lang=en');
    await openPersonaBoard(page);
    await expect(page.getByText('All personas of this workspace.').isVisible()).resolves.toBe(true);

    // ── Persona 1: every field, typed in place ──
    await page.getByRole('button', { name: 'Add persona' }).click();
    const tim = page.locator('article.persona-card').nth(0);
    const fields: [string, string][] = [
      ['Name', 'Tech-Savvy Tim'],
      ['Role', 'Young professional'],
      ['Age', '29'],
      ['Quote', 'If I can’t order it from my phone in two minutes, I’m gone.'],
      ['Demographics', 'City, software job, shops at night'],
      ['Goals', 'Newest gadget, fast, fair price'],
      ['Needs', 'Honest reviews; fast delivery'],
      ['Frustrations', 'Hidden fees, hotlines'],
      ['Behaviours', 'Compares prices on several sites'],
      ['Motivations', 'Innovation, convenience'],
    ];
    for (const [label, value] of fields) {
      await tim.getByLabel(label, { exact: true }).fill(value);
      await tim.getByLabel(label, { exact: true }).press('Tab');
    }
    await tim.getByRole('checkbox', { name: 'Online' }).check();
    await tim.getByRole('checkbox', { name: 'Offline' }).check();
    await tim.getByLabel('Curve colour').fill('#2f9e44');

    // A file that is not a picture is refused with a clear message, and nothing is stored.
    await chooseFile(page, () => tim.getByRole('button', { name: 'Choose photo…' }).click(), notAPicture);
    await page.getByTestId('error-banner').waitFor();
    await expect(page.getByTestId('error-banner').textContent()).resolves.toContain('not a picture the app can read');
    expect((await snapshot(page)).personas[0]!.photo).toBeUndefined();

    // Pictures too big to decode safely are refused before decoding, saying why and what to do.
    const hugePicture = join(ARTIFACTS, 'huge-picture.png');
    const header = Buffer.from('89504e470d0a1a0a0000000d49484452000027100000271008020000000000000000', 'hex'); // 10000 × 10000
    writeFileSync(hugePicture, header);
    await chooseFile(page, () => tim.getByRole('button', { name: 'Choose photo…' }).click(), hugePicture);
    await page.getByTestId('error-banner').getByText('10000 × 10000 pixels; photos can have at most 40 megapixels', { exact: false }).waitFor();
    const hugeFile = join(ARTIFACTS, 'huge-file.jpg');
    writeFileSync(hugeFile, Buffer.alloc(26 * 1024 * 1024));
    await chooseFile(page, () => tim.getByRole('button', { name: 'Choose photo…' }).click(), hugeFile);
    await page.getByTestId('error-banner').getByText('The file is 26.0 MB; photos can be at most 25 MB', { exact: false }).waitFor();
    expect((await snapshot(page)).personas[0]!.photo).toBeUndefined();

    // The 20 MB photo is downscaled to a small square and stored inside the workspace.
    await chooseFile(page, () => tim.getByRole('button', { name: 'Choose photo…' }).click(), bigPhoto);
    await tim.locator('img.persona-avatar').waitFor({ timeout: 30_000 });
    await expect(page.getByTestId('status').textContent()).resolves.toMatch(/Photo stored, downscaled to \d+ KB/);
    const photo = (await snapshot(page)).personas[0]!.photo!;
    expect(photo).toMatch(/^data:image\/webp;base64,/);
    expect(photo.length).toBeLessThan(100_000);
    const size = await page.evaluate(async (src) => {
      const img = new Image();
      img.src = src;
      await img.decode();
      return [img.naturalWidth, img.naturalHeight];
    }, photo);
    expect(size).toEqual([256, 256]);

    // ── Persona 2 ──
    await page.getByRole('button', { name: 'Add persona' }).click();
    const trudy = page.locator('article.persona-card').nth(1);
    await trudy.getByLabel('Name', { exact: true }).fill('Traditional Trudy');
    await trudy.getByLabel('Role', { exact: true }).fill('Retiree');
    await trudy.getByLabel('Role', { exact: true }).press('Tab');
    await trudy.getByRole('checkbox', { name: 'Offline' }).check();

    let snap = await snapshot(page);
    const timRecord = snap.personas.find((p) => p.name === 'Tech-Savvy Tim')!;
    const trudyRecord = snap.personas.find((p) => p.name === 'Traditional Trudy')!;
    expect(timRecord).toMatchObject({
      ...Object.fromEntries(fields.map(([label, value]) => [label.toLowerCase(), value])),
      channels: ['online', 'offline'],
      color: '#2f9e44',
    });
    expect(trudyRecord.color).not.toBe(timRecord.color);
    await page.mouse.click(1200, 80); // leave the fields
    await screenshot(page, 'persona-board');

    // ── Both walk the journey ──
    await page.getByRole('button', { name: /End-to-end journey/ }).click();
    const linkPicker = page.getByRole('combobox', { name: 'Add a persona…' });
    await linkPicker.selectOption({ label: 'Tech-Savvy Tim' });
    await linkPicker.selectOption({ label: 'Traditional Trudy' });
    snap = await snapshot(page);
    const journey = snap.boards.find((b) => b.kind === 'journey')!;
    expect(journey.personaIds).toEqual([timRecord.id, trudyRecord.id]);

    // Tim's curve (the first linked draws by default): up, level, down.
    await dragCurvePoint(page, 0, 'top');
    await dragCurvePoint(page, 1, 'stay');
    await dragCurvePoint(page, 2, 'bottom');
    // Trudy's: the picker in the legend switches whose curve new points start.
    await page.locator(`[data-legend-persona="${trudyRecord.id}"]`).getByRole('button', { name: /Draw/ }).click();
    await dragCurvePoint(page, 0, 'bottom');
    await dragCurvePoint(page, 1, 'top');
    await dragCurvePoint(page, 2, 'stay');
    snap = await snapshot(page);
    const stages = snap.stages.filter((s) => s.boardId === journey.id);
    const curve = (personaId: string) => stages.slice(0, 3).map((s) => snap.emotions.find((e) => e.personaId === personaId && e.stageId === s.id)?.score);
    expect(curve(timRecord.id)).toEqual([2, 0, -2]);
    expect(curve(trudyRecord.id)).toEqual([-2, 2, 0]);
    expect(snap.emotions.filter((e) => e.boardId === journey.id && e.personaId === undefined)).toEqual([]);

    // ── Tag a note with Tim; another stays untagged ──
    await page.mouse.dblclick(...(Object.values(await cellCenter(page, 0, 0)) as [number, number]));
    await page.keyboard.type('Sees a phone ad');
    await page.keyboard.press('Escape');
    await page.mouse.dblclick(...(Object.values(await cellCenter(page, 1, 0)) as [number, number]));
    await page.keyboard.type('Asks in the shop');
    await page.keyboard.press('Escape');
    snap = await snapshot(page);
    const tagged = snap.notes.find((n) => n.text === 'Sees a phone ad')!;
    const untagged = snap.notes.find((n) => n.text === 'Asks in the shop')!;
    const taggedRect = (await page.evaluate((id) => window.journeyDebug.noteRect(id), tagged.id))!;
    await page.mouse.click(taggedRect.x + 20, taggedRect.y + 10);
    await page.getByRole('group', { name: 'Personas' }).getByRole('checkbox', { name: 'Tech-Savvy Tim' }).check();
    snap = await snapshot(page);
    expect(snap.notes.find((n) => n.id === tagged.id)!.personaIds).toEqual([timRecord.id]);
    expect(snap.notes.find((n) => n.id === untagged.id)!.personaIds).toBeUndefined();

    // ── Filter by Tim: the untagged note fades, the tagged one does not ──
    await page.keyboard.press('Escape');
    const untaggedRect = (await page.evaluate((id) => window.journeyDebug.noteRect(id), untagged.id))!;
    const probe = (r: { x: number; y: number; height: number }) => notesLayerPixel(page, r.x + 6, r.y + r.height - 6);
    const before = [await probe(taggedRect), await probe(untaggedRect)];
    const highlight = page.locator(`[data-legend-persona="${timRecord.id}"]`).getByRole('button', { name: 'Highlight' });
    await highlight.click();
    await expect(highlight.getAttribute('aria-pressed')).resolves.toBe('true');
    await page.waitForTimeout(100);
    const after = [await probe(taggedRect), await probe(untaggedRect)];
    expect(after[0]).toEqual(before[0]);
    expect(after[1]![3]).toBeLessThan(before[1]![3]! * 0.5); // the untagged note is drawn at a quarter opacity
    await page.locator(`[data-legend-persona="${timRecord.id}"]`).getByRole('button', { name: 'Card' }).click();
    await page.getByRole('complementary', { name: 'Persona card: Tech-Savvy Tim' }).waitFor();
    await screenshot(page, 'journey-two-personas');

    // ── Save, reopen in a fresh window: everything identical ──
    const saved = await save(page, 'personas.journey');
    const text = readFileSync(saved, 'utf8');
    expect(statSync(saved).size).toBeLessThan(1024 * 1024); // the 20 MB original is not in it
    expect(text).toContain(photo);
    const beforeSave = await snapshot(page);
    const second = await openApp(rig.browser(), rig.served(), 'lang=en');
    await chooseFile(second, () => second.getByRole('button', { name: 'Open…' }).click(), saved);
    await second.waitForFunction(() => window.journeyDebug.state().fileName === 'personas.journey');
    expect(await snapshot(second)).toEqual(beforeSave);
    await expect(second.getByRole('group', { name: 'Personas on this journey' }).textContent()).resolves.toMatch(/Tech-Savvy Tim.*Traditional Trudy/);

    // ── Reuse: import Tim (photo and all) into a third, new workspace ──
    const third = await openApp(rig.browser(), rig.served(), 'lang=en');
    await openPersonaBoard(third);
    await chooseFile(third, () => third.getByRole('button', { name: 'Import personas from a .journey file…' }).click(), saved);
    const panel = third.getByRole('region', { name: 'Import personas from “personas.journey”' });
    await panel.getByRole('checkbox', { name: /Traditional Trudy/ }).uncheck();
    await panel.getByRole('button', { name: 'Import 1' }).click();
    const imported = (await snapshot(third)).personas;
    expect(imported).toHaveLength(1);
    expect(imported[0]!.id).not.toBe(timRecord.id);
    expect({ ...imported[0], id: '', order: '' }).toEqual({ ...beforeSave.personas.find((p) => p.id === timRecord.id), id: '', order: '' });
    await expect(third.locator('article.persona-card img.persona-avatar').count()).resolves.toBe(1);

    for (const p of [page, second, third]) expect(pageErrors(p)).toEqual([]);
    await Promise.all([page, second, third].map((p) => p.context().close()));
  });

  it('shows the sample: both example personas on the persona board and walking the journey with different curves', async () => {
    const page = await openApp(rig.browser(), rig.served(), 'lang=en&sample=1');
    const sample = await snapshot(page);
    const sampleTim = sample.personas.find((p) => p.name === 'Tech-Savvy Tim')!;
    const legend = page.getByRole('group', { name: 'Personas on this journey' });
    await expect(legend.locator('.legend-name').allTextContents()).resolves.toEqual(['Tech-Savvy Tim', 'Traditional Trudy']);
    // Screen readers get the curves in words.
    await expect(page.getByRole('region', { name: 'Emotion curves' }).textContent()).resolves.toContain(
      'Tech-Savvy Tim: Awareness +1 (curious), Consideration 0 (doubtful), Purchase -1 (annoyed), Retention +1 (relieved), Advocacy +2 (delighted)',
    );
    await screenshot(page, 'sample-journey');
    const journeyId = sample.boards.find((b) => b.kind === 'journey')!.id;
    const sampleTrudy = sample.personas.find((p) => p.name === 'Traditional Trudy')!;
    const legendOrder = async () => (await snapshot(page)).boards.find((b) => b.id === journeyId)!.personaIds;

    // The legend order is the link order: drag Trudy before Tim.
    const timChip = page.locator(`[data-legend-persona="${sampleTim.id}"]`);
    await page.locator(`[data-legend-persona="${sampleTrudy.id}"] .legend-name`).dragTo(timChip, { targetPosition: { x: 5, y: 10 } });
    await expect(legendOrder()).resolves.toEqual([sampleTrudy.id, sampleTim.id]);
    await expect(legend.locator('.legend-name').allTextContents()).resolves.toEqual(['Traditional Trudy', 'Tech-Savvy Tim']);

    // Taking Tim off the journey asks (his curve goes), and undo brings the curve back.
    await timChip.getByRole('button', { name: 'Take Tech-Savvy Tim off this journey' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Take off' }).click();
    await expect(legendOrder()).resolves.toEqual([sampleTrudy.id]);
    expect((await snapshot(page)).emotions.filter((e) => e.personaId === sampleTim.id)).toEqual([]);
    await page.keyboard.press('Control+z');
    await expect(legendOrder()).resolves.toEqual([sampleTrudy.id, sampleTim.id]);
    await page.keyboard.press('Control+z');
    await expect(legendOrder()).resolves.toEqual([sampleTim.id, sampleTrudy.id]);
    expect((await snapshot(page)).emotions).toEqual(sample.emotions);
    await page.getByRole('button', { name: /Personas/ }).first().click();
    const cards = page.locator('article.persona-card');
    await expect(cards.count()).resolves.toBe(2);
    await screenshot(page, 'sample-persona-board');
    const names = async () => (await snapshot(page)).personas.map((p) => p.name);

    // A field edited in place is one undo step.
    const quote = cards.nth(1).getByLabel('Quote', { exact: true });
    await quote.fill('Just show me in the shop.');
    await quote.press('Tab');
    expect((await snapshot(page)).personas[1]!.quote).toBe('Just show me in the shop.');
    await page.mouse.click(1300, 120);
    await page.keyboard.press('Control+z');
    expect((await snapshot(page)).personas[1]!.quote).toBe(sample.personas[1]!.quote);
    await expect(quote.inputValue()).resolves.toBe(sample.personas[1]!.quote);

    // Duplicate, reorder, delete (it walks the journey: the app asks), and undo each.
    await cards.nth(0).getByRole('button', { name: 'Duplicate' }).click();
    await expect(names()).resolves.toEqual(['Tech-Savvy Tim', 'Tech-Savvy Tim (copy)', 'Traditional Trudy']);
    await cards.nth(1).getByRole('button', { name: 'Move later' }).click();
    await expect(names()).resolves.toEqual(['Tech-Savvy Tim', 'Traditional Trudy', 'Tech-Savvy Tim (copy)']);
    await cards.nth(0).getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Delete' }).click();
    const afterDelete = await snapshot(page);
    expect(afterDelete.personas.map((p) => p.name)).toEqual(['Traditional Trudy', 'Tech-Savvy Tim (copy)']);
    expect(afterDelete.emotions.filter((e) => e.personaId === sampleTim.id)).toEqual([]);
    await page.keyboard.press('Control+z');
    const restored = await snapshot(page);
    expect(restored.personas.map((p) => p.name)).toEqual(['Tech-Savvy Tim', 'Traditional Trudy', 'Tech-Savvy Tim (copy)']);
    expect(restored.emotions).toEqual(sample.emotions);
    expect(restored.boards).toEqual(sample.boards);

    // Reuse through the clipboard: copy Trudy's card, paste it into another workspace.
    await expect(cards.nth(2).getByRole('checkbox', { name: 'Select' }).isChecked()).resolves.toBe(true); // a duplicate comes selected
    await cards.nth(2).getByRole('checkbox', { name: 'Select' }).uncheck();
    await cards.nth(1).getByRole('checkbox', { name: 'Select' }).check();
    await page.getByRole('button', { name: 'Copy selected (1)' }).waitFor();
    await page.keyboard.press('Control+c'); // the focus is still on the ticked box
    await page.getByTestId('status').getByText('Copied 1 persona.').waitFor();
    const other = await page.context().newPage();
    await other.goto(`${rig.served().url}?debug=1&lang=en`);
    await other.waitForSelector('html[data-ready="true"]');
    await other.mouse.click(800, 500);
    await other.keyboard.press('Control+v');
    await other.locator('article.persona-card').waitFor();
    const pasted = (await snapshot(other)).personas;
    const trudy = sample.personas.find((p) => p.name === 'Traditional Trudy')!;
    expect(pasted.map((p) => ({ ...p, id: '', order: '' }))).toEqual([{ ...trudy, id: '', order: '' }]);
    expect(pasted[0]!.id).not.toBe(trudy.id);
    expect(pageErrors(other)).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  });
});

describe('a new user starting from the journey board', () => {
  it('makes a persona from the journey’s persona bar, types its name, then finds it on the persona board', async () => {
    const page = await openApp(rig.browser(), rig.served(), 'lang=en');
    await expect(page.getByText('None yet: the curve is the board’s own.').isVisible()).resolves.toBe(true);
    await page.getByRole('combobox', { name: 'Add a persona…' }).selectOption({ label: 'New persona…' });
    const card = page.getByRole('complementary', { name: 'Persona card: Persona 1' });
    await card.waitFor();
    await page.waitForFunction(() => (document.activeElement as HTMLInputElement | null)?.name === 'name');
    await page.keyboard.type('Budi the reseller');
    await page.keyboard.press('Enter');
    const snap = await snapshot(page);
    expect(snap.personas.map((p) => p.name)).toEqual(['Budi the reseller']);
    expect(snap.boards.find((b) => b.kind === 'journey')!.personaIds).toEqual([snap.personas[0]!.id]);
    // Its curve starts from the ghost points, in its colour.
    await dragCurvePoint(page, 3, 'top');
    expect((await snapshot(page)).emotions).toMatchObject([{ personaId: snap.personas[0]!.id, score: 2 }]);
    await page.getByRole('button', { name: 'All personas' }).click();
    await expect(page.locator('article.persona-card').getByLabel('Name', { exact: true }).inputValue()).resolves.toBe('Budi the reseller');
    expect((await snapshot(page)).boards.map((b) => b.kind)).toEqual(['journey', 'persona']);
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  });
});

async function save(page: Page, name: string): Promise<string> {
  // The download path (a browser without the save picker): the name question answered with its suggestion.
  const download = await saveByDownload(page);
  const path = join(ARTIFACTS, name);
  await download.saveAs(path);
  return path;
}
