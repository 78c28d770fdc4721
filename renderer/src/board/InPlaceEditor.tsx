import { renameLane, renameStage, setEmotion } from '../../../shared/doc';
import { LAYOUT, type BoardLayout } from '../../../shared/layout/board-layout';
import type { Editor } from '../editor/editor';
import type { RenameTarget } from '../editor/slices';
import { InlineTextInput } from '../ui/InlineTextInput';
import type { Pin, Viewport } from '../../../shared/layout/viewport';

/**
 * A one-line DOM input over a stage header, a lane label or an emotion point, for naming it.
 * Enter or clicking away keeps the text; Escape leaves the old name.
 */
export function InPlaceEditor({ app, layout, viewport, pin, target }: { app: Editor; layout: BoardLayout; viewport: Viewport; pin: Pin; target: RenameTarget }) {
  const view = app.view();
  const s = viewport.scale;

  let rect: { x: number; y: number; width: number; height: number } | null = null;
  let value = '';
  let label = '';
  if (target.kind === 'stage') {
    const box = layout.stages.find((b) => b.id === target.id);
    if (box) rect = { x: box.x, y: pin.bandY, width: box.width, height: LAYOUT.headerHeight * pin.bandScale };
    value = view.stages[target.id]?.title ?? '';
    label = app.t('rename.stage');
  } else if (target.kind === 'lane') {
    const box = layout.lanes.find((b) => b.id === target.id);
    if (box) rect = { x: pin.columnX, y: box.y, width: LAYOUT.laneLabelWidth * pin.columnScale, height: 56 * pin.columnScale };
    value = view.lanes[target.id]?.title ?? '';
    label = app.t('rename.lane');
  } else if (target.kind === 'emotion') {
    const stage = layout.stages.find((b) => b.id === target.stageId);
    const lane = layout.lanes.find((l) => l.kind === 'emotions');
    if (stage && lane) rect = { x: stage.x + 12, y: lane.y + 4, width: stage.width - 24, height: 40 };
    value =
      Object.values(view.emotions).find((e) => e.stageId === target.stageId && (e.personaId ?? undefined) === target.personaId)?.label ?? '';
    label = app.t('rename.feeling');
  }

  if (!rect || target.kind === 'board' || target.kind === 'goal') return null;

  const commit = (text: string) =>
    app.edit(() => {
      const { doc } = app;
      if (target.kind === 'stage' && text) renameStage(doc, target.id, text);
      if (target.kind === 'lane' && text) renameLane(doc, target.id, text);
      if (target.kind === 'emotion') setEmotion(doc, target.personaId ? target : { boardId: target.boardId, stageId: target.stageId }, { label: text });
    });

  return (
    <InlineTextInput
      key={JSON.stringify(target)}
      className="in-place-editor"
      label={label}
      initial={value}
      style={{ left: viewport.x + rect.x * s, top: viewport.y + rect.y * s, width: rect.width * s, height: rect.height * s, fontSize: Math.max(12, 18 * s) }}
      onCommit={commit}
      onDone={() => app.rename(null)}
    />
  );
}
