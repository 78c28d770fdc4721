import { PersonaSchema } from '../model';
import type { PersonaContent } from '../doc/persona-commands';

/**
 * Personas on the move between workspaces: the clipboard payload (our own MIME type, every
 * field including the photo) with a readable plain-text version for every other app.
 */
export const PERSONAS_MIME = 'application/x-journey-personas+json';
/** Enough for any real workshop; a bigger payload is not ours. */
const MAX_PERSONAS = 100;

const ContentSchema = PersonaSchema.omit({ id: true, order: true });

/** The clipboard JSON for some personas. */
export function personasToJson(personas: readonly PersonaContent[]): string {
  return JSON.stringify({ personas });
}

/** Personas from clipboard JSON: only valid ones, never ours ids; empty when it is not ours. */
export function personasFromJson(json: string | null | undefined): PersonaContent[] {
  if (!json) return [];
  try {
    const payload = JSON.parse(json) as { personas?: unknown };
    if (!Array.isArray(payload.personas)) return [];
    return payload.personas.slice(0, MAX_PERSONAS).flatMap((p) => {
      const parsed = ContentSchema.safeParse(p);
      if (!parsed.success) return [];
      const { id: _id, order: _order, ...content } = parsed.data as Record<string, unknown>;
      return [content as PersonaContent];
    });
  } catch {
    return [];
  }
}

/** A readable card per persona, for pasting into a document or a chat. */
export function personasToText(personas: readonly PersonaContent[], labels: Readonly<Record<string, string>>): string {
  const fields = ['role', 'age', 'quote', 'demographics', 'goals', 'needs', 'frustrations', 'behaviours', 'motivations'] as const;
  return personas
    .map((p) => {
      const lines = [p.name];
      for (const field of fields) if (p[field]) lines.push(`${labels[field] ?? field}: ${p[field].replace(/\s*\n\s*/g, ' ')}`);
      if (p.channels.length) lines.push(`${labels.channels ?? 'channels'}: ${p.channels.map((c) => labels[c] ?? c).join(', ')}`);
      return lines.join('\n');
    })
    .join('\n\n');
}
