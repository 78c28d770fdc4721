import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The renderer's shape: its folders import each other without cycles (primitives below,
 * features above, the app shell on top), no file is over 400 lines, only the editor closes undo
 * steps, and the compatibility layer of the editor's merge is gone.
 * A static scan of import and export-from statements, type-only ones included.
 */
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../../renderer/src');

const lineCount = (file: string) => readFileSync(file, 'utf8').split('\n').length - 1;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The folder a file belongs to; files at the top (main.tsx, debug.ts) are the app shell. */
function folderOf(file: string): string {
  const rel = relative(ROOT, file).split(/[\\/]/);
  return rel.length === 1 ? 'app' : rel[0]!;
}

const IMPORT = /^\s*(?:import|export)\s[^'"]*?from\s+['"](\.[^'"]+)['"]|^\s*import\s+['"](\.[^'"]+)['"]/gm;

function folderGraph(): Map<string, Map<string, string>> {
  const graph = new Map<string, Map<string, string>>();
  for (const file of sourceFiles(ROOT)) {
    const from = folderOf(file);
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(IMPORT)) {
      const spec = match[1] ?? match[2]!;
      const target = resolve(dirname(file), spec);
      if (!target.startsWith(ROOT)) continue; // shared/, packages
      const candidates = [target, `${target}.ts`, `${target}.tsx`, join(target, 'index.ts')];
      const resolved = candidates.find((c) => {
        try {
          return statSync(c).isFile();
        } catch {
          return false;
        }
      });
      if (!resolved || resolved.endsWith('.css')) continue;
      const to = folderOf(resolved);
      if (to === from) continue;
      if (!graph.has(from)) graph.set(from, new Map());
      const edges = graph.get(from)!;
      if (!edges.has(to)) edges.set(to, `${relative(ROOT, file)} → ${relative(ROOT, resolved)}`);
    }
  }
  return graph;
}

function findCycle(graph: Map<string, Map<string, string>>): string[] | null {
  const state = new Map<string, 'visiting' | 'done'>();
  const path: string[] = [];
  const visit = (node: string): string[] | null => {
    state.set(node, 'visiting');
    path.push(node);
    for (const next of graph.get(node)?.keys() ?? []) {
      if (state.get(next) === 'visiting') {
        const cycle = [...path.slice(path.indexOf(next)), next];
        return cycle.map((folder, i) => (i + 1 < cycle.length ? `${folder} (${graph.get(folder)!.get(cycle[i + 1]!)})` : folder));
      }
      if (!state.has(next)) {
        const found = visit(next);
        if (found) return found;
      }
    }
    path.pop();
    state.set(node, 'done');
    return null;
  };
  for (const node of graph.keys()) {
    if (state.has(node)) continue;
    const found = visit(node);
    if (found) return found;
  }
  return null;
}

describe('the renderer’s structure', () => {
  it('its folders import each other without cycles', () => {
    const graph = folderGraph();
    expect(graph.size).toBeGreaterThan(5); // the scan sees the folders at all
    expect(findCycle(graph)).toBeNull();
  });

  it('the scan finds a cycle when there is one', () => {
    const graph = new Map([
      ['ui', new Map([['actions', 'ui/Toolbar.tsx → actions/shortcuts.ts']])],
      ['actions', new Map([['ui', 'actions/x.ts → ui/y.ts']])],
    ]);
    expect(findCycle(graph)).toEqual(['ui (ui/Toolbar.tsx → actions/shortcuts.ts)', 'actions (actions/x.ts → ui/y.ts)', 'ui']);
  });

  it('the editor sits below every feature: it imports none of them', () => {
    const editor = [...(folderGraph().get('editor')?.keys() ?? [])];
    expect(editor.filter((folder) => !['i18n'].includes(folder))).toEqual([]);
  });

  // The translation catalog lives in shared/i18n, one module per namespace.
  it('no file is over 400 lines, and the journey board view is at most 300', () => {
    const long = sourceFiles(ROOT)
      .map((file) => ({ file: relative(ROOT, file), lines: lineCount(file) }))
      .filter(({ lines }) => lines > 400);
    expect(long).toEqual([]);
    expect(lineCount(join(ROOT, 'board/JourneyBoard.tsx'))).toBeLessThanOrEqual(300);
  });

  it('undo steps are closed only by the editor and shared/doc: no other app code calls stopCapturing', () => {
    const app = resolve(ROOT, '../..');
    const callers = ['renderer', 'shared', 'electron']
      .flatMap((dir) => sourceFiles(join(app, dir)))
      .filter((file) => /stopCapturing/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(app, file).split(/[\\/]/).join('/'));
    expect(callers).toContain('renderer/src/editor/editor.ts'); // the scan sees the editor's own calls
    expect(callers.filter((file) => !file.startsWith('renderer/src/editor/') && !file.startsWith('shared/doc/'))).toEqual([]);
  });

  it('no compatibility layer is left: no flat state, no legacy store, no controller re-exports', () => {
    const files = sourceFiles(ROOT).map((file) => relative(ROOT, file).split(/[\\/]/).join('/'));
    expect(files.filter((file) => /^(workspace\/|editor\/(compat|legacy-store)\.ts$|ui\/hooks\.ts$)/.test(file))).toEqual([]);
    const legacy = sourceFiles(ROOT).filter((file) => /\buseAppState\b|\bAppController\b|\.store\.set\(\{ *(selectedNoteIds|editingNoteId|renaming|contextMenu)/.test(readFileSync(file, 'utf8')));
    expect(legacy.map((file) => relative(ROOT, file))).toEqual([]);
  });
});
