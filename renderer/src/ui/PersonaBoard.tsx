import { byOrder } from '../../../shared/model';
import type { AppController } from '../workspace/controller';
import { useView } from './hooks';

/** Persona cards, read-only until the persona editor lands. */
export function PersonaBoard({ app }: { app: AppController }) {
  const view = useView(app);
  const personas = Object.values(view.personas).sort(byOrder);
  return (
    <div className="persona-board">
      <p className="muted">{app.t('board.personaSoon')}</p>
      <div className="persona-cards">
        {personas.map((p) => (
          <article key={p.id} className="persona-card" style={{ borderTopColor: p.color }}>
            <h3>{p.name}</h3>
            <p className="muted">
              {p.role}
              {p.age ? `, ${p.age}` : ''}
            </p>
            {p.quote && <blockquote>“{p.quote}”</blockquote>}
            <dl>
              {(['goals', 'needs', 'frustrations', 'behaviours', 'motivations'] as const).map((field) =>
                p[field] ? (
                  <div key={field}>
                    <dt>{app.t(`persona.${field}`)}</dt>
                    <dd>{p[field]}</dd>
                  </div>
                ) : null,
              )}
            </dl>
          </article>
        ))}
      </div>
    </div>
  );
}
