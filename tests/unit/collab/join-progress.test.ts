/**
 * What a joining guest is told while the workspace arrives and when it fails
 * (shared/collab/join-progress.ts; the renderer translates the keys, tested in the e2e).
 */
import { describe, expect, it } from 'vitest';
import { joinMessage, joinProgress } from '../../../shared/collab/join-progress';
import type { TransferStatus } from '../../../shared/collab/chunking';

const MB = 1024 * 1024;
const status = (over: Partial<TransferStatus>): TransferStatus => ({ arriving: null, arrivedBytes: 0, failure: null, droppedFrames: 0, resyncs: 0, ...over });

describe('join progress', () => {
  it('counts up while the workspace arrives, shows 100 % only once it is all here, and stays there', () => {
    expect(joinProgress(status({}), false)).toEqual({ receivedBytes: 0, totalBytes: 0, percent: null, arriving: false, failure: null });
    expect(joinMessage(joinProgress(status({}), false), false)).toEqual({ key: 'collab.connecting' });
    expect(joinMessage(joinProgress(status({}), false), true)).toEqual({ key: 'collab.receiving' });
    const part = joinProgress(status({ arriving: { receivedBytes: 2 * MB, totalBytes: 5 * MB } }), false);
    expect(part).toEqual({ receivedBytes: 2 * MB, totalBytes: 5 * MB, percent: 40, arriving: true, failure: null });
    expect(joinMessage(part, true)).toEqual({ key: 'collab.receivingPercent', percent: 40 });
    // The last frame not yet in: still 99 %.
    expect(joinProgress(status({ arriving: { receivedBytes: 5 * MB - 1, totalBytes: 5 * MB } }), false).percent).toBe(99);
    expect(joinProgress(status({ arrivedBytes: 5 * MB }), false)).toMatchObject({ percent: 100, totalBytes: 5 * MB });
    // Once synced it stays at 100 %, whatever else is arriving from other peers.
    expect(joinProgress(status({ arrivedBytes: 5 * MB, arriving: { receivedBytes: 1, totalBytes: 5 * MB } }), true)).toEqual({ receivedBytes: 5 * MB, totalBytes: 5 * MB, percent: 100, arriving: false, failure: null });
  });

  it('says why a transfer failed, until another copy starts arriving', () => {
    const failed = (reason: 'timeout' | 'peer-left' | 'too-large' | 'invalid') => joinProgress(status({ failure: { reason, receivedBytes: 2 * MB, totalBytes: 5 * MB } }), false);
    expect(joinMessage(failed('peer-left'), true)).toEqual({ key: 'collab.joinPeerLeft', percent: 40 });
    expect(joinMessage(failed('timeout'), true)).toEqual({ key: 'collab.joinStalled', percent: 40 });
    expect(joinMessage(failed('too-large'), true)).toEqual({ key: 'collab.joinTooLarge', bytes: 5 * MB });
    expect(joinMessage(failed('invalid'), false)).toEqual({ key: 'collab.joinInvalid' });
    // The host came back: its new copy's percentage again (the failure stays on record).
    const retry = joinProgress(status({ failure: { reason: 'peer-left', receivedBytes: 2 * MB, totalBytes: 5 * MB }, arriving: { receivedBytes: MB, totalBytes: 5 * MB } }), false);
    expect(joinMessage(retry, true)).toEqual({ key: 'collab.receivingPercent', percent: 20 });
    expect(retry.failure?.reason).toBe('peer-left');
  });
});
