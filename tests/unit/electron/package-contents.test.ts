/**
 * What `npm run dist` puts in the package: main's code bundled by electron-vite (the same config
 * `npm run build` uses), so the package needs no node_modules at all. electron-builder copies the
 * production `dependencies` of package.json into the asar; with none declared, renderer-only
 * packages (react-dom, fonts, zod copies) and native prebuilds (leveldown via y-websocket's
 * optional y-leveldb) stay out, and @electron/rebuild has nothing to compile on Apple Silicon.
 */
import { builtinModules, createRequire } from 'node:module';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, mergeConfig } from 'vite';
import { resolveConfig } from 'electron-vite';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './bundle-for-node';

const require = createRequire(import.meta.url);
const { getConfig } = require('app-builder-lib/out/util/config/config.js') as {
  getConfig(projectDir: string, configPath: string | null, configFromOptions: null): Promise<{ files?: unknown; npmRebuild?: boolean }>;
};

/** Every module specifier a built ES module imports or requires. */
function specifiers(code: string): string[] {
  const found = new Set<string>();
  for (const m of code.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*)["']([\w@.:/-]+)["']/g)) found.add(m[1]!);
  return [...found];
}

const isBuiltin = (name: string) => name.startsWith('node:') || builtinModules.includes(name.split('/')[0]!);

describe('the packaged app', () => {
  it('declares no production dependencies, so electron-builder copies no node_modules into the asar', async () => {
    const pkg = JSON.parse(await readFile(join(REPO_ROOT, 'package.json'), 'utf8')) as { dependencies?: Record<string, string>; main?: string };
    expect(Object.keys(pkg.dependencies ?? {})).toEqual([]);
    const config = await getConfig(REPO_ROOT, 'build/electron-builder.yml', null);
    expect(JSON.stringify(config.files)).toContain('"out/**"');
    expect(JSON.stringify(config.files)).not.toMatch(/(^|[^!])node_modules/);
    // Nothing native to rebuild.
    expect(config.npmRebuild).toBe(false);
  }, 20_000);

  it('main, built with the project’s electron-vite config, imports only electron and Node’s own modules', async () => {
    const resolved = await resolveConfig({ root: REPO_ROOT, logLevel: 'silent' }, 'build', 'production');
    const main = resolved.config?.main;
    if (!main) throw new Error('electron.vite.config.ts has no main config');
    const outDir = await mkdtemp(join(tmpdir(), 'journey-main-'));
    await build(mergeConfig(main, { logLevel: 'silent', build: { outDir, emptyOutDir: true, minify: false } }));
    const files: string[] = [];
    for (const entry of await readdir(outDir, { recursive: true })) if (String(entry).endsWith('.js')) files.push(join(outDir, String(entry)));
    expect(files.map((f) => f.slice(outDir.length + 1)).sort()).toEqual(expect.arrayContaining(['index.js', 'serve-cli.js', 'signal-cli.js']));
    const bare = new Set<string>();
    for (const file of files) for (const s of specifiers(await readFile(file, 'utf8'))) if (!s.startsWith('.') && s !== 'electron' && !isBuiltin(s)) bare.add(s);
    // Before the bundling this listed zod, ws, i18next, nanoid, yjs…: packages the asar would have to carry.
    expect([...bare]).toEqual([]);
  }, 60_000);
});
