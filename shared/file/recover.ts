/**
 * A workspace rebuilt from a crash-recovery journal's Yjs updates, through the same checks as
 * opening a file (validation, repair, limits), so a damaged journal can never open a workspace
 * the app could not save.
 */
import { docFromUpdates } from '../doc/merge';
import { loadWorkspaceFile, type LoadResult } from './load';
import { serializeWorkspace } from './save';

export function workspaceFromUpdates(updates: readonly Uint8Array[], appVersion: string): LoadResult {
  let text: string;
  try {
    const doc = docFromUpdates(updates);
    text = serializeWorkspace(doc, { appVersion, now: new Date() });
    doc.destroy();
  } catch (error) {
    return { ok: false, error: { code: 'unexpected', detail: error instanceof Error ? error.message : String(error) } };
  }
  return loadWorkspaceFile(text);
}
