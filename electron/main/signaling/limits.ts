/** The signaling server's limits (server.ts) and how it counts connections per address. */

export interface SignalingLimits {
  /** Largest message in bytes; a bigger frame closes the connection (1009). */
  readonly maxMessageBytes: number;
  /** Token bucket: burst size and refill per second, per connection. */
  readonly burstMessages: number;
  readonly messagesPerSecond: number;
  /** Messages dropped for rate before the connection is closed (1008). */
  readonly maxDroppedMessages: number;
  readonly maxTopicsPerConnection: number;
  readonly maxTopicLength: number;
  readonly maxConnections: number;
  /**
   * Connections from one address (IPv6: one /64, what one machine or network usually gets).
   * A workshop behind one NAT all comes from one address, hence room for a big room.
   */
  readonly maxConnectionsPerAddress: number;
  /** Bytes queued for one client, unsent; past this the client is dropped (it is not reading). */
  readonly maxBufferedBytes: number;
  /** WebSocket ping interval; a connection that did not answer the last ping is closed. */
  readonly pingIntervalMs: number;
}

export const DEFAULT_LIMITS: SignalingLimits = {
  maxMessageBytes: 64 * 1024,
  burstMessages: 200,
  messagesPerSecond: 100,
  maxDroppedMessages: 500,
  maxTopicsPerConnection: 32,
  maxTopicLength: 256,
  maxConnections: 1000,
  maxConnectionsPerAddress: 64,
  // 16 of the largest messages: signaling is offers, answers and candidates, a few KB each.
  maxBufferedBytes: 1024 * 1024,
  pingIntervalMs: 30_000,
};

/**
 * The address a connection is counted under: IPv4 as is (also when mapped into IPv6), IPv6
 * by its /64 (one machine or one network usually gets a whole /64).
 */
export function addressKey(remote: string | undefined): string {
  if (!remote) return 'unknown';
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(remote);
  if (mapped) return mapped[1]!;
  if (!remote.includes(':')) return remote;
  const [head = '', tail = ''] = remote.split('%')[0]!.toLowerCase().split('::');
  const left = head === '' ? [] : head.split(':');
  const right = tail === '' ? [] : tail.split(':');
  const groups = remote.includes('::') ? [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right] : left;
  return `${groups.slice(0, 4).map((g) => g.replace(/^0+(?=.)/, '')).join(':')}::/64`;
}
