/**
 * Join links for rooms on a Journey room server (Hocuspocus, server/):
 *
 *   https://journey.example.org/?server=wss://rooms.example.org&room=NAME&token=TOKEN[&name=…]
 *   journey://join?server=wss://rooms.example.org&room=NAME&token=TOKEN
 *
 * `server` is the room server's ws:// or wss:// URL, `room` the room's name (1–128 of
 * A-Z a-z 0-9 _ . ~ -), `token` the room token the server's admin issued (`room-server token`).
 * A link with `server=` never carries `password`/`signaling` (those are WebRTC rooms: codes.ts).
 */
import { normaliseSignalingUrl } from './codes';

const platform = globalThis as unknown as {
  URL: new (url: string) => { href: string; readonly searchParams: { set(name: string, value: string): void } };
  URLSearchParams: new (query: string) => { get(name: string): string | null };
};

export interface ServerJoinParams {
  readonly server: string;
  readonly room: string;
  readonly token: string;
  readonly name?: string;
}

export const SERVER_ROOM_NAME = /^[A-Za-z0-9_.~-]{1,128}$/;
const TOKEN = /^[A-Za-z0-9_.~-]{1,2048}$/;

export function validServerRoom(room: string | null | undefined): room is string {
  return typeof room === 'string' && SERVER_ROOM_NAME.test(room);
}

export function validRoomToken(token: string | null | undefined): token is string {
  return typeof token === 'string' && TOKEN.test(token);
}

/** Reads `server`, `room`, `token` (and `name`) from a link or a query string; null unless all are valid. */
export function parseServerJoinLink(text: string): ServerJoinParams | null {
  const trimmed = text.trim();
  const query = trimmed.includes('?') ? trimmed.slice(trimmed.indexOf('?')) : trimmed;
  const params = new platform.URLSearchParams(query.split('#')[0] ?? '');
  const server = normaliseSignalingUrl(params.get('server') ?? '');
  const room = params.get('room');
  const token = params.get('token');
  if (!server || !validServerRoom(room) || !validRoomToken(token)) return null;
  const name = params.get('name')?.trim().slice(0, 40);
  return { server, room, token, ...(name ? { name } : {}) };
}

export function serverJoinUrl(base: string, params: ServerJoinParams): string {
  const url = new platform.URL(base);
  url.searchParams.set('server', params.server);
  url.searchParams.set('room', params.room);
  url.searchParams.set('token', params.token);
  if (params.name) url.searchParams.set('name', params.name);
  return url.href;
}
