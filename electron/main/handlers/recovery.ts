/**
 * `recovery:*` — crash-recovery journals (files/journal.ts). Each journal belongs to the window
 * that writes it; other live windows can neither write, read nor remove it, and `list` offers
 * only journals whose window is gone (a crash, a kill, a power cut in an earlier run). When a
 * window closes after its changes were saved or the user chose Don't Save, its journals go.
 */
import { desktopMessage } from '../../../shared/i18n/resources/desktop';
import { access } from 'node:fs/promises';
import { z } from 'zod';
import { JOURNAL_ID, MAX_FILE_BYTES, type HostResult, type JournalInfo } from '../../../shared/host-api';
import type { JournalStore } from '../files/journal';
import type { Ipc } from '../ipc';
import { showDocumentState } from '../window';
import type { AppWindow } from '../window-registry';

const journalId = z.string().regex(JOURNAL_ID);
const updates = z
  .array(z.instanceof(Uint8Array))
  .max(100_000)
  .refine((list) => list.reduce((sum, u) => sum + u.byteLength, 0) <= MAX_FILE_BYTES, 'updates too large');
const meta = z.object({ title: z.string().max(1000), fileName: z.string().max(1000).nullable() });

export interface RecoveryHandlerDeps {
  readonly journals: JournalStore;
}

export function registerRecoveryHandlers(ipc: Ipc, deps: RecoveryHandlerDeps): void {
  const { journals } = deps;
  const owners = new Map<string, AppWindow>();
  const watched = new WeakSet<AppWindow>();
  const liveOwner = (id: string): AppWindow | undefined => {
    const owner = owners.get(id);
    if (owner && owner.window.isDestroyed()) {
      owners.delete(id);
      return undefined;
    }
    return owner;
  };
  const inUse = (): HostResult<never> => ({ ok: false, failure: { code: 'io', message: desktopMessage('recovery.inUse') } });

  const claim = (id: string, caller: AppWindow): void => {
    owners.set(id, caller);
    caller.doc.journals.add(id);
    if (watched.has(caller)) return;
    watched.add(caller);
    caller.window.once('closed', () => {
      // Saved, or the user chose not to keep the changes: nothing left to recover.
      const settled = caller.doc.closeApproved || !caller.doc.state.dirty;
      for (const journal of caller.doc.journals) {
        if (owners.get(journal) === caller) owners.delete(journal);
        if (settled) void journals.discard(journal).catch(() => undefined);
      }
    });
  };

  ipc.handle('recovery:append', z.tuple([journalId, updates, meta, z.boolean()]), async ([id, list, info, reset], caller): Promise<HostResult<number>> => {
    const owner = liveOwner(id);
    if (owner && owner !== caller) return inUse();
    claim(id, caller);
    const result = await journals.append(id, list, { ...info, filePath: caller.doc.filePath, diskStamp: caller.doc.diskStamp }, reset);
    return result.ok ? { ok: true, value: result.bytes } : result;
  });

  ipc.handle('recovery:discard', z.tuple([journalId]), async ([id], caller): Promise<void> => {
    const owner = liveOwner(id);
    if (owner && owner !== caller) return;
    owners.delete(id);
    caller.doc.journals.delete(id);
    await journals.discard(id);
  });

  ipc.handle('recovery:list', z.tuple([]), async (): Promise<readonly JournalInfo[]> => {
    const live = new Set([...owners.keys()].filter((id) => liveOwner(id) !== undefined));
    return journals.list(live);
  });

  ipc.handle('recovery:read', z.tuple([journalId]), async ([id], caller): Promise<HostResult<readonly Uint8Array[]>> => {
    const owner = liveOwner(id);
    if (owner && owner !== caller) return inUse();
    const found = await journals.read(id);
    if (!found || found.updates.length === 0) return { ok: false, failure: { code: 'io', message: desktopMessage('recovery.unreadable') } };
    claim(id, caller);
    // The restored work belongs to its file again, if the file is still there.
    const path = found.meta.filePath;
    if (path !== null && (await access(path).then(() => true, () => false))) {
      caller.doc.filePath = path;
      caller.doc.diskStamp = found.meta.diskStamp ?? null;
      showDocumentState(caller);
    }
    return { ok: true, value: found.updates };
  });
}
