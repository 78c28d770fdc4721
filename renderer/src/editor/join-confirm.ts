import type { MessageParams } from '../../../shared/i18n';
import type { PendingJoin } from '../../../shared/host-api';
import { desktopMessage, type DesktopKey } from '../../../shared/i18n/resources/desktop';
import type { Editor } from './editor';

/** The hosts a join link would connect to, for people to recognise (`192.168.1.20:4444`). */
export function signalingHosts(join: Pick<PendingJoin, 'signaling'>): string {
  const hosts = join.signaling.map((url) => {
    try {
      return new URL(url).host || url;
    } catch {
      return url;
    }
  });
  return [...new Set(hosts)].join(', ');
}

/**
 * A `journey://join?…` link opened the app: any web page can push such a link, so nothing joins
 * until the person agrees, having seen which server the session runs through.
 */
export async function confirmJoinLink(editor: Editor, join: PendingJoin): Promise<boolean> {
  const t = (key: DesktopKey, params?: MessageParams) => desktopMessage(key, params);
  const choice = await editor.ask({
    title: t('join.title'),
    body: t('join.body', { host: signalingHosts(join) || '?' }),
    choices: [
      { value: 'cancel', label: t('join.cancel') },
      { value: 'join', label: t('join.join'), primary: true },
    ],
  });
  return choice === 'join';
}
