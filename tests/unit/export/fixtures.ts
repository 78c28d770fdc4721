import { byOrder, newId, ordersBetween, sampleWorkspace, type Locale, type Note, type WorkspaceSnapshot } from '../../../shared/model';

export const NOW = '2026-03-01T09:00:00.000Z';

/** Note texts per stage: English, Indonesian, Russian, emoji and hostile input. */
export const STAGE_TEXTS: readonly (readonly string[])[] = [
  ['Sees an ad for the new phone', 'Melihat iklan ponsel baru'],
  ['Сравнивает модели и цены', 'Membandingkan harga'],
  ['=HYPERLINK("http://evil")', 'Pipes | and *stars* _here_'],
  ['Пишет в поддержку 😡📞', '+cmd|calc ; @SUM(A1)'],
  ['Рекомендует друзьям 🎉', '<script>alert(1)</script> "quoted", comma'],
];

/**
 * The sample workspace (two personas, their curves) with the note texts above added to the
 * first lane of each stage, in the given language's template.
 */
export function multilingualWorkspace(locale: Locale = 'en'): WorkspaceSnapshot {
  const base = sampleWorkspace(locale, NOW);
  const board = base.boards.find((b) => b.kind === 'journey')!;
  const stages = base.stages.filter((s) => s.boardId === board.id).sort(byOrder);
  const lane = base.lanes.filter((l) => l.boardId === board.id).sort(byOrder)[0]!;
  const notes: Note[] = [...base.notes];
  stages.forEach((stage, i) => {
    const cell = notes.filter((n) => n.stageId === stage.id && n.laneId === lane.id).sort(byOrder);
    const texts = STAGE_TEXTS[i] ?? [];
    const orders = ordersBetween(cell.at(-1)?.order ?? null, null, texts.length);
    texts.forEach((text, j) =>
      notes.push({ id: newId(), boardId: board.id, stageId: stage.id, laneId: lane.id, order: orders[j]!, text, color: 'yellow', width: 160, height: 110, author: 'Ана', createdAt: NOW, personaIds: [base.personas[0]!.id] }),
    );
  });
  return { ...base, notes };
}
