/**
 * What the main process knows about the document in each window, and the decisions that follow
 * from it: the window title, and what closing the window should do. Plain logic, no Electron.
 */
import { basename } from 'node:path';
import type { DocumentState, MenuSpec } from '../../shared/host-api';
import type { DiskStamp } from './files/disk-stamp';
import { translatorFor, type Locale } from '../../shared/i18n';

export const APP_NAME = 'Journey';

/** Marker put in front of the title while there are unsaved changes. */
export const UNSAVED_MARKER = '• ';

export interface WindowDocument {
  /** The file Save writes to; null until the document is opened from or saved to a file. */
  filePath: string | null;
  /** The file as this window last read or wrote it, to notice changes by other programs. */
  diskStamp: DiskStamp | null;
  /** Crash-recovery journals this window writes (ids). */
  journals: Set<string>;
  /** A file handed over at launch (double-click, command line, second instance), taken once. */
  pendingPath: string | null;
  /** Last state reported by the renderer. */
  state: DocumentState;
  /** The user (or a successful save-then-close) has agreed to close: the next close goes through. */
  closeApproved: boolean;
  /** The Save / Don't Save / Cancel prompt is showing. */
  promptOpen: boolean;
  /** The native menu the renderer described from its action registry (null until it has). */
  menu: MenuSpec | null;
  /** The UI language the renderer reported (`window:setLocale`): menu roles, dialogs, the close prompt. */
  locale: Locale;
}

export function newWindowDocument(pendingPath: string | null = null, locale: Locale = 'en'): WindowDocument {
  return {
    filePath: null,
    diskStamp: null,
    journals: new Set(),
    pendingPath,
    state: { title: '', fileName: null, dirty: false },
    closeApproved: false,
    promptOpen: false,
    menu: null,
    locale,
  };
}

/**
 * The name shown for the document: the name of the file it is saved in (the main process knows
 * it first, right after a save), else the file name the renderer reports, else its title, else
 * "Untitled" (in `locale`).
 */
export function documentName(state: DocumentState, filePath: string | null = null, locale: Locale = 'en'): string {
  const fileName = (filePath === null ? '' : basename(filePath)) || state.fileName?.trim();
  if (fileName) return fileName;
  return state.title.trim() || translatorFor(locale).t('app.untitled');
}

/** e.g. `"Onboarding.journey — Journey"`, or `"• Onboarding.journey — Journey"` when unsaved. */
export function windowTitle(state: DocumentState, filePath: string | null = null, locale: Locale = 'en'): string {
  return `${state.dirty ? UNSAVED_MARKER : ''}${documentName(state, filePath, locale)} — ${APP_NAME}`;
}

/**
 * What a close request should do:
 * - `close`: let it happen (clean document, or closing already agreed);
 * - `ask`: stop it and show the Save / Don't Save / Cancel prompt;
 * - `ignore`: stop it, the prompt is already showing.
 */
export type CloseDecision = 'close' | 'ask' | 'ignore';

export function closeDecision(doc: Pick<WindowDocument, 'state' | 'closeApproved' | 'promptOpen'>): CloseDecision {
  if (doc.closeApproved || !doc.state.dirty) return 'close';
  return doc.promptOpen ? 'ignore' : 'ask';
}

/** The close prompt; button order is the order of `CLOSE_CHOICES`. */
export const CLOSE_CHOICES = ['save', 'discard', 'cancel'] as const;
export type CloseChoice = (typeof CLOSE_CHOICES)[number];

export function closePrompt(state: DocumentState, filePath: string | null, locale: Locale = 'en') {
  const { t } = translatorFor(locale);
  return {
    type: 'warning' as const,
    buttons: [t('close.save'), t('close.discard'), t('close.cancel')],
    defaultId: 0,
    cancelId: 2,
    noLink: true,
    message: t('close.message', { name: documentName(state, filePath, locale) }),
    detail: t('close.detail'),
  };
}

/** Maps the index of the button pressed (Escape gives `cancelId`) to a choice. */
export function closeChoice(response: number): CloseChoice {
  return CLOSE_CHOICES[response] ?? 'cancel';
}

/**
 * What to do once the user has chosen:
 * - `close`: close now without saving;
 * - `save-then-close`: send `saveThenClose` to the renderer and keep the window open; the
 *   renderer saves and then calls `window:close` (or stays open if the save was cancelled);
 * - `keep-open`: do nothing.
 */
export type CloseAction = 'close' | 'save-then-close' | 'keep-open';

export function closeAction(choice: CloseChoice): CloseAction {
  switch (choice) {
    case 'save':
      return 'save-then-close';
    case 'discard':
      return 'close';
    case 'cancel':
      return 'keep-open';
  }
}
