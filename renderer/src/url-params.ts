import type { Locale } from '../../shared/model';
import { parseSignalingList, validSecret, type JoinParams } from '../../shared/collab/codes';
import { parseServerJoinLink, type ServerJoinParams } from '../../shared/collab/server-links';

/**
 * URL parameters are the documented way to start the renderer in a given state
 * (docs/URL_PARAMETERS.md). Unknown or malformed values are ignored.
 */
export interface StartOptions {
  /** `?debug=1`: expose `window.journeyDebug` for tests and benchmarks. */
  readonly debug: boolean;
  /** `?lang=en|id|ru`: interface language (and the language of a new workspace). */
  readonly lang: Locale | null;
  /** `?sample=1`: start with the sample workspace instead of the 5-stage template. */
  readonly sample: boolean;
  /**
   * `?room=…&password=…&signaling=ws://a,wss://b[&name=…]`: join that live session at start-up
   * (the join link). All three of room, password and signaling are needed.
   */
  readonly join: JoinParams | null;
  /**
   * `?server=ws(s)://…&room=…&token=…[&name=…]`: open that room on a Journey room server
   * (Hocuspocus, docs/DEPLOYMENT.md). Used when there is no WebRTC `join`.
   */
  readonly serverJoin: ServerJoinParams | null;
  /**
   * `?guide=1|0`: whether the first-run guide may open (when this machine has not seen it yet).
   * Default: yes, except with `?debug=1` (tests and benchmarks start on the board).
   */
  readonly guide: boolean;
}

export function parseStartOptions(search: string): StartOptions {
  const params = new URLSearchParams(search);
  const lang = params.get('lang');
  return {
    debug: params.get('debug') === '1',
    lang: lang === 'en' || lang === 'id' || lang === 'ru' ? lang : null,
    sample: params.get('sample') === '1',
    join: parseJoin(params),
    serverJoin: params.has('server') ? parseServerJoinLink(`?${params.toString()}`) : null,
    guide: params.has('guide') ? params.get('guide') === '1' : params.get('debug') !== '1',
  };
}

function parseJoin(params: URLSearchParams): JoinParams | null {
  const room = params.get('room');
  const password = params.get('password');
  const signaling = parseSignalingList(params.get('signaling'));
  if (!validSecret(room) || !validSecret(password) || signaling.length === 0) return null;
  const name = params.get('name')?.trim().slice(0, 40);
  return { room, password, signaling, ...(name ? { name } : {}) };
}
