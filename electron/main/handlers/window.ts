/** `window:*` — the document state behind the title bar and close prompt, and closing. */
import { z } from 'zod';
import type { DocumentState } from '../../../shared/host-api';
import type { Ipc } from '../ipc';
import { showDocumentState } from '../window';

export const documentStateSchema = z.object({
  title: z.string().max(1000),
  fileName: z.string().max(1000).nullable(),
  dirty: z.boolean(),
}) satisfies z.ZodType<DocumentState>;

export function registerWindowHandlers(ipc: Ipc): void {
  ipc.on('window:setDocumentState', z.tuple([documentStateSchema]), ([state], caller) => {
    caller.doc.state = state;
    showDocumentState(caller);
  });

  // Sent after a successful save-then-close (or when the renderer otherwise decides to close).
  ipc.on('window:close', z.tuple([]), (_args, caller) => {
    caller.doc.closeApproved = true;
    caller.window.close();
  });
}
