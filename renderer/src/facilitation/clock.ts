/**
 * What a peer publishes in awareness for facilitation: its participant id and its clock
 * reading (refreshed every 2 s), beside the name presence already sends. Untrusted: validated here.
 */
export interface ClockReading {
  id: string;
  name: string;
  clock: number;
}

export function readClock(state: unknown): ClockReading | null {
  if (!state || typeof state !== 'object') return null;
  const f = (state as Record<string, unknown>)['facilitation'];
  const user = (state as Record<string, unknown>)['user'];
  if (!f || typeof f !== 'object') return null;
  const { id, clock } = f as Record<string, unknown>;
  if (typeof id !== 'string' || !/^[A-Za-z0-9_-]{1,64}$/.test(id) || typeof clock !== 'number' || !Number.isFinite(clock)) return null;
  const rawName = user && typeof user === 'object' ? (user as Record<string, unknown>)['name'] : undefined;
  return { id, clock, name: typeof rawName === 'string' ? rawName.slice(0, 40) : '' };
}
