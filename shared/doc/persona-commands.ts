import * as Y from 'yjs';
import { byOrder, newId, orderBetween, type Persona } from '../model';
import { insertRecord, local, recordById, records, systemClock, touch, type Clock } from './command-kit';
import { collectionMap, writeField } from './ydoc';

/**
 * Commands for personas: workspace-level records that journey boards link (`board.personaIds`,
 * in legend order), notes tag (`note.personaIds`) and emotion points belong to
 * (`emotion.personaId`). Same rules as commands.ts: one local transaction each, one undo step.
 */

/** Everything about a persona except its identity and place: what travels with a copy. */
export type PersonaContent = Pick<
  Persona,
  'name' | 'color' | 'role' | 'age' | 'quote' | 'demographics' | 'goals' | 'needs' | 'frustrations' | 'behaviours' | 'motivations' | 'channels' | 'photo'
>;
/** The persona fields people type into (all Y.Text in the doc). */
export const PERSONA_TEXT_FIELDS = ['name', 'role', 'age', 'quote', 'demographics', 'goals', 'needs', 'frustrations', 'behaviours', 'motivations'] as const;
export type PersonaPatch = Partial<PersonaContent>;

/** Curve colours for new personas, distinct from each other and from the board's own curve. */
export const PERSONA_COLORS = ['#1c7ed6', '#e8590c', '#2f9e44', '#9c36b5', '#0c8599', '#c2255c', '#5f3dc4', '#e67700'] as const;

/** The first palette colour no persona uses yet (cycling when all are taken). */
export function nextPersonaColor(taken: readonly string[]): string {
  const used = new Set(taken.map((c) => c.toLowerCase()));
  return PERSONA_COLORS.find((c) => !used.has(c)) ?? PERSONA_COLORS[taken.length % PERSONA_COLORS.length]!;
}

/** A persona with every field empty (the schema requires them all). */
export function blankPersona(name: string, color: string): PersonaContent {
  return { name, color, role: '', age: '', quote: '', demographics: '', goals: '', needs: '', frustrations: '', behaviours: '', motivations: '', channels: [] };
}

/** A persona's content, including fields a newer version added (they travel too). */
export function personaContent(persona: Persona): PersonaContent {
  return Object.fromEntries(Object.entries(persona).filter(([key]) => key !== 'id' && key !== 'order')) as PersonaContent;
}

function personasInOrder(doc: Y.Doc): Persona[] {
  return records(doc, 'personas').sort(byOrder);
}

/** Order key right after `afterId` (or after the last), before whatever follows it. */
function orderAfter(doc: Y.Doc, afterId: string | null): string {
  const list = personasInOrder(doc);
  const index = afterId ? list.findIndex((p) => p.id === afterId) : -1;
  if (index < 0) return orderBetween(list.at(-1)?.order ?? null, null);
  const prev = list[index]!.order;
  return orderBetween(prev, list.slice(index + 1).find((p) => p.order > prev)?.order ?? null);
}

/**
 * Insert personas with the given contents (new, pasted, imported), in order, after `afterId`
 * or at the end. Each gets a new id; returns the ids.
 */
export function insertPersonas(doc: Y.Doc, contents: readonly PersonaContent[], afterId: string | null = null, clock: Clock = systemClock): string[] {
  return local(doc, () => {
    const ids: string[] = [];
    let after = afterId;
    for (const content of contents) {
      const id = newId();
      insertRecord(doc, 'personas', { ...content, id, order: orderAfter(doc, after) });
      ids.push(id);
      after = id;
    }
    if (ids.length) touch(doc, clock);
    return ids;
  });
}

/** Add a persona at the end with a fresh colour; returns its id. */
export function addPersona(doc: Y.Doc, name: string, patch: PersonaPatch = {}, clock: Clock = systemClock): string {
  return local(doc, () => {
    const color = nextPersonaColor(records(doc, 'personas').map((p) => p.color));
    return insertPersonas(doc, [{ ...blankPersona(name, color), ...patch }], null, clock)[0]!;
  });
}

/** Change fields of a persona; text fields change by character (Y.Text), so typing merges. */
export function updatePersona(doc: Y.Doc, personaId: string, patch: PersonaPatch, clock: Clock = systemClock): boolean {
  return local(doc, () => {
    const map = collectionMap(doc, 'personas').get(personaId);
    if (!map) return false;
    for (const [key, value] of Object.entries(patch)) {
      if (key === 'id' || key === 'order') continue;
      writeField('personas', map, key, value);
    }
    touch(doc, clock);
    return true;
  });
}

/** Copy a persona right after the original (not its links, tags or curves); returns the copy's id. */
export function duplicatePersona(doc: Y.Doc, personaId: string, name: string, clock: Clock = systemClock): string | null {
  return local(doc, () => {
    const persona = recordById(doc, 'personas', personaId);
    if (!persona) return null;
    return insertPersonas(doc, [{ ...personaContent(persona), name }], personaId, clock)[0] ?? null;
  });
}

