import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, cellCenter, openApp, pageErrors, screenshot } from './harness';
import { useServedBrowser } from './rig';
import { saveByDownload } from './save-name';

const rig = useServedBrowser();

const snapshot = (page: Page) => page.evaluate(() => window.journeyDebug.snapshot());

describe('the journey board in Chromium', () => {
  it('is served with a strict Content-Security-Policy, as a header and in the page', async () => {
    const response = await fetch(rig.served().url);
    const header = response.headers.get('content-security-policy') ?? '';
    expect(header).toContain("script-src 'self'");
    expect(header).not.toContain('unsafe-eval');
    const html = await response.text();
    expect(html).toContain('http-equiv="Content-Security-Policy"');
  });

  it('starts with the 5-stage end-to-end template, stages and lanes drawn', async () => {
    const page = await openApp(rig.browser(), rig.served(), 'lang=en');
    const snap = await snapshot(page);
    expect(snap?.stages.map((s) => s.title)).toEqual(['Awareness', 'Consideration', 'Purchase', 'Retention', 'Advocacy']);
    expect(snap?.lanes.map((l) => l.kind)).toEqual(['actions', 'touchpoints', 'emotions', 'painPoints', 'momentsOfTruth', 'opportunities', 'kpis', 'insights']);
    // The screen-reader outline mirrors what the canvas draws.
    const headings = await page.locator('section[aria-label="Board outline"] h3').allTextContents();
    expect(headings).toEqual(['Awareness', 'Consideration', 'Purchase', 'Retention', 'Advocacy']);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('End-to-end journey');
    // Something is actually painted where the first stage header is: not a blank canvas.
    const painted = await page.evaluate(() => {
      const canvas = document.querySelector('canvas');
      if (!canvas) return 0;
      const ctx = canvas.getContext('2d')!;
      const data = ctx.getImageData(0, 0, canvas.width, Math.min(canvas.height, 200)).data;
      const colours = new Set<number>();
      for (let i = 0; i < data.length; i += 16) colours.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
      return colours.size;
    });
    expect(painted).toBeGreaterThan(5);
    await screenshot(page, 'template-board');
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  });

  it('adds notes with the mouse and with the keyboard, edits and deletes them, with undo', async () => {
    const page = await openApp(rig.browser(), rig.served(), 'lang=en');

    // Mouse: double-click the Consideration × Pain points cell, type, click away.
    const cell = await cellCenter(page, 1, 3);
    await page.mouse.dblclick(cell.x, cell.y);
    const editor = page.getByRole('textbox', { name: 'Note text' });
    await expect(editor.isVisible()).resolves.toBe(true);
    await page.keyboard.type('Specs are hard to compare 🤔');
    // Retention × Touchpoints: in view beside the inspector the selected note opened.
    const empty = await cellCenter(page, 3, 1);
    await page.mouse.click(empty.x, empty.y);
    let snap = await snapshot(page);
    const consideration = snap!.stages[1]!.id;
    const painLane = snap!.lanes[3]!.id;
    expect(snap!.notes).toHaveLength(1);
    expect(snap!.notes[0]).toMatchObject({ text: 'Specs are hard to compare 🤔', stageId: consideration, laneId: painLane, color: 'red' });

    // Keyboard: the selected cell (Retention × Touchpoints, clicked above) gets a note with "n".
    await page.keyboard.press('n');
    await page.keyboard.type('Репутация: NPS > 40');
    await page.keyboard.press('Escape');
    snap = await snapshot(page);
    expect(snap!.notes).toHaveLength(2);
    const kpi = snap!.notes.find((n) => n.text === 'Репутация: NPS > 40');
    expect(kpi).toMatchObject({ stageId: snap!.stages[3]!.id, laneId: snap!.lanes[1]!.id, color: 'blue', channel: 'online' });

    // Enter re-opens the selected note for editing; typing appends.
    await page.keyboard.press('Enter');
    await page.keyboard.press('End');
    await page.keyboard.type(' (target)');
    await page.keyboard.press('Control+Enter');
    snap = await snapshot(page);
    expect(snap!.notes.map((n) => n.text).sort()).toEqual(['Specs are hard to compare 🤔', 'Репутация: NPS > 40 (target)']);

    // Click the first note on the canvas, delete it with the Delete key.
    const [firstId] = await page.evaluate(() => window.journeyDebug.cellNotes(1, 3));
    const rect = await page.evaluate((id) => window.journeyDebug.noteRect(id!), firstId);
    await page.mouse.click(rect!.x + rect!.width / 2, rect!.y + rect!.height / 2);
    await page.keyboard.press('Delete');
    snap = await snapshot(page);
    expect(snap!.notes.map((n) => n.text)).toEqual(['Репутация: NPS > 40 (target)']);

    // Undo brings the deleted note back; redo removes it again.
    await page.keyboard.press('Control+z');
    snap = await snapshot(page);
    expect(snap!.notes.map((n) => n.text).sort()).toEqual(['Specs are hard to compare 🤔', 'Репутация: NPS > 40 (target)']);
    await page.keyboard.press('Control+Shift+z');
    expect((await snapshot(page))!.notes).toHaveLength(1);

    // The title bar shows the unsaved marker.
    expect(await page.title()).toMatch(/^• /);
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  });

  it('saves to a .journey file and opens it again with an identical snapshot', async () => {
    const page = await openApp(rig.browser(), rig.served(), 'sample=1&lang=en');
    const cell = await cellCenter(page, 1, 1);
    await page.mouse.dblclick(cell.x, cell.y);
    await page.keyboard.type('Kirim pengingat lewat WhatsApp');
    await page.keyboard.press('Escape');
    const before = await snapshot(page);
    expect(before!.notes.some((n) => n.text === 'Kirim pengingat lewat WhatsApp')).toBe(true);

    // A browser without the save picker asks for the name (suggested: the workspace's title), then downloads.
    const download = await saveByDownload(page);
    expect(download.suggestedFilename()).toBe('Sample electronics shop.journey');
    mkdirSync(ARTIFACTS, { recursive: true });
    const saved = join(ARTIFACTS, 'saved.journey');
    await download.saveAs(saved);
    const text = readFileSync(saved, 'utf8');
    expect(JSON.parse(text)).toMatchObject({ format: 'journey', formatVersion: 1 });
    await expect(page.locator('[data-testid="status"]').textContent()).resolves.toContain('Saved as Sample electronics shop.journey');
    expect(await page.title()).not.toMatch(/^• /);

    // A fresh window (the default template), then File ▸ Open of the saved file.
    const second = await openApp(rig.browser(), rig.served(), 'lang=en');
    const [chooser] = await Promise.all([second.waitForEvent('filechooser'), second.getByRole('button', { name: 'Open…' }).click()]);
    await chooser.setFiles(saved);
    await second.waitForFunction(() => window.journeyDebug.state().fileName === 'saved.journey');
    const after = await snapshot(second);
    expect(after).toEqual(before);
    await expect(second.locator('[data-testid="status"]').textContent()).resolves.toContain('Opened saved.journey');
    await screenshot(second, 'reopened-sample');
    expect([...pageErrors(page), ...pageErrors(second)]).toEqual([]);
    await page.context().close();
    await second.context().close();
  });

  it('shows a clear error for a broken file and leaves the open board untouched', async () => {
    const page = await openApp(rig.browser(), rig.served(), 'lang=en');
    const cell = await cellCenter(page, 2, 0);
    await page.mouse.dblclick(cell.x, cell.y);
    await page.keyboard.type('Keep me');
    await page.keyboard.press('Escape');
    const before = await snapshot(page);

    mkdirSync(ARTIFACTS, { recursive: true });
    const broken = join(ARTIFACTS, 'broken.journey');
    writeFileSync(broken, '{"format":"journey","formatVersion":1,"snapshot":{"workspace":');
    // The board has unsaved changes: the app asks first. Go on without saving.
    await page.getByRole('button', { name: 'Open…' }).click();
    await expect(page.getByRole('alertdialog').textContent()).resolves.toContain('Save changes to');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Don’t save' }).click()]);
    await chooser.setFiles(broken);
    const banner = page.getByRole('alert');
    await banner.waitFor();
    const message = await banner.textContent();
    expect(message).toContain('Could not open “broken.journey”');
    expect(message).toMatch(/cut off|incomplete|truncated/i);
    expect(await snapshot(page)).toEqual(before);
    await screenshot(page, 'broken-file-error');

    // The same path through the debug hook: each kind of bad input has its own error.
    const codes = await page.evaluate(async () => {
      const inputs = [
        'not json at all',
        '{"format":"excalidraw","formatVersion":1}',
        '{"format":"journey","formatVersion":99,"app":{"name":"Journey","version":"9.0.0"}}',
        '{"format":"journey","formatVersion":1,"app":{"name":"Journey","version":"0.1.0"},"savedAt":"2026-01-01T00:00:00.000Z","snapshot":{"workspace":{},"boards":[],"stages":[],"lanes":[],"notes":[],"personas":[],"emotions":[]}}',
        '{"__proto__":{"polluted":true},"format":"journey","formatVersion":1}',
      ];
      const out: string[] = [];
      for (const input of inputs) {
        const result = await window.journeyDebug.load(input);
        out.push(result.ok ? 'ok' : result.error.code);
      }
      return out;
    });
    expect(codes).toEqual(['not-json', 'not-journey', 'newer-version', 'invalid', 'forbidden-key']);
    expect(await snapshot(page)).toEqual(before);
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  });
});
