/** Strings of the collaboration UI (kept apart from i18n/strings.ts; same rules: English is the reference). */
import type { Locale } from '../../../shared/model';

const en = {
  'collab.button': 'Share',
  'collab.title': 'Live session',
  'collab.host': 'Host',
  'collab.join': 'Join',
  'collab.yjs': 'Yjs server',
  'collab.settings': 'Settings',
  'collab.close': 'Close',
  'collab.leave': 'Leave session',
  'collab.hostHere': 'Host on this computer',
  'collab.hostHereHelp': 'Starts a signaling server on this network. Participants on the same network open the link, or type the code and this computer’s address.',
  'collab.hostSignaling': 'Host through the signaling servers in Settings',
  'collab.hostNeedsServer': 'In a browser, hosting needs a signaling server: add one in Settings (a team’s own, e.g. `npm run signal`), or host from the desktop app.',
  'collab.joinLink': 'Join link',
  'collab.code': 'Code',
  'collab.address': 'Host address',
  'collab.addressHelp': 'e.g. 192.168.1.20 or 192.168.1.20:4444',
  'collab.pasteLink': 'Paste a join link',
  'collab.or': 'or',
  'collab.joinButton': 'Join session',
  'collab.badLink': 'That is not a join link (it needs room, password and signaling).',
  'collab.badCode': 'Type the 20-character code and the host’s address.',
  'collab.copy': 'Copy',
  'collab.copied': 'Copied',
  'collab.qr': 'QR code of the join link',
  'collab.name': 'Your name',
  'collab.colour': 'Your colour',
  'collab.signalingUrls': 'Extra signaling servers (one ws:// or wss:// URL per line)',
  'collab.iceServers': 'ICE servers for remote teams, one per line: URL [username credential] (e.g. stun:stun.example.org:3478 or turn:turn.example.org:3478 user secret)',
  'collab.save': 'Save settings',
  'collab.saved': 'Settings saved.',
  'collab.yjsUrl': 'Yjs server (ws:// or wss://)',
  'collab.yjsRoom': 'Room',
  'collab.yjsShare': 'Put this workspace in the room',
  'collab.yjsOpen': 'Open the room’s workspace',
  'collab.yjsHelp': 'For sessions larger than one peer-to-peer mesh (a few dozen people) or an always-on room: a y-websocket or Hocuspocus server your team runs. See docs/COLLABORATION.md.',
  'collab.connecting': 'Connecting to the session…',
  'collab.waiting': 'Waiting for the others…',
  'collab.connected': 'Live · {count} connected',
  'collab.hosting': 'Hosting · {count} connected',
  'collab.offline': 'Offline: your edits will merge when you reconnect',
  'collab.reconnect': 'Reconnect',
  'collab.participants': 'In this session',
  'collab.you': '{name} (you)',
  'collab.editing': 'editing a note',
  'collab.follow': 'Follow',
  'collab.unfollow': 'Stop following',
  'collab.following': 'Following {name}',
  'collab.bring': 'Bring everyone to me',
  'collab.wrongPassword': 'Could not join: the password may be wrong. Others are in this room, but none could read what we sent.',
  'collab.insecure': 'This page cannot encrypt (it is not a secure page). Join from the desktop app, or open the link on https:// or on this computer (localhost).',
  'collab.leftForOther': 'You left the live session: another workspace was opened.',
  'collab.hostFailed': 'Could not host: {message}',
  'collab.nameLabel': '{name}',
  'collab.stranger': 'Someone tried to join with a different password (they received nothing).',
};
export type CollabKey = keyof typeof en;

const id: Partial<Record<CollabKey, string>> = {
  'collab.button': 'Bagikan',
  'collab.title': 'Sesi langsung',
  'collab.host': 'Tuan rumah',
  'collab.join': 'Gabung',
  'collab.settings': 'Pengaturan',
  'collab.close': 'Tutup',
  'collab.leave': 'Tinggalkan sesi',
  'collab.connecting': 'Menghubungkan ke sesi…',
  'collab.participants': 'Dalam sesi ini',
  'collab.follow': 'Ikuti',
  'collab.unfollow': 'Berhenti mengikuti',
  'collab.bring': 'Bawa semua ke tampilan saya',
  'collab.wrongPassword': 'Tidak dapat bergabung: kata sandi mungkin salah.',
  'collab.joinButton': 'Gabung sesi',
  'collab.name': 'Nama Anda',
};

const ru: Partial<Record<CollabKey, string>> = {
  'collab.button': 'Поделиться',
  'collab.title': 'Совместная сессия',
  'collab.host': 'Провести',
  'collab.join': 'Присоединиться',
  'collab.settings': 'Настройки',
  'collab.close': 'Закрыть',
  'collab.leave': 'Покинуть сессию',
  'collab.connecting': 'Подключение к сессии…',
  'collab.participants': 'В сессии',
  'collab.follow': 'Следовать',
  'collab.unfollow': 'Перестать следовать',
  'collab.bring': 'Показать всем мой экран',
  'collab.wrongPassword': 'Не удалось присоединиться: возможно, неверный пароль.',
  'collab.joinButton': 'Присоединиться',
  'collab.name': 'Ваше имя',
};

const DICTIONARIES: Record<Locale, Partial<Record<CollabKey, string>>> = { en, id, ru };

export function ct(locale: Locale, key: CollabKey, params?: Record<string, string | number>): string {
  const template = DICTIONARIES[locale][key] ?? en[key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}
