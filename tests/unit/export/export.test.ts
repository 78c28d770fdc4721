import { describe, expect, it } from 'vitest';
import { createUndoManager, importNotes, readSnapshot } from '../../../shared/doc';
import { exportCsv, csvCell } from '../../../shared/export/csv';
import { guessMapping, parseCsv, planImport } from '../../../shared/export/csv-import';
import { exportMarkdown, mdText } from '../../../shared/export/markdown';
import { fitPlan, pageSize, posterPlan, rowLabel, mmToPx, PAPER_NAMES } from '../../../shared/export/paper';
import { DEFAULT_PRINT_OPTIONS, printDocument } from '../../../shared/export/print-document';
import { byOrder, benchWorkspace } from '../../../shared/model';
import { loadedDoc } from '../doc/helpers';
import { multilingualWorkspace, STAGE_TEXTS } from './fixtures';

describe('paper and tiling', () => {
  it('knows every paper in both orientations', () => {
    expect(PAPER_NAMES).toEqual(['A4', 'A3', 'A2', 'A1', 'A0', 'Letter', 'Legal', 'Tabloid']);
    const a4 = pageSize('A4', 'portrait');
    expect([a4.widthMm, a4.heightMm]).toEqual([210, 297]);
    const a3l = pageSize('A3', 'landscape');
    expect([a3l.widthMm, a3l.heightMm]).toEqual([420, 297]);
    expect(pageSize('Letter', 'portrait').width).toBeCloseTo(816, 1);
  });

  it('fits a board on one page, as large as fits', () => {
    const plan = fitPlan({ width: 3000, height: 1000 }, pageSize('A4', 'landscape'));
    expect(plan.tiles).toHaveLength(1);
    expect(plan.content.width).toBeCloseTo(3000 * plan.scale);
    expect(plan.content.width).toBeLessThanOrEqual(pageSize('A4', 'landscape').width - 2 * mmToPx(10) + 1e-6);
  });

  it('tiles a poster so the tiles cover the board and neighbours overlap by the margin', () => {
    const size = { width: 5000, height: 2000 };
    const plan = posterPlan(size, pageSize('A3', 'landscape'), { scale: 1, overlapMm: 10 });
    expect(plan.rows * plan.cols).toBe(plan.tiles.length);
    expect(plan.tiles.length).toBeGreaterThanOrEqual(4);
    const last = plan.tiles.at(-1)!;
    expect(last.rect.x + last.rect.width).toBeGreaterThanOrEqual(size.width);
    expect(last.rect.y + last.rect.height).toBeGreaterThanOrEqual(size.height);
    const [a, b] = plan.tiles;
    expect(a!.rect.x + a!.rect.width - b!.rect.x).toBeCloseTo(mmToPx(10));
    expect(plan.tiles.map((t) => t.label).slice(0, 3)).toEqual(['A1', 'A2', 'A3']);
    expect(plan.tiles.find((t) => t.row === 1)?.label).toBe('B1');
    // One column fewer would not cover the board.
    expect((plan.cols - 1) * (a!.rect.width - plan.overlap) + plan.overlap).toBeLessThan(size.width);
  });

  it('halving the scale needs fewer pages; a poster too big to print is refused with a reason', () => {
    const page = pageSize('A4', 'portrait');
    const full = posterPlan({ width: 8000, height: 3000 }, page, { scale: 1, overlapMm: 10 });
    const half = posterPlan({ width: 8000, height: 3000 }, page, { scale: 0.5, overlapMm: 10 });
    expect(half.tiles.length).toBeLessThan(full.tiles.length);
    expect(() => posterPlan({ width: 400_000, height: 400_000 }, page, { scale: 1, overlapMm: 10 })).toThrow(/at most 400/);
    expect(() => posterPlan({ width: 100, height: 100 }, page, { scale: 0, overlapMm: 10 })).toThrow(RangeError);
  });

  it('labels rows like a spreadsheet', () => {
    expect([0, 25, 26, 27].map(rowLabel)).toEqual(['A', 'Z', 'AA', 'AB']);
  });
});

