import { message, translatorFor, type Message, type MessageParam } from '../i18n';
import type { Locale } from '../model';

/**
 * Why a `.journey` file did not open, as plain data (it crosses IPC and ends up in the UI).
 * Every code has its own message in the catalog (`loadErrorMessage`, shared/i18n's file namespace).
 */
export type LoadError =
  /** Bigger than MAX_FILE_BYTES: refused before reading it. */
  | { readonly code: 'too-large'; readonly bytes: number; readonly limit: number }
  /** Zero bytes, or only whitespace. */
  | { readonly code: 'empty' }
  /** NUL bytes or invalid UTF-8: not a text file at all. */
  | { readonly code: 'binary' }
  /** Text, but not JSON. Line and column (1-based) of the first error when known. */
  | { readonly code: 'not-json'; readonly line: number | null; readonly column: number | null }
  /** JSON that ends early: a save or copy that was cut off. */
  | { readonly code: 'truncated' }
  /** Valid JSON, but not a Journey file (`format` is not "journey"). */
  | { readonly code: 'not-journey' }
  /** Written by a newer app in a format this one cannot read. */
  | {
      readonly code: 'newer-version';
      readonly fileVersion: number;
      readonly supportedVersion: number;
      /** The version of the app that wrote the file, when the file says. */
      readonly appVersion: string | null;
    }
  /** A Journey file whose contents break the schema. At most MAX_ISSUES issues; `total` counts all. */
  | { readonly code: 'invalid'; readonly issues: readonly LoadIssue[]; readonly total: number }
  /** A `__proto__`, `constructor` or `prototype` key: refused before anything copies objects. */
  | { readonly code: 'forbidden-key'; readonly path: string }
  /** The same key twice in one object (JSON.parse would silently keep the last). */
  | { readonly code: 'duplicate-key'; readonly path: string }
  /** More than a workspace can hold (FILE_LIMITS): refused before the file is parsed. */
  | { readonly code: 'over-limit'; readonly what: OverLimitWhat; readonly limit: number; readonly path: string }
  /** A bug or an engine limit: never expected, but loading never throws. */
  | { readonly code: 'unexpected'; readonly detail: string };

export type LoadErrorCode = LoadError['code'];

/** Which of FILE_LIMITS (format.ts) a file went over. */
export type OverLimitWhat = 'depth' | 'items' | 'keys' | 'values' | 'string' | 'yjs';

export interface LoadIssue {
  /** Where in the file, e.g. `snapshot.notes[3].color`; empty for the whole file. */
  readonly path: string;
  /** What is wrong (the schema library's words, in English). */
  readonly message: string;
}

/** How many issues an `invalid` error lists. */
export const MAX_ISSUES = 10;

/** The file opened, but the user should know something. */
export type LoadWarning =
  /** No Yjs state (another tool wrote the file): built from the readable snapshot. */
  | { readonly code: 'yjs-missing' }
  /** The Yjs state could not be used: built from the readable snapshot. */
  | { readonly code: 'yjs-damaged'; readonly reason: string }
  /** The readable snapshot differed from the Yjs state (edited outside Journey): the snapshot won. */
  | { readonly code: 'snapshot-applied' };

export type LoadWarningCode = LoadWarning['code'];

/** `snapshot.notes[3].color` from `['snapshot', 'notes', 3, 'color']`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (typeof part === 'string' && /^[A-Za-z_$][\w$]*$/.test(part)) out += out ? `.${part}` : part;
    else out += `[${JSON.stringify(String(part))}]`;
  }
  return out;
}

const MB = 1024 * 1024;

/** A list of issues, e.g. "snapshot.notes[3].color: Invalid option; and 4 more problems". */
function issueList(issues: readonly LoadIssue[], total: number): Message {
  const shown: Message[] = issues.slice(0, 3).map((i) => (i.path ? message('load.issue', { path: i.path, problem: i.message }) : message('load.issueFile', { problem: i.message })));
  const more = total - shown.length;
  if (more > 0) shown.push(message('load.moreProblems', { count: more }));
  return shown.reduceRight((rest, first) => message('load.issues', { first, rest }));
}