/** Place a persona before `beforeId`, or last. */
export function movePersona(doc: Y.Doc, personaId: string, beforeId: string | null, clock: Clock = systemClock): boolean {
  return local(doc, () => {
    const map = collectionMap(doc, 'personas').get(personaId);
    if (!map || beforeId === personaId) return false;
    const others = personasInOrder(doc).filter((p) => p.id !== personaId);
    const index = beforeId ? others.findIndex((p) => p.id === beforeId) : -1;
    let order: string;
    if (index < 0) order = orderBetween(others.at(-1)?.order ?? null, null);
    else {
      // Tied keys (concurrent inserts) have nothing between them: go before the whole tie.
      let prev = index - 1;
      while (prev >= 0 && others[prev]!.order >= others[index]!.order) prev--;
      order = orderBetween(others[prev]?.order ?? null, others[index]!.order);
    }
    map.set('order', order);
    touch(doc, clock);
    return true;
  });
}

/** Remove `personaId` from a record's `personaIds`; the field goes away when it empties (notes). */
function dropFromList(map: Y.Map<unknown>, personaId: string, keepEmpty: boolean): void {
  const list = map.get('personaIds');
  if (!Array.isArray(list) || !list.includes(personaId)) return;
  const next = (list as string[]).filter((id) => id !== personaId);
  if (next.length || keepEmpty) map.set('personaIds', next);
  else map.delete('personaIds');
}

/**
 * Delete a persona with everything that refers to it: its links to boards, its tags on
 * notes and its curve points. Undo brings all of them back.
 */
export function deletePersona(doc: Y.Doc, personaId: string, clock: Clock = systemClock): boolean {
  return local(doc, () => {
    const personas = collectionMap(doc, 'personas');
    if (!personas.has(personaId)) return false;
    collectionMap(doc, 'boards').forEach((map) => dropFromList(map, personaId, true));
    collectionMap(doc, 'notes').forEach((map) => dropFromList(map, personaId, false));
    const emotions = collectionMap(doc, 'emotions');
    for (const [id, map] of [...emotions.entries()]) if (map.get('personaId') === personaId) emotions.delete(id);
    personas.delete(personaId);
    touch(doc, clock);
    return true;
  });
}

/** Let a persona walk a journey board: it joins the legend before `beforeId`, or last. */
export function linkPersona(doc: Y.Doc, boardId: string, personaId: string, beforeId: string | null = null, clock: Clock = systemClock): boolean {
  return local(doc, () => {
    const board = collectionMap(doc, 'boards').get(boardId);
    if (!board || board.get('kind') !== 'journey' || !collectionMap(doc, 'personas').has(personaId)) return false;
    const current = recordById(doc, 'boards', boardId)?.personaIds ?? [];
    const rest = current.filter((id) => id !== personaId);
    const index = beforeId ? rest.indexOf(beforeId) : -1;
    const next = index < 0 ? [...rest, personaId] : [...rest.slice(0, index), personaId, ...rest.slice(index)];
    if (next.join() === current.join()) return false;
    board.set('personaIds', next);
    touch(doc, clock);
    return true;
  });
}

/**
 * The persona no longer walks this board: it leaves the legend and its curve on this board
 * goes (undo brings it back). Tags on the board's notes stay: they describe the note.
 */
export function unlinkPersona(doc: Y.Doc, boardId: string, personaId: string, clock: Clock = systemClock): boolean {
  return local(doc, () => {
    const board = collectionMap(doc, 'boards').get(boardId);
    if (!board) return false;
    const before = JSON.stringify(board.get('personaIds'));
    dropFromList(board, personaId, true);
    const emotions = collectionMap(doc, 'emotions');
    let removed = 0;
    for (const [id, map] of [...emotions.entries()]) {
      if (map.get('boardId') === boardId && map.get('personaId') === personaId) {
        emotions.delete(id);
        removed++;
      }
    }
    if (before === JSON.stringify(board.get('personaIds')) && removed === 0) return false;
    touch(doc, clock);
    return true;
  });
}

/** Tag (or untag) notes with a persona, as one undo step; returns how many notes changed. */
export function tagNotes(doc: Y.Doc, noteIds: readonly string[], personaId: string, tagged: boolean, clock: Clock = systemClock): number {
  return local(doc, () => {
    if (tagged && !collectionMap(doc, 'personas').has(personaId)) return 0;
    const notes = collectionMap(doc, 'notes');
    let changed = 0;
    for (const id of noteIds) {
      const map = notes.get(id);
      if (!map) continue;
      const list = Array.isArray(map.get('personaIds')) ? (map.get('personaIds') as string[]) : [];
      if (list.includes(personaId) === tagged) continue;
      if (tagged) map.set('personaIds', [...list, personaId]);
      else dropFromList(map, personaId, false);
      changed++;
    }
    if (changed) touch(doc, clock);
    return changed;
  });
}