describe('print document', () => {
  it('has every note as escaped text, stage by stage, with a page per board and persona', () => {
    const snapshot = multilingualWorkspace('ru');
    const doc = printDocument({ snapshot, options: { ...DEFAULT_PRINT_OPTIONS, personaPages: true, insights: true }, fonts: [], date: '1 марта 2026' });
    expect(doc.pages).toBe(1 + snapshot.personas.length + 1);
    expect(doc.html).not.toContain('<script>alert');
    expect(doc.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(doc.html).toContain('Страница 1 из 4');
    const positions = STAGE_TEXTS.map((texts) => doc.html.indexOf(texts[0]!.replace(/"/g, '&quot;')));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(doc.outline.filter((o) => o.level === 2).map((o) => o.title).slice(0, 5)).toEqual(
      snapshot.stages.filter((s) => s.boardId === snapshot.boards.find((b) => b.kind === 'journey')!.id).sort(byOrder).map((s) => s.title),
    );
  });

  it('a poster leaves out what its tile does not show, and repeats no heading', () => {
    const snapshot = benchWorkspace(500);
    const doc = printDocument({ snapshot, options: { ...DEFAULT_PRINT_OPTIONS, paper: 'A4', layout: 'poster', scale: 1 }, fonts: [], date: 'x' });
    expect(doc.pages).toBeGreaterThan(4);
    const notes = (doc.html.match(/class="note"/g) ?? []).length;
    // Every note at least once; overlap repeats a few, but nowhere near once per page.
    expect(notes).toBeGreaterThanOrEqual(500);
    expect(notes).toBeLessThan(500 * 2);
    expect((doc.html.match(/<h2 class="stage-title">/g) ?? []).length).toBe(10);
    expect((doc.html.match(/<h1/g) ?? []).length).toBe(1);
  });
});

describe('CSV', () => {
  it('neutralises formulas and quotes what needs quoting', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('плоский текст')).toBe('плоский текст');
  });

  it('export then import gives the same notes in the same cells, in order', () => {
    const snapshot = multilingualWorkspace('id');
    const csv = exportCsv(snapshot);
    expect(csv.startsWith('\uFEFFboard,stage,lane,kind,text')).toBe(true);
    expect(csv).toContain("'=HYPERLINK");
    const board = snapshot.boards.find((b) => b.kind === 'journey')!;
    // Into a copy of the board with no notes:
    const empty = { ...snapshot, notes: [] };
    const doc = loadedDoc(empty);
    const parsed = parseCsv(csv);
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    const plan = planImport(parsed.csv, guessMapping(parsed.csv.header), {
      stages: snapshot.stages.filter((s) => s.boardId === board.id),
      lanes: snapshot.lanes.filter((l) => l.boardId === board.id),
      personas: snapshot.personas,
    });
    expect(plan.errors).toEqual([]);
    const undo = createUndoManager(doc);
    const { ids } = importNotes(doc, board.id, plan.notes, 'Importer');
    expect(ids).toHaveLength(snapshot.notes.length);
    const after = readSnapshot(doc)!;
    const cells = (s: typeof snapshot) =>
      s.stages
        .filter((st) => st.boardId === board.id)
        .sort(byOrder)
        .flatMap((st) =>
          s.lanes
            .filter((l) => l.boardId === board.id)
            .sort(byOrder)
            .map((l) => [st.id, l.id, s.notes.filter((x) => x.stageId === st.id && x.laneId === l.id).sort(byOrder).map((x) => [x.text, x.color, x.channel, x.impact, x.metric, x.target, x.current, x.evidence, x.personaIds ?? []])]),
        );
    expect(cells(after)).toEqual(cells(snapshot));
    undo.undo();
    expect(readSnapshot(doc)!.notes).toEqual([]);
  });

  it('reads semicolons, a BOM, CRLF and quoted multi-line cells', () => {
    const parsed = parseCsv('\uFEFFЭтап;Дорожка;Текст\r\nОсведомлённость;Действия клиента;"две\r\nстроки; и ""кавычки"""\r\nПокупка;Действия клиента;просто\r\n');
    if (!parsed.ok) throw new Error(parsed.errors.join());
    expect(parsed.csv.delimiter).toBe(';');
    expect(parsed.csv.rows.map((r) => [r.line, r.cells[2]])).toEqual([
      [2, 'две\r\nстроки; и "кавычки"'],
      [4, 'просто'],
    ]);
    expect(guessMapping(parsed.csv.header)).toMatchObject({ stage: 0, lane: 1, text: 2 });
  });

  it('gives every bad row its own message and imports nothing', () => {
    const snapshot = multilingualWorkspace('en');
    const board = snapshot.boards.find((b) => b.kind === 'journey')!;
    const csv = ['stage,lane,text,colour,impact,channel', 'Awareness,Customer actions,fine,yellow,3,online', 'Nowhere,Customer actions,x,,,', 'Awareness,Customer actions,y,mauve,,', 'Awareness,Customer actions,z,,9,', 'Awareness,Touchpoints,w,,,carrier pigeon', '"Awareness",Nope,v,,,'].join('\n');
    const parsed = parseCsv(csv);
    if (!parsed.ok) throw new Error();
    const plan = planImport(parsed.csv, guessMapping(parsed.csv.header), { stages: snapshot.stages.filter((s) => s.boardId === board.id), lanes: snapshot.lanes.filter((l) => l.boardId === board.id), personas: [] });
    expect(plan.notes).toEqual([]);
    expect(plan.errors).toEqual([
      'Line 3: no stage “Nowhere” on this board',
      'Line 4: “mauve” is not a note colour',
      'Line 5: impact must be a whole number 1–5, not “9”',
      'Line 6: channel must be online or offline, not “carrier pigeon”',
      'Line 7: no lane “Nope” on this board',
    ]);
    const ru = planImport(parsed.csv, guessMapping(parsed.csv.header), { stages: [], lanes: [], personas: [] }, 'ru');
    expect(ru.errors[0]).toBe('Строка 2: на этой доске нет этапа «Awareness»');
    expect(parseCsv('a,b\n"never closed,1\n').ok).toBe(false);
  });
});

describe('Markdown', () => {
  it('escapes pipes and markup so a note cannot break the table', () => {
    expect(mdText('a | b *c* <b>')).toBe('a \\| b \\*c\\* &lt;b\\>');
    const md = exportMarkdown(multilingualWorkspace('en'));
    const tableRows = md.split('\n').filter((l) => l.startsWith('| **'));
    const columns = (l: string) => l.replace(/\\\|/g, '').split('|').length;
    expect(new Set(tableRows.map(columns)).size).toBe(1);
    expect(md).toContain('Pipes \\| and \\*stars\\* \\_here\\_');
    expect(md).toContain('&lt;script\\>alert(1)&lt;/script\\>');
    expect(md).toMatch(/- \*\*Tech-Savvy Tim\*\*: Awareness \+1 \(curious\) → /);
  });
});