/** What a limit means, in words: "a list of more than 200,000 items". */
function overLimit(what: OverLimitWhat, limit: number): Message {
  return message(`limit.${what}`, { limit: what === 'yjs' ? limit / MB : limit });
}

const where = (path: string): MessageParam => path || message('load.top');

/** Why a file did not open, as a message: what happened and what to do next. */
export function loadErrorMessage(error: LoadError): Message {
  switch (error.code) {
    case 'too-large':
      return message('load.tooLarge', { size: error.bytes / MB, limit: error.limit / MB });
    case 'empty':
      return message('load.empty');
    case 'binary':
      return message('load.binary');
    case 'not-json':
      return error.line === null ? message('load.notJson') : message('load.notJsonAt', { line: error.line, column: error.column ?? 1 });
    case 'truncated':
      return message('load.truncated');
    case 'not-journey':
      return message('load.notJourney');
    case 'newer-version': {
      const versions = { fileVersion: error.fileVersion, supportedVersion: error.supportedVersion };
      return error.appVersion ? message('load.newerVersionApp', { ...versions, appVersion: error.appVersion }) : message('load.newerVersion', versions);
    }
    case 'invalid':
      return message('load.invalid', { issues: issueList(error.issues, error.total) });
    case 'forbidden-key':
      return message('load.forbiddenKey', { path: error.path });
    case 'duplicate-key':
      return message('load.duplicateKey', { path: error.path });
    case 'over-limit':
      return message('load.overLimit', { what: overLimit(error.what, error.limit), path: where(error.path) });
    case 'unexpected':
      return message('load.unexpected', { detail: error.detail });
  }
}

const WARNING_KEYS = { 'yjs-missing': 'warning.yjsMissing', 'yjs-damaged': 'warning.yjsDamaged', 'snapshot-applied': 'warning.snapshotApplied' } as const;

export function loadWarningMessage(warning: LoadWarning): Message {
  return message(WARNING_KEYS[warning.code]);
}

/** A user-facing sentence: what happened and what to do next, in the user's language. */
export function describeLoadError(error: LoadError, locale: Locale): string {
  return translatorFor(locale).text(loadErrorMessage(error));
}

export function describeLoadWarning(warning: LoadWarning, locale: Locale): string {
  return translatorFor(locale).text(loadWarningMessage(warning));
}

/**
 * Why Save refused to write: the app never writes a file it could not open again, and never
 * replaces a read-only file without asking. The work stays open either way.
 */
export type SaveProblem =
  /** The file would be bigger than the app opens (MAX_FILE_BYTES). */
  | { readonly code: 'too-large-to-open'; readonly bytes: number; readonly limit: number }
  /** The text to be written would be refused on opening (a limit, or a bug): what opening would say. */
  | { readonly code: 'would-not-open'; readonly error: LoadError }
  /** The file to replace is read-only. */
  | { readonly code: 'read-only'; readonly name: string };

export type SaveProblemCode = SaveProblem['code'];

/** Why Save refused to write, as a message. */
export function saveProblemMessage(problem: SaveProblem): Message {
  switch (problem.code) {
    case 'too-large-to-open':
      return message('save.tooLargeToOpen', { size: problem.bytes / MB, limit: problem.limit / MB });
    case 'would-not-open':
      return problem.error.code === 'over-limit'
        ? message('save.overLimit', { what: overLimit(problem.error.what, problem.error.limit), path: where(problem.error.path) })
        : message('save.wouldNotOpen', { reason: loadErrorMessage(problem.error) });
    case 'read-only':
      return message('save.readOnly', { name: problem.name });
  }
}

/** A user-facing sentence for a refused save, in the user's language. */
export function describeSaveProblem(problem: SaveProblem, locale: Locale): string {
  return translatorFor(locale).text(saveProblemMessage(problem));
}
