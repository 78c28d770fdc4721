import type { AppController } from '../workspace/controller';
import type { BoardRecords } from './board-data';
import { useAppState } from '../ui/hooks';

/**
 * An off-canvas outline of the board for screen readers: stages, lanes and how many notes
 * each cell holds, and the selected note's text read out when it changes.
 */
export function BoardOutline({ app, records }: { app: AppController; records: BoardRecords }) {
  const { selectedNoteIds } = useAppState(app);
  const counts = new Map<string, number>();
  for (const note of records.notes) counts.set(`${note.stageId}|${note.laneId}`, (counts.get(`${note.stageId}|${note.laneId}`) ?? 0) + 1);
  const selected = selectedNoteIds.length === 1 ? records.notes.find((n) => n.id === selectedNoteIds[0]) : undefined;
  const stageTitle = (id: string) => records.stages.find((s) => s.id === id)?.title ?? '';
  const laneTitle = (id: string) => records.lanes.find((l) => l.id === id)?.title ?? '';
  return (
    <section className="visually-hidden" aria-label={app.t('board.outline')}>
      {records.stages.map((stage) => (
        <div key={stage.id}>
          <h3>{stage.title}</h3>
          <ul>
            {records.lanes.map((lane) => (
              <li key={lane.id}>
                {lane.title}: {counts.get(`${stage.id}|${lane.id}`) ?? 0}
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
}
