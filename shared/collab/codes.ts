/**
 * Room ids, passwords, the short join code and join links. Shared by the renderer (join
 * dialog, URL parameters) and the main process (hosting a room). No DOM, no Node.
 *
 * A room is a 10-character id and a 10-character password in Crockford base32 (50 random bits
 * each, from the platform's CSPRNG). The short code is both, grouped for reading aloud:
 * `ROOM1-ROOM2-PASS1-PASS2` (e.g. `7K2QM-XD9RT-A4HWZ-P8N3V`). With the host's address it is
 * all a participant needs; the link carries the same plus the signaling URLs.
 */

/** The platform's URL, URLSearchParams and CSPRNG (Node and browsers both have them; shared/ has neither lib's types). */
interface UrlLike {
  protocol: string;
  username: string;
  password: string;
  hostname: string;
  href: string;
  readonly searchParams: { set(name: string, value: string): void };
}
const platform = globalThis as unknown as {
  URL: new (url: string, base?: string) => UrlLike;
  URLSearchParams: new (query: string) => { get(name: string): string | null };
  crypto: { getRandomValues(bytes: Uint8Array): Uint8Array };
};

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export function randomToken(length = 10): string {
  const bytes = new Uint8Array(length);
  platform.crypto.getRandomValues(bytes);
  let out = '';
  for (const byte of bytes) out += ALPHABET[byte & 31];
  return out;
}

export interface RoomSecret {
  readonly room: string;
  readonly password: string;
}

export function newRoomSecret(): RoomSecret {
  return { room: randomToken(10), password: randomToken(10) };
}

export function formatCode({ room, password }: RoomSecret): string {
  const all = `${room}${password}`;
  return all.match(/.{1,5}/g)!.join('-');
}

/** Parses a short code as typed: case, spaces, dashes and the look-alikes O/I/L are forgiven. */
export function parseCode(text: string): RoomSecret | null {
  const cleaned = text
    .toUpperCase()
    .replace(/[\s-]+/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (!/^[0-9A-HJKMNP-TV-Z]{20}$/.test(cleaned)) return null;
  return { room: cleaned.slice(0, 10), password: cleaned.slice(10) };
}

/** What a participant needs to join: the URL parameters of the served renderer. */
export interface JoinParams {
  readonly room: string;
  readonly password: string;
  readonly signaling: readonly string[];
  readonly name?: string;
}

export const MAX_SIGNALING_URLS = 8;

/** A ws:// or wss:// URL, normalised; null when it is not one. */
export function normaliseSignalingUrl(text: string): string | null {
  const trimmed = text.trim();
  if (!trimmed || trimmed.length > 500) return null;
  try {
    const url = new platform.URL(trimmed);
    if (url.protocol !== 'ws:' && url.protocol !== 'wss:') return null;
    if (url.username || url.password) return null;
    return url.href.replace(/\/$/, '');
  } catch {
    return null;
  }
}

export function parseSignalingList(text: string | null | undefined): string[] {
  if (!text) return [];
  const out: string[] = [];
  for (const part of text.split(',')) {
    const url = normaliseSignalingUrl(part);
    if (url && !out.includes(url)) out.push(url);
  }
  return out.slice(0, MAX_SIGNALING_URLS);
}

/** A room id or password as accepted from a URL: 4 to 128 safe characters. */
export function validSecret(text: string | null | undefined): text is string {
  return typeof text === 'string' && /^[A-Za-z0-9_.~-]{4,128}$/.test(text);
}

/** The join link: the renderer's address with `room`, `password`, `signaling` parameters. */
export function joinUrl(base: string, params: JoinParams): string {
  const url = new platform.URL(base);
  url.searchParams.set('room', params.room);
  url.searchParams.set('password', params.password);
  url.searchParams.set('signaling', params.signaling.join(','));
  if (params.name) url.searchParams.set('name', params.name);
  return url.href;
}

/** Reads a pasted join link (or just its query string). */
export function parseJoinLink(text: string): JoinParams | null {
  const trimmed = text.trim();
  const query = trimmed.includes('?') ? trimmed.slice(trimmed.indexOf('?')) : trimmed;
  const params = new platform.URLSearchParams(query.split('#')[0] ?? '');
  const room = params.get('room');
  const password = params.get('password');
  const signaling = parseSignalingList(params.get('signaling'));
  if (!validSecret(room) || !validSecret(password) || signaling.length === 0) return null;
  const name = params.get('name');
  return { room, password, signaling, ...(name ? { name: name.slice(0, 60) } : {}) };
}

/** `192.168.1.5`, `192.168.1.5:4444`, `ws://host:port` → the signaling URL (default port 4444). */
export function signalingUrlFromAddress(address: string): string | null {
  const trimmed = address.trim();
  if (/^wss?:\/\//i.test(trimmed)) return normaliseSignalingUrl(trimmed);
  if (/^https?:\/\//i.test(trimmed)) {
    try {
      const url = new platform.URL(trimmed);
      return normaliseSignalingUrl(`ws://${url.hostname}:${DEFAULT_SIGNALING_PORT}`);
    } catch {
      return null;
    }
  }
  const withPort = /:\d+$/.test(trimmed) && !/^\[?[0-9a-f:]+\]?$/i.test(trimmed) ? trimmed : `${trimmed}:${DEFAULT_SIGNALING_PORT}`;
  return normaliseSignalingUrl(`ws://${withPort}`);
}

export const DEFAULT_SIGNALING_PORT = 4444;

/** The scheme the desktop app registers: `journey://join?room=…&password=…&signaling=…` opens it. */
export const APP_LINK_SCHEME = 'journey';

export function appJoinLink(params: JoinParams): string {
  return joinUrl(`${APP_LINK_SCHEME}://join`, params);
}

/** The first `journey://join?…` argument (how Windows and Linux hand a clicked link to the app). */
export function joinLinkFromArgv(argv: readonly string[]): JoinParams | null {
  for (const arg of argv.slice(1)) {
    if (arg.toLowerCase().startsWith(`${APP_LINK_SCHEME}://`)) return parseJoinLink(arg);
  }
  return null;
}
