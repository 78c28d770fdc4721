import { LOCALES, type Locale } from './locale';
import type { LaneKind } from './lanes';
import { BOARD_TITLES, LANE_TITLES, STAGE_TITLES, WORKSPACE_TITLE } from './templates';

/**
 * Names a template gave and nobody has edited follow the UI language: a name that is exactly
 * the template's text in one of the languages is that template's name, and reads in `to`;
 * any other name was typed by someone and stays as it is. (Text, not a marker, so files saved
 * before this rule and names typed back to the template's wording behave the same.)
 */
const BLANK_STAGE: Record<Locale, string> = { en: 'Stage 1', id: 'Tahap 1', ru: 'Этап 1' };

function find<T>(table: readonly Record<Locale, T>[], title: string, read: (entry: Record<Locale, T>, locale: Locale) => string | undefined, to: Locale): string | null {
  for (const entry of table)
    for (const locale of LOCALES)
      if (read(entry, locale) === title) {
        const target = read(entry, to);
        return target !== undefined && target !== title ? target : null;
      }
  return null;
}

/** The stage's name in `to` when it is a template's untouched stage name, else null. */
export function templateStageTitle(title: string, to: Locale): string | null {
  const byIndex: Record<Locale, readonly string[]>[] = [...Object.values(STAGE_TITLES)];
  for (const titles of byIndex)
    for (const locale of LOCALES) {
      const index = titles[locale].indexOf(title);
      if (index >= 0) return titles[to][index] !== title ? titles[to][index]! : null;
    }
  return find([BLANK_STAGE], title, (e, l) => e[l], to);
}

export function templateLaneTitle(kind: LaneKind, title: string, to: Locale): string | null {
  for (const locale of LOCALES) if (LANE_TITLES[locale][kind] === title) return LANE_TITLES[to][kind] !== title ? LANE_TITLES[to][kind] : null;
  return null;
}

/** A journey board's template title, or the persona board's default title (given, from the catalog). */
export function templateBoardTitle(kind: 'journey' | 'persona', title: string, to: Locale, personaBoardTitles: Record<Locale, string>): string | null {
  return kind === 'persona' ? find([personaBoardTitles], title, (e, l) => e[l], to) : find(Object.values(BOARD_TITLES), title, (e, l) => e[l], to);
}

export function templateWorkspaceTitle(title: string, to: Locale): string | null {
  return find([WORKSPACE_TITLE], title, (e, l) => e[l], to);
}
