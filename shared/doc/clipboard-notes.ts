import { NoteSchema } from '../model';
import type { NoteContent } from './board-commands';

/** More lines than this in pasted plain text is almost surely not meant as notes. */
export const MAX_PASTED_NOTES = 200;

/** What our own clipboard type carries. */
interface Payload {
  readonly notes: readonly NoteContent[];
}

/** Notes from clipboard contents: ours exactly, else one per line of plain text. */
export function parseClipboard(json: string | null, text: string | null, defaults: Pick<NoteContent, 'color' | 'width' | 'height'>): NoteContent[] {
  if (json) {
    try {
      const payload = JSON.parse(json) as Partial<Payload>;
      if (Array.isArray(payload.notes)) {
        const content = NoteSchema.omit({ id: true, boardId: true, stageId: true, laneId: true, order: true, author: true, createdAt: true });
        const notes = payload.notes.flatMap((n) => {
          const parsed = content.safeParse(n);
          return parsed.success ? [parsed.data as NoteContent] : [];
        });
        if (notes.length) return notes.slice(0, MAX_PASTED_NOTES);
      }
    } catch {
      /* not ours after all: fall back to the text */
    }
  }
  const lines = (text ?? '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .slice(0, MAX_PASTED_NOTES);
  return lines.map((line) => ({ ...defaults, text: line.slice(0, 20_000) }));
}

