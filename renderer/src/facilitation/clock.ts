/**
 * What a peer publishes in awareness for facilitation: its participant id, its clock reading
 * (refreshed every 2 s) and its inbox public key (keys.ts), beside the name presence already
 * sends. Untrusted: validated here.
 */
export interface ClockReading {
  id: string;
  name: string;
  clock: number;
  /** x25519 public key (64 hex digits), when the peer sent a well-formed one. */
  inbox?: string;
}

export function readClock(state: unknown): ClockReading | null {
  if (!state || typeof state !== 'object') return null;
  const f = (state as Record<string, unknown>)['facilitation'];
  const user = (state as Record<string, unknown>)['user'];
  if (!f || typeof f !== 'object') return null;
  const { id, clock, inbox } = f as Record<string, unknown>;
  if (typeof id !== 'string' || !/^[A-Za-z0-9_-]{1,64}$/.test(id) || typeof clock !== 'number' || !Number.isFinite(clock)) return null;
  const rawName = user && typeof user === 'object' ? (user as Record<string, unknown>)['name'] : undefined;
  return { id, clock, name: typeof rawName === 'string' ? rawName.slice(0, 40) : '', ...(typeof inbox === 'string' && /^[0-9a-f]{64}$/.test(inbox) ? { inbox } : {}) };
}

/**
 * The offset to a participant's clock from its latest readings. A reading arrives after some
 * delay (and the first one a newcomer gets may be seconds old), which only ever makes
 * `theirs − mine` smaller: the largest of the last few samples is the best estimate.
 */
export function clockEstimate(samples: Map<string, number[]>, id: string, sample: number): number {
  const list = [...(samples.get(id) ?? []), sample].slice(-5);
  samples.set(id, list);
  return Math.max(...list);
}
