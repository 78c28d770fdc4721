import type { MenuSpecSection } from '../../../shared/host-api';
import type { MessageKey } from '../../../shared/i18n';
import type { Editor } from './editor';
import type { ContextTarget } from './slices';

/** A key press that runs an action. */
export interface Shortcut {
  /** `KeyboardEvent.key`, compared case-insensitively. */
  readonly key: string;
  /** Ctrl on Windows/Linux, ⌘ on macOS. */
  readonly mod?: boolean;
  readonly shift?: boolean;
  readonly alt?: boolean;
}

/**
 * One user verb: the toolbar, keyboard shortcuts, context menus and (through the host's menu
 * commands) the native menu all run these (renderer/src/actions defines them, by area).
 */
/** An action's name: a key of the catalog, or (for texts kept elsewhere until the catalog is one) a function. */
export type ActionLabel = { readonly labelKey: MessageKey; readonly label?: never } | { readonly label: (editor: Editor) => string; readonly labelKey?: never };

export type Action = ActionLabel & ActionBody;

/** The label an action shows in this editor's language. */
export function actionLabel(editor: Editor, action: Action): string {
  return action.label ? action.label(editor) : editor.t(action.labelKey);
}

export interface ActionBody {
  readonly id: string;
  readonly shortcuts: readonly Shortcut[];
  /** Where the native menu (desktop app) lists it, in registry order. */
  readonly menu?: MenuSpecSection['id'];
  /** The browser fires copy/cut/paste events for these keys; the clipboard module handles them. */
  readonly browserShortcut?: boolean;
  /** Which right-click menus list it, in this order. */
  readonly contexts?: readonly ContextTarget['kind'][];
  /** Items listed under a heading in menus (colours, lane kinds). */
  readonly group?: MessageKey;
  /** Danger styling in menus. */
  readonly danger?: boolean;
  enabled(editor: Editor, target?: ContextTarget): boolean;
  run(editor: Editor, target?: ContextTarget): void | Promise<unknown>;
}

/** The editor's actions in registration order (the order menus list them in). */
export class ActionRegistry {
  private list: readonly Action[] = [];

  /** Add actions; returns the function that removes them again. */
  register(actions: readonly Action[]): () => void {
    this.list = [...this.list, ...actions];
    return () => {
      this.list = this.list.filter((a) => !actions.includes(a));
    };
  }

  all(): readonly Action[] {
    return this.list;
  }

  find(id: string): Action | undefined {
    return this.list.find((a) => a.id === id);
  }

  get(id: string): Action {
    const action = this.find(id);
    if (!action) throw new Error(`Unknown action ${id}`);
    return action;
  }

  /** The actions a right-click menu on this kind of thing lists. */
  forContext(kind: ContextTarget['kind']): Action[] {
    return this.list.filter((a) => a.contexts?.includes(kind));
  }
}
