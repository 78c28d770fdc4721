import { memo } from 'react';
import { cellKey, type BoardLayout } from '../../../shared/layout/board-layout';
import type { Note } from '../../../shared/model';
import type { Editor } from '../editor/editor';
import type { BoardRecords } from './board-data';

/**
 * An off-canvas outline of the board for screen readers: stages, lanes and how many notes
 * each cell holds, and the selected note's text read out when it changes. Counts come from
 * the layout, which typing into a note does not change, so typing does not re-render this.
 */
export const BoardOutline = memo(function BoardOutline({
  app,
  stages,
  lanes,
  layout,
  selected,
}: {
  app: Editor;
  stages: BoardRecords['stages'];
  lanes: BoardRecords['lanes'];
  layout: BoardLayout;
  selected: Note | undefined;
}) {
  const stageTitle = (id: string) => stages.find((s) => s.id === id)?.title ?? '';
  const laneTitle = (id: string) => lanes.find((l) => l.id === id)?.title ?? '';
  return (
    <section className="visually-hidden" aria-label={app.t('board.outline')}>
      {stages.map((stage) => (
        <div key={stage.id}>
          <h3>{stage.title}</h3>
          <ul>
            {lanes.map((lane) => (
              <li key={lane.id}>
                {lane.title}: {layout.cells.get(cellKey(stage.id, lane.id))?.length ?? 0}
              </li>
            ))}
          </ul>
        </div>
      ))}
      <p aria-live="polite">
        {selected
          ? app.t('board.note', { stage: stageTitle(selected.stageId), lane: laneTitle(selected.laneId), text: selected.text || app.t('board.emptyNote') })
          : ''}
      </p>
    </section>
  );
});
