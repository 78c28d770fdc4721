/**
 * The session's phase from what the transport reports: plain data in, plain data out, so the
 * rules (when a guest is connected, when silence means a wrong password) are tested in Node.
 */
export type CollabPhase =
  /** Not in a room. */
  | 'idle'
  /** In a room, looking for the others / waiting for the workspace. */
  | 'connecting'
  /** In a room; for a guest, the workspace has arrived. */
  | 'connected'
  /** Cut off by the user (or the debug hook); local edits merge on reconnect. */
  | 'offline'
  /** Could not join: wrong password, insecure page, no server. */
  | 'failed';

/** How long a guest waits for someone to decrypt its signaling before blaming the password. */
export const WRONG_PASSWORD_MS = 8000;

export interface PhaseInput {
  readonly phase: CollabPhase;
  readonly role: 'host' | 'guest' | null;
  /** Guest: the workspace arrived. Host: always. */
  readonly synced: boolean;
  readonly transport: 'webrtc' | 'yjs-server';
  readonly peers: number;
  readonly othersInRoom: number;
  /** Since when others are in the room and none has answered (null: not the case until now). */
  readonly othersSince: number | null;
  readonly now: number;
}

export interface PhaseOutput {
  readonly phase: CollabPhase;
  readonly othersSince: number | null;
  /** The phase became `failed` because nobody in the room could read us. */
  readonly wrongPassword: boolean;
}

export function nextPhase(input: PhaseInput): PhaseOutput {
  const { phase, role, synced, transport, peers, othersInRoom, now } = input;
  // Offline and failed are left only by the user (reconnect, leave, join again).
  if (phase === 'offline' || phase === 'failed') return { phase, othersSince: input.othersSince, wrongPassword: false };
  const next: CollabPhase = synced && (peers > 0 || role === 'host') ? 'connected' : 'connecting';
  // Guests: others are in the room but none has answered us. With y-webrtc that means
  // they cannot decrypt our signaling: the password differs.
  if (role === 'guest' && !synced && peers === 0 && othersInRoom > 0 && transport === 'webrtc') {
    const since = input.othersSince ?? now;
    if (now - since > WRONG_PASSWORD_MS) return { phase: 'failed', othersSince: since, wrongPassword: true };
    return { phase: next, othersSince: since, wrongPassword: false };
  }
  return { phase: next, othersSince: null, wrongPassword: false };
}
