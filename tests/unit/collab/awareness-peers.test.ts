/** Forgetting who left (shared/collab/awareness-peers.ts). */
import { describe, expect, it } from 'vitest';
import { clientsOfPeer, PEER_FIELD } from '../../../shared/collab/awareness-peers';

describe('who is gone when a connection closes', () => {
  it('the clients whose state names the closed connection’s peer, never this page, never garbage', () => {
    const states = new Map<number, unknown>([
      [1, { user: { name: 'Ana' }, [PEER_FIELD]: 'p-ana' }],
      [2, { user: { name: 'Дарья 🌷' }, [PEER_FIELD]: 'p-budi' }],
      [3, { user: { name: 'Budi (second tab)' }, [PEER_FIELD]: 'p-budi' }],
      [4, null],
      [5, 'p-budi'],
      [6, { user: { name: 'Old client' } }],
      [7, { [PEER_FIELD]: 'p-budi' }],
    ]);
    expect(clientsOfPeer(states, 'p-budi', 7)).toEqual([2, 3]);
    expect(clientsOfPeer(states, 'p-ana', 7)).toEqual([1]);
    expect(clientsOfPeer(states, 'nobody', 7)).toEqual([]);
  });
});
