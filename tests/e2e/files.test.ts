/**
 * Hostile files in Chromium: the same corpus as tests/unit/file/hostile-corpus.test.ts, opened
 * by the renderer in the browser's engine (its JSON.parse, its stack, its TextDecoder), and
 * big hostile files through File ▸ Open: each answered with its own message, the open
 * workspace untouched, no page error.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { generatedCases, MANIFEST_FILE, type Expected, type ManifestEntry } from '../fixtures/hostile/corpus';
import { ARTIFACTS, openApp, pageErrors } from './harness';
import { useServedBrowser } from './rig';

const rig = useServedBrowser();
const FOLDER = join(__dirname, '../fixtures/hostile');
const manifest = JSON.parse(readFileSync(join(FOLDER, MANIFEST_FILE), 'utf8')) as { files: ManifestEntry[] };
const snapshot = (page: Page) => page.evaluate(() => window.journeyDebug.snapshot());

/** Opening `text` through the debug hook: the error code, or that it opened. */
async function outcomeIn(page: Page, text: string): Promise<Expected | { outcome: 'opens' }> {
  return page.evaluate(async (input) => {
    const result = await window.journeyDebug.load(input);
    return result.ok ? { outcome: 'opens' as const } : { outcome: 'error' as const, code: result.error.code };
  }, text);
}

describe('hostile files in Chromium', () => {
  it('every text file of the corpus is refused in Chromium with the code it gets in Node', async () => {
    const page = await openApp(rig.browser(), rig.served(), 'lang=en');
    const decoder = new TextDecoder('utf-8', { fatal: true });
    let tried = 0;
    for (const entry of manifest.files) {
      if (entry.expected.outcome !== 'error') continue;
      let text: string;
      try {
        text = decoder.decode(readFileSync(join(FOLDER, entry.file)));
      } catch {
        continue; // bytes that are not UTF-8 cannot be handed over as text
      }
      const got = await outcomeIn(page, text);
      expect(got, `${entry.file}: ${entry.what}`).toEqual(entry.expected);
      tried++;
    }
    expect(tried).toBeGreaterThanOrEqual(40);
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  });

  it('big hostile files picked with File ▸ Open get their own message, and the board stays as it was', async () => {
    const page = await openApp(rig.browser(), rig.served(), 'lang=en');
    const before = await snapshot(page);
    mkdirSync(ARTIFACTS, { recursive: true });
    const wanted: Record<string, RegExp> = {
      'million-zeros.journey': /more than Journey can open: a list of more than 200,000 items \(at snapshot\.notes\)/,
      'deep-nesting-100k.journey': /fields nested more than 100 levels deep/,
      'many-duplicate-keys.journey': /appears twice in the same place/,
      'huge-note-text.journey': /a text of more than 4,000,000 characters/,
    };
    for (const c of generatedCases().filter((g) => g.file in wanted)) {
      const path = join(ARTIFACTS, c.file);
      writeFileSync(path, c.bytes());
      const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Open…' }).click()]);
      await chooser.setFiles(path);
      const banner = page.getByRole('alert');
      await banner.filter({ hasText: c.file }).waitFor();
      const message = (await banner.textContent()) ?? '';
      expect(message, c.file).toContain(`Could not open “${c.file}”`);
      expect(message, c.file).toMatch(wanted[c.file]!);
      expect(await snapshot(page)).toEqual(before);
    }
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  });
});
