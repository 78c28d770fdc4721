/**
 * What this machine remembers about collaboration (the editor's preferences, never the doc): the user's
 * name and colour, extra signaling URLs and ICE (STUN/TURN) servers, the Yjs server.
 */
import { parseSignalingList } from '../../../shared/collab/codes';
import { cleanName, isColour, parseIceServers, type IceServerSetting } from '../../../shared/collab/presence';
import { readJson, writeJson, type Preferences } from '../editor/preferences';

export { cleanName, isColour, parseIceServers, type IceServerSetting };

/** Ten colours far enough apart to tell people apart (no two oranges). */
export const PRESENCE_COLOURS = ['#d9480f', '#1971c2', '#2f9e44', '#ae3ec9', '#0c8599', '#c2255c', '#5f3dc4', '#e67700', '#495057', '#66a80f'] as const;

export interface CollabUser {
  readonly name: string;
  readonly colour: string;
}

export interface CollabSettings {
  /** Signaling servers used in addition to the host's (a team's own server). */
  readonly signaling: readonly string[];
  /** STUN/TURN for remote teams; empty on a LAN. */
  readonly iceServers: readonly IceServerSetting[];
  /** A Yjs server (y-websocket or Hocuspocus) for large or always-on rooms. */
  readonly yjsServer: string;
  /** What that server speaks: a Journey room server (Hocuspocus, the default) or y-websocket. */
  readonly yjsProtocol: 'hocuspocus' | 'y-websocket';
}

const USER_KEY = 'journey.collab.user';
const SETTINGS_KEY = 'journey.collab.settings';

export function loadUser(preferences: Preferences): CollabUser {
  const stored = readJson(preferences, USER_KEY) as Partial<CollabUser> | null;
  const name = cleanName(stored?.name);
  const colour = isColour(stored?.colour) ? stored.colour : PRESENCE_COLOURS[Math.floor(Math.random() * PRESENCE_COLOURS.length)]!;
  return { name: name || 'Guest', colour };
}

export function saveUser(preferences: Preferences, user: CollabUser): void {
  writeJson(preferences, USER_KEY, { name: cleanName(user.name) || 'Guest', colour: isColour(user.colour) ? user.colour : PRESENCE_COLOURS[0] });
}

export function loadSettings(preferences: Preferences): CollabSettings {
  const stored = readJson(preferences, SETTINGS_KEY) as Record<string, unknown> | null;
  const signaling = Array.isArray(stored?.['signaling']) ? parseSignalingList((stored['signaling'] as unknown[]).filter((s) => typeof s === 'string').join(',')) : [];
  const yjsServer = typeof stored?.['yjsServer'] === 'string' ? stored['yjsServer'] : '';
  const yjsProtocol = stored?.['yjsProtocol'] === 'y-websocket' ? 'y-websocket' : 'hocuspocus';
  return { signaling, iceServers: parseIceServers(stored?.['iceServers']), yjsServer, yjsProtocol };
}

export function saveSettings(preferences: Preferences, settings: CollabSettings): void {
  writeJson(preferences, SETTINGS_KEY, settings);
}
