/**
 * A joining guest's progress receiving the room's workspace, and which message the cover shows
 * (keys of the collab namespace in shared/i18n; the renderer translates them when drawn).
 */
import type { TransferStatus } from './chunking';
import type { CollabJoinProgress } from './debug-api';

/** The guest's progress now, from the transport's chunk status; once `synced` it stays at 100 %. */
export function joinProgress(transfer: TransferStatus | null, synced: boolean): CollabJoinProgress {
  const arrived = transfer?.arrivedBytes ?? 0;
  if (synced) return { receivedBytes: arrived, totalBytes: arrived, percent: 100, arriving: false, failure: null };
  const arriving = transfer?.arriving ?? null;
  const failure = transfer?.failure ?? null;
  if (arriving) {
    // Rounded down and never 100 before the last frame: "100 %" means it is all here.
    const percent = Math.min(99, Math.floor((arriving.receivedBytes / arriving.totalBytes) * 100));
    return { receivedBytes: arriving.receivedBytes, totalBytes: arriving.totalBytes, percent, arriving: true, failure };
  }
  // Arrived whole, being applied to the doc.
  if (arrived > 0) return { receivedBytes: arrived, totalBytes: arrived, percent: 100, arriving: false, failure };
  return { receivedBytes: 0, totalBytes: 0, percent: null, arriving: false, failure };
}

export type JoinMessage =
  | { readonly key: 'collab.connecting' | 'collab.receiving' | 'collab.joinInvalid' }
  | { readonly key: 'collab.receivingPercent' | 'collab.joinStalled' | 'collab.joinPeerLeft'; readonly percent: number }
  | { readonly key: 'collab.joinTooLarge'; readonly bytes: number };

/**
 * The cover's line: the percentage while a copy arrives; otherwise why the last one failed;
 * otherwise "receiving" (`receiving`: connected to someone who can send it) or "connecting".
 */
export function joinMessage(join: CollabJoinProgress | null, receiving: boolean): JoinMessage {
  if (join && join.percent !== null && (join.arriving || !join.failure)) return { key: 'collab.receivingPercent', percent: join.percent };
  const failure = join?.failure;
  if (failure) {
    const percent = Math.floor((failure.receivedBytes / Math.max(1, failure.totalBytes)) * 100);
    switch (failure.reason) {
      case 'timeout':
        return { key: 'collab.joinStalled', percent };
      case 'peer-left':
        return { key: 'collab.joinPeerLeft', percent };
      case 'too-large':
        return { key: 'collab.joinTooLarge', bytes: failure.totalBytes };
      case 'invalid':
        return { key: 'collab.joinInvalid' };
    }
  }
  return { key: receiving ? 'collab.receiving' : 'collab.connecting' };
}
