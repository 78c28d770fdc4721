import { describe, expect, it } from 'vitest';
import { nextPhase, WRONG_PASSWORD_MS, type PhaseInput } from '../../../renderer/src/collab/phases';

const guest: PhaseInput = { phase: 'connecting', role: 'guest', synced: false, transport: 'webrtc', peers: 0, othersInRoom: 0, othersSince: null, now: 1_000 };

describe('session phases', () => {
  it('a host is connected at once, alone or not', () => {
    expect(nextPhase({ ...guest, role: 'host', synced: true }).phase).toBe('connected');
  });

  it('a guest connects when a peer answers and the workspace has arrived', () => {
    expect(nextPhase({ ...guest, peers: 1 }).phase).toBe('connecting'); // a peer, no workspace yet
    expect(nextPhase({ ...guest, synced: true }).phase).toBe('connecting'); // the workspace, but nobody left
    expect(nextPhase({ ...guest, synced: true, peers: 1 }).phase).toBe('connected');
  });

  it('others in the room who never answer mean another password, after a grace period', () => {
    const first = nextPhase({ ...guest, othersInRoom: 2 });
    expect(first).toEqual({ phase: 'connecting', othersSince: 1_000, wrongPassword: false });
    const still = nextPhase({ ...guest, othersInRoom: 2, othersSince: first.othersSince, now: 1_000 + WRONG_PASSWORD_MS });
    expect(still.phase).toBe('connecting');
    const late = nextPhase({ ...guest, othersInRoom: 2, othersSince: first.othersSince, now: 1_001 + WRONG_PASSWORD_MS });
    expect(late).toEqual({ phase: 'failed', othersSince: 1_000, wrongPassword: true });
  });

  it('an answer resets the wait; a Yjs server never blames the password', () => {
    expect(nextPhase({ ...guest, othersInRoom: 2, peers: 1, othersSince: 1 }).othersSince).toBeNull();
    expect(nextPhase({ ...guest, transport: 'yjs-server', othersInRoom: 2, othersSince: 1, now: 1e9 }).phase).toBe('connecting');
  });

  it('offline and failed stay until the user acts', () => {
    expect(nextPhase({ ...guest, phase: 'offline', synced: true, peers: 3 }).phase).toBe('offline');
    expect(nextPhase({ ...guest, phase: 'failed', synced: true, peers: 3 }).phase).toBe('failed');
  });
});
