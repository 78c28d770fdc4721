/** The joining guest's cover line (shared/collab/join-progress.ts), translated. */
import { joinMessage } from '../../../shared/collab/join-progress';
import type { CollabJoinProgress } from '../../../shared/collab/debug-api';
import type { Locale } from '../../../shared/model';
import { ct } from './strings';

export function joinText(locale: Locale, join: CollabJoinProgress | null, receiving: boolean): string {
  const message = joinMessage(join, receiving);
  if ('bytes' in message) return ct(locale, message.key, { size: new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(message.bytes / (1024 * 1024)) });
  if ('percent' in message) return ct(locale, message.key, { percent: message.percent });
  return ct(locale, message.key);
}
