/**
 * Who is gone when a connection closes. y-protocols' awareness forgets a participant only 30 s
 * after its last renewal, and y-webrtc relays every awareness update it receives to all its
 * other connections, so a person whose page closed stayed listed as connected for up to a
 * minute. Each page therefore puts its y-webrtc peer id (the id its connections are known by)
 * in its awareness state as `peer`; when a connection to peer P closes, the clients whose state
 * says `peer: P` are forgotten at once. If P is in fact still there (only that one connection
 * dropped), y-webrtc reconnects and P's next renewal lists it again.
 */

/** The awareness field holding a page's y-webrtc peer id. */
export const PEER_FIELD = 'peer';

/** Awareness clients (other than `self`) whose state names `peerId` as their connection. */
export function clientsOfPeer(states: ReadonlyMap<number, unknown>, peerId: string, self: number): number[] {
  const out: number[] = [];
  for (const [clientId, state] of states) {
    if (clientId === self || typeof state !== 'object' || state === null) continue;
    if ((state as Record<string, unknown>)[PEER_FIELD] === peerId) out.push(clientId);
  }
  return out;
}
