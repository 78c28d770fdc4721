/** The joining guest's cover line (shared/collab/join-progress.ts), translated. */
import { joinMessage } from '../../../shared/collab/join-progress';
import type { CollabJoinProgress } from '../../../shared/collab/debug-api';
import type { MessageKey, MessageParams } from '../../../shared/i18n';

export function joinText(t: (key: MessageKey, params?: MessageParams) => string, join: CollabJoinProgress | null, receiving: boolean): string {
  const message = joinMessage(join, receiving);
  if ('bytes' in message) return t(message.key, { size: message.bytes / (1024 * 1024) });
  if ('percent' in message) return t(message.key, { percent: message.percent });
  return t(message.key);
}
