/**
 * Bundles a TypeScript entry into one ES module that plain `node` can run, for tests that must
 * run our code in a child process (a file-size limit, a CLI's exit code and signals).
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { build } from 'vite';

export const REPO_ROOT = resolve(import.meta.dirname, '../../..');

export async function bundleForNode(entry: string): Promise<string> {
  const outDir = await mkdtemp(join(tmpdir(), 'journey-bundle-'));
  const name = `${basename(entry).replace(/\.ts$/, '')}.mjs`;
  await build({
    configFile: false,
    logLevel: 'silent',
    root: REPO_ROOT,
    // Packages too (i18next): the bundle runs from a temp folder with no node_modules.
    ssr: { noExternal: true },
    build: {
      ssr: resolve(REPO_ROOT, entry),
      outDir,
      emptyOutDir: true,
      minify: false,
      rollupOptions: { output: { format: 'es', entryFileNames: name } },
    },
  });
  return join(outDir, name);
}
