/**
 * Room tokens: who may open which room on this server.
 *
 * An ADMIN configures one or more secrets (a secrets file, one per line, or
 * JOURNEY_ROOM_SECRETS). `room-server token --room NAME` signs a token for one room with the
 * FIRST secret; the server accepts a token signed with ANY listed secret. The facilitator puts
 * the token in the join link (`token=`), so whoever has the link may open that room, until it
 * expires. Rotation: add a new secret at the top, reload (SIGHUP or restart), issue new
 * tokens; remove the old secret once its tokens should stop working (that revokes them all).
 *
 * Format: `jr1.<base64url JSON {r: room, e: expiry (unix s), m: "rw" | "r"}>.<base64url HMAC-SHA-256>`.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';

export type TokenMode = 'rw' | 'r';

export interface TokenClaims {
  readonly room: string;
  /** Unix seconds. */
  readonly expires: number;
  readonly mode: TokenMode;
}

const PREFIX = 'jr1';
/** Room names the server accepts: what the app's join links carry. */
export const ROOM_NAME = /^[A-Za-z0-9_.~-]{1,128}$/;

function sign(secret: string, body: string): string {
  return createHmac('sha256', secret).update(`${PREFIX}.${body}`).digest('base64url');
}

export function issueToken(secret: string, claims: TokenClaims): string {
  if (!ROOM_NAME.test(claims.room)) throw new Error(`Not a room name: ${JSON.stringify(claims.room)} (1 to 128 of A-Z a-z 0-9 _ . ~ -)`);
  const body = Buffer.from(JSON.stringify({ r: claims.room, e: Math.floor(claims.expires), m: claims.mode })).toString('base64url');
  return `${PREFIX}.${body}.${sign(secret, body)}`;
}

export type TokenCheck = { ok: true; claims: TokenClaims } | { ok: false; reason: string };

/** Checks a token for a room against every configured secret. */
export function verifyToken(secrets: readonly string[], token: unknown, room: string, now = Date.now()): TokenCheck {
  if (typeof token !== 'string' || token.length === 0) return { ok: false, reason: 'no token' };
  if (token.length > 2048) return { ok: false, reason: 'token too long' };
  const parts = token.split('.');
  if (parts.length !== 3 || parts[0] !== PREFIX) return { ok: false, reason: 'not a room token' };
  const [, body, mac] = parts as [string, string, string];
  const given = Buffer.from(mac, 'base64url');
  const signed = secrets.some((secret) => {
    const expected = Buffer.from(sign(secret, body), 'base64url');
    return expected.length === given.length && timingSafeEqual(expected, given);
  });
  if (!signed) return { ok: false, reason: 'bad signature (another server, or a removed secret)' };
  let claims: { r?: unknown; e?: unknown; m?: unknown };
  try {
    claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as typeof claims;
  } catch {
    return { ok: false, reason: 'damaged token' };
  }
  if (typeof claims.r !== 'string' || typeof claims.e !== 'number' || (claims.m !== 'rw' && claims.m !== 'r')) return { ok: false, reason: 'damaged token' };
  if (claims.r !== room) return { ok: false, reason: 'token is for another room' };
  if (claims.e * 1000 <= now) return { ok: false, reason: 'token expired' };
  return { ok: true, claims: { room: claims.r, expires: claims.e, mode: claims.m } };
}

export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** Secrets from a file (one per line, `#` comments) or JOURNEY_ROOM_SECRETS (comma-separated). */
export function loadSecrets(file: string | null, env: string | undefined = process.env['JOURNEY_ROOM_SECRETS']): string[] {
  const fromEnv = (env ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  const fromFile = file && existsSync(file) ? readFileSync(file, 'utf8').split(/\r?\n/).map((s) => s.trim()).filter((s) => s && !s.startsWith('#')) : [];
  const all = [...fromEnv, ...fromFile];
  for (const secret of all) if (secret.length < 16) throw new Error('A room secret must be at least 16 characters (use `room-server secret`).');
  return all;
}

/** Creates a secrets file with one new secret (mode 0600) when there is none. */
export function ensureSecretFile(file: string): boolean {
  if (existsSync(file)) return false;
  writeFileSync(file, `# Journey room-server secrets: the first signs new tokens, all verify. See docs/DEPLOYMENT.md.\n${newSecret()}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  return true;
}
