/**
 * What a joining guest is told while the room's workspace arrives (the cover's line), from the
 * transport's chunk status (chunked-conns.ts).
 */
import type { CollabJoinProgress } from '../../../shared/collab/debug-api';
import type { Locale } from '../../../shared/model';
import type { TransferStatus } from './chunked-conns';
import { ct } from './strings';

/** The guest's progress now; once `synced` it stays at 100 %. */
export function joinProgress(transfer: TransferStatus | null, synced: boolean): CollabJoinProgress {
  const arrived = transfer?.arrivedBytes ?? 0;
  if (synced) return { receivedBytes: arrived, totalBytes: arrived, percent: 100, arriving: false, failure: null };
  const arriving = transfer?.arriving ?? null;
  const failure = transfer?.failure ?? null;
  if (arriving) return { ...arriving, percent: Math.min(99, Math.floor((arriving.receivedBytes / arriving.totalBytes) * 100)), arriving: true, failure };
  // Arrived whole, being applied to the doc.
  if (arrived > 0) return { receivedBytes: arrived, totalBytes: arrived, percent: 100, arriving: false, failure };
  return { receivedBytes: 0, totalBytes: 0, percent: null, arriving: false, failure };
}

const mb = (locale: Locale, bytes: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(bytes / (1024 * 1024));

/** The cover's line. `receiving`: connected to someone who can send it (no percentage known yet). */
export function joinText(locale: Locale, join: CollabJoinProgress | null, receiving: boolean): string {
  if (join && join.percent !== null && (join.arriving || !join.failure)) return ct(locale, 'collab.receivingPercent', { percent: join.percent });
  const failure = join?.failure;
  if (failure) {
    const percent = Math.floor((failure.receivedBytes / Math.max(1, failure.totalBytes)) * 100);
    switch (failure.reason) {
      case 'timeout':
        return ct(locale, 'collab.joinStalled', { percent });
      case 'peer-left':
        return ct(locale, 'collab.joinPeerLeft', { percent });
      case 'too-large':
        return ct(locale, 'collab.joinTooLarge', { size: mb(locale, failure.totalBytes) });
      case 'invalid':
        return ct(locale, 'collab.joinInvalid');
    }
  }
  return ct(locale, receiving ? 'collab.receiving' : 'collab.connecting');
}
