import * as Y from 'yjs';
import type { Locale } from '../model';
import { templateBoardTitle, templateLaneTitle, templateStageTitle, templateWorkspaceTitle } from '../model/template-names';
import { local, records, systemClock, touch, type Clock } from './command-kit';
import { collectionMap, metaMap, readMeta, writeField } from './ydoc';

/**
 * The UI language changed: stage, lane, board and workspace names a template gave and nobody
 * edited are re-written in `to` (shared/model/template-names.ts); edited names stay. One
 * transaction; returns how many names changed (0 writes nothing).
 */
export function retitleTemplateNames(doc: Y.Doc, to: Locale, personaBoardTitles: Record<Locale, string>, clock: Clock = systemClock): number {
  return local(doc, () => {
    let changed = 0;
    const write = (collection: 'stages' | 'lanes' | 'boards', id: string, title: string | null) => {
      const map = collectionMap(doc, collection).get(id);
      if (title === null || !map) return;
      writeField(collection, map, 'title', title);
      changed++;
    };
    for (const stage of records(doc, 'stages')) write('stages', stage.id, templateStageTitle(stage.title, to));
    for (const lane of records(doc, 'lanes')) write('lanes', lane.id, templateLaneTitle(lane.kind, lane.title, to));
    for (const board of records(doc, 'boards')) write('boards', board.id, templateBoardTitle(board.kind, board.title, to, personaBoardTitles));
    const meta = readMeta(doc);
    const workspace = meta ? templateWorkspaceTitle(meta.title, to) : null;
    if (workspace !== null) {
      metaMap(doc).set('title', workspace);
      changed++;
    }
    if (changed) touch(doc, clock);
    return changed;
  });
}
