import type { Stage } from '../../../shared/model';
import type { Editor } from '../editor/editor';
import { useSlice, useView } from '../editor/hooks';
import { LOCALE } from '../editor/slices';

/**
 * The emotion curves in words, off-canvas for screen readers: per persona walking the board
 * (legend order), then the board's own curve, each stage's score and feeling.
 */
export function CurveOutline({ app, boardId, stages }: { app: Editor; boardId: string; stages: readonly Stage[] }) {
  const view = useView(app);
  useSlice(app, LOCALE);
  const board = view.boards[boardId];
  const points = Object.values(view.emotions).filter((e) => e.boardId === boardId);
  const owners: { key: string; name: string }[] = (board?.personaIds ?? []).flatMap((id) => {
    const persona = view.personas[id];
    return persona ? [{ key: id, name: persona.name || app.t('persona.unnamed') }] : [];
  });
  if (points.some((p) => p.personaId === undefined)) owners.push({ key: '', name: app.t('curveOutline.board') });
  if (!owners.length) return null;
  return (
    <section className="visually-hidden" aria-label={app.t('curveOutline.label')}>
      <ul>
        {owners.map(({ key, name }) => (
          <li key={key}>
            {name}:{' '}
            {stages
              .flatMap((stage) => {
                const point = points.find((p) => p.stageId === stage.id && (p.personaId ?? '') === key);
                return point ? [`${stage.title} ${point.score > 0 ? '+' : ''}${point.score}${point.label ? ` (${point.label})` : ''}`] : [];
              })
              .join(', ') || app.t('curveOutline.empty')}
          </li>
        ))}
      </ul>
    </section>
  );
}
