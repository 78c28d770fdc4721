/** `window:*` — the document state behind the title bar and close prompt, the UI language, and closing. */
import { z } from 'zod';
import type { DocumentState, MenuSpec, MenuSpecItem } from '../../../shared/host-api';
import { LOCALES } from '../../../shared/model';
import type { AppWindow } from '../window-registry';
import type { Ipc } from '../ipc';
import { showDocumentState } from '../window';

export const documentStateSchema = z.object({
  title: z.string().max(1000),
  fileName: z.string().max(1000).nullable(),
  dirty: z.boolean(),
}) satisfies z.ZodType<DocumentState>;

const menuItemSchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9:._-]{1,64}$/),
  label: z.string().min(1).max(200),
  accelerator: z.string().max(60).regex(/^[A-Za-z0-9+=\-!,.]+$/).optional(),
  registerAccelerator: z.boolean(),
  enabled: z.boolean(),
}) satisfies z.ZodType<MenuSpecItem>;

export const menuSpecSchema = z
  .array(
    z.object({
      id: z.enum(['file', 'edit', 'view', 'board', 'help']),
      label: z.string().min(1).max(100),
      items: z.array(menuItemSchema.nullable()).max(80),
    }),
  )
  .max(4) satisfies z.ZodType<MenuSpec>;

export interface WindowHandlerDeps {
  /** A window described its native menu: redraw the application menu if it is the focused one. */
  readonly onMenu: (caller: AppWindow) => void;
  /** A save-then-close did not save: a quit under way is over. */
  readonly onKeepOpen?: () => void;
}

export function registerWindowHandlers(ipc: Ipc, deps: WindowHandlerDeps): void {
  ipc.on('window:setMenu', z.tuple([menuSpecSchema]), ([menu], caller) => {
    caller.doc.menu = menu;
    deps.onMenu(caller);
  });

  // The UI language: the native menu's roles, dialogs and the close prompt follow it.
  ipc.on('window:setLocale', z.tuple([z.enum(LOCALES)]), ([locale], caller) => {
    if (caller.doc.locale === locale) return;
    caller.doc.locale = locale;
    deps.onMenu(caller);
  });

  ipc.on('window:setDocumentState', z.tuple([documentStateSchema]), ([state], caller) => {
    caller.doc.state = state;
    showDocumentState(caller);
  });

  // The close prompt's Save did not save: the window stays, and so does the app (a quit ends here).
  ipc.on('window:keepOpen', z.tuple([]), () => {
    deps.onKeepOpen?.();
  });

  // Sent after a successful save-then-close (or when the renderer otherwise decides to close).
  ipc.on('window:close', z.tuple([]), (_args, caller) => {
    caller.doc.closeApproved = true;
    caller.window.close();
  });
}
