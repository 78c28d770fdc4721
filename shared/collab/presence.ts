/**
 * Presence as it travels in y-protocols awareness: reading (untrusted) remote states, the view
 * maths of follow, and the small parsers behind the session settings. No DOM, no Konva.
 */

/** A part of the board in board coordinates. */
export interface BoardRect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface Participant {
  readonly clientId: number;
  readonly name: string;
  readonly colour: string;
  readonly boardId: string | null;
  readonly cursor: { readonly x: number; readonly y: number } | null;
  readonly selection: readonly string[];
  readonly editing: string | null;
  readonly dragging: { readonly ids: readonly string[]; readonly dx: number; readonly dy: number } | null;
  readonly view: BoardRect | null;
  /** Presentation mode: the board and stage shown (null stage: the whole journey), or null. */
  readonly presenting: Presenting | null;
  /** The presenter's laser pointer, in the board units of what they present, or null. */
  readonly laser: { readonly x: number; readonly y: number } | null;
}

export interface Presenting {
  readonly boardId: string;
  readonly stageId: string | null;
}

/** How often a presenter's laser position goes out (the receiver draws the trail). */
export const LASER_INTERVAL_MS = 40;

export function readPresenting(v: unknown): Presenting | null {
  if (!rec(v) || !str(v['boardId'])) return null;
  const stageId = v['stageId'];
  if (stageId !== null && !str(stageId)) return null;
  return { boardId: v['boardId'], stageId };
}

export interface Summon {
  readonly id: string;
  readonly boardId: string;
  readonly view: BoardRect;
}

export const CURSOR_INTERVAL_MS = 50;
export const DRAG_INTERVAL_MS = 100;
export const VIEW_POLL_MS = 250;
export const MAX_IDS = 200;

const num = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
export const str = (v: unknown, max = 100): v is string => typeof v === 'string' && v.length > 0 && v.length <= max;
export const rec = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function readRect(v: unknown): BoardRect | null {
  if (!rec(v) || !num(v['x']) || !num(v['y']) || !num(v['width']) || !num(v['height']) || v['width'] <= 0 || v['height'] <= 0) return null;
  return { x: v['x'], y: v['y'], width: v['width'], height: v['height'] };
}

export function readParticipant(clientId: number, state: unknown): Participant | null {
  if (!rec(state) || !rec(state['user'])) return null;
  const user = state['user'];
  const cursor = rec(state['cursor']) && num(state['cursor']['x']) && num(state['cursor']['y']) ? { x: state['cursor']['x'], y: state['cursor']['y'] } : null;
  const selection = Array.isArray(state['selection']) ? state['selection'].filter((id): id is string => str(id)).slice(0, MAX_IDS) : [];
  const d = state['dragging'];
  const dragging =
    rec(d) && Array.isArray(d['ids']) && num(d['dx']) && num(d['dy'])
      ? { ids: d['ids'].filter((id): id is string => str(id)).slice(0, MAX_IDS), dx: d['dx'], dy: d['dy'] }
      : null;
  return {
    clientId,
    name: cleanName(user['name']) || 'Guest',
    colour: isColour(user['colour']) ? user['colour'] : '#666666',
    boardId: str(state['boardId']) ? state['boardId'] : null,
    cursor,
    selection,
    editing: str(state['editing']) ? state['editing'] : null,
    dragging,
    view: readRect(state['view']),
    presenting: readPresenting(state['presenting']),
    laser: rec(state['laser']) && num(state['laser']['x']) && num(state['laser']['y']) && Math.abs(state['laser']['x']) < 1e7 && Math.abs(state['laser']['y']) < 1e7 ? { x: state['laser']['x'], y: state['laser']['y'] } : null,
  };
}

/** The viewport that shows `rect` whole and centred in a screen of `size`. */
export function viewportShowing(rect: BoardRect, size: { width: number; height: number }): { x: number; y: number; scale: number } {
  const scale = Math.min(4, Math.max(0.1, Math.min(size.width / rect.width, size.height / rect.height)));
  return { scale, x: -rect.x * scale + (size.width - rect.width * scale) / 2, y: -rect.y * scale + (size.height - rect.height * scale) / 2 };
}


export function isColour(value: unknown): value is string {
  return typeof value === 'string' && /^#[0-9a-f]{6}$/i.test(value);
}

export function cleanName(value: unknown): string {
  return typeof value === 'string' ? value.replace(/[\u0000-\u001f]/g, '').trim().slice(0, 40) : '';
}

export interface IceServerSetting {
  readonly urls: string;
  readonly username?: string;
  readonly credential?: string;
}

export function parseIceServers(value: unknown): IceServerSetting[] {
  if (!Array.isArray(value)) return [];
  const out: IceServerSetting[] = [];
  for (const item of value.slice(0, 10)) {
    if (typeof item !== 'object' || item === null) continue;
    const { urls, username, credential } = item as Record<string, unknown>;
    if (typeof urls !== 'string' || !/^(stun|stuns|turn|turns):/i.test(urls.trim())) continue;
    out.push({
      urls: urls.trim(),
      ...(typeof username === 'string' && username ? { username } : {}),
      ...(typeof credential === 'string' && credential ? { credential } : {}),
    });
  }
  return out;
}
