import { cellKey } from '../layout/board-layout';
import { byOrder, type WorkspaceSnapshot } from '../model';
import { exportT } from '../i18n/resources/export';
import { boardPicture, printedBoards } from './print-document';

/**
 * Markdown: per board a stages × lanes table (notes of a cell joined by <br>), the emotion
 * curves in words, and the personas. Text is escaped so a note can never break the table
 * or inject markup: pipes, backslashes, markdown punctuation and HTML are escaped, line breaks
 * inside a cell become <br>.
 */
export function mdText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/[|*_`[\]#~>!]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/\r\n|\r|\n/g, '<br>');
}

/** Block text (headings, list items) also escapes a leading list or heading marker. */
const mdLine = (text: string) => mdText(text).replace(/^(\s*)([-+]|\d+\.)(\s)/, '$1\\$2$3');

const signed = (score: number) => (score > 0 ? `+${score}` : score < 0 ? `−${Math.abs(score)}` : '0');

export function exportMarkdown(snapshot: WorkspaceSnapshot, boardIds?: readonly string[], locale: string = snapshot.workspace.locale): string {
  const t = (key: Parameters<typeof exportT>[1]) => exportT(locale, key);
  const personas = new Map(snapshot.personas.map((p) => [p.id, p]));
  const out: string[] = [`# ${mdLine(snapshot.workspace.title)}`, ''];
  if (snapshot.workspace.goal) out.push(`${t('md.goal')}: ${mdLine(snapshot.workspace.goal)}`, '');
  for (const board of printedBoards(snapshot, boardIds)) {
    const { layout, records, emotions } = boardPicture(snapshot, board.id);
    const notes = new Map(records.notes.map((x) => [x.id, x]));
    out.push(`## ${mdLine(board.title)}`, '');
    if (board.goal) out.push(`${t('md.goal')}: ${mdLine(board.goal)}`, '');
    out.push(`| ${mdText(t('md.stage'))} | ${layout.stages.map((s) => mdText(s.title)).join(' | ')} |`);
    out.push(`|---|${layout.stages.map(() => '---').join('|')}|`);
    for (const lane of layout.lanes) {
      const cells = layout.stages.map((stage) =>
        (layout.cells.get(cellKey(stage.id, lane.id)) ?? [])
          .map((id) => notes.get(id)!.text.trim())
          .filter(Boolean)
          .map(mdText)
          .join('<br>'),
      );
      out.push(`| **${mdText(lane.title)}** | ${cells.join(' | ')} |`);
    }
    out.push('');
    const curves = new Map<string, typeof emotions>();
    for (const e of emotions) curves.set(e.personaId ?? '', [...(curves.get(e.personaId ?? '') ?? []), e]);
    if (curves.size) {
      out.push(`### ${mdText(t('md.curve'))}`, '');
      for (const [key, points] of curves) {
        const who = key ? (personas.get(key)?.name ?? key) : exportT(locale, 'print.boardCurve');
        const words = layout.stages
          .map((stage) => {
            const p = points.find((x) => x.stageId === stage.id);
            return p ? `${mdText(stage.title)} ${signed(p.score)}${p.label ? ` (${mdText(p.label)})` : ''}` : null;
          })
          .filter(Boolean)
          .join(' → ');
        out.push(`- **${mdText(who)}**: ${words}`);
      }
      out.push('');
    }
  }
  const list = [...snapshot.personas].sort(byOrder);
  if (list.length) {
    out.push(`## ${mdText(t('md.personas'))}`, '');
    for (const p of list) {
      out.push(`### ${mdLine(p.name)}`, '');
      if (p.role || p.age) out.push([p.role, p.age].filter(Boolean).map(mdText).join(', '), '');
      if (p.quote) out.push(`> ${mdText(p.quote)}`, '');
      for (const field of ['goals', 'needs', 'frustrations'] as const) if (p[field]) out.push(`- **${mdText(exportT(locale, `export.persona.${field}`))}**: ${mdText(p[field])}`);
      out.push('');
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}
