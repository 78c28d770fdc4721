import { describe, expect, it } from 'vitest';
import { clockEstimate, readClock } from '../../../renderer/src/facilitation/clock';
import { timerView, startedTimer } from '../../../shared/facilitation';

describe('clock readings from awareness', () => {
  it('hostile states read as nothing', () => {
    for (const state of [null, 5, {}, { facilitation: 'x' }, { facilitation: { id: '__proto__/../', clock: 1 } }, { facilitation: { id: 'abc', clock: 'now' } }, { facilitation: { id: 'abc', clock: Infinity } }]) {
      expect(readClock(state)).toBeNull();
    }
    expect(readClock({ user: { name: 'Ира'.repeat(30) }, facilitation: { id: 'abc', clock: 5 } })).toEqual({ id: 'abc', clock: 5, name: 'Ира'.repeat(30).slice(0, 40) });
  });

  it('a stale first reading is overruled by a fresh one: the fastest sample wins, and a late joiner agrees within a second', () => {
    const skew = 5 * 60_000; // the facilitator's clock is 5 minutes behind ours
    const samples = new Map<string, number[]>();
    // The first reading a newcomer gets was published 1.9 s before it arrived.
    const stale = clockEstimate(samples, 'f', -skew - 1900);
    const fresh = clockEstimate(samples, 'f', -skew - 12);
    const slower = clockEstimate(samples, 'f', -skew - 300);
    expect(stale).toBe(-skew - 1900);
    expect(fresh).toBe(-skew - 12);
    expect(slower).toBe(-skew - 12);
    const facilitatorNow = 2_000_000_000_000;
    const timer = startedTimer(180_000, 'f', facilitatorNow);
    const mine = timerView(timer, facilitatorNow + skew + 30_000, slower)!;
    const theirs = timerView(timer, facilitatorNow + 30_000, 0)!;
    expect(Math.abs(mine.remainingMs - theirs.remainingMs)).toBeLessThan(1000);
    // Only the last five samples count: a clock set back is believed again after five readings.
    for (let i = 0; i < 5; i++) clockEstimate(samples, 'f', -skew - 60_000);
    expect(clockEstimate(samples, 'f', -skew - 60_000)).toBe(-skew - 60_000);
  });
});

describe('a timer never shows more than it was set for', () => {
  it('a peer whose clock offset is estimated a little short still shows 5:00 at the start, not 5:01', () => {
    const timer = startedTimer(5 * 60_000, 'ana', 1_000_000);
    // Ana's clock reading arrived 40 ms late, so this peer thinks Ana's clock is 40 ms behind where it is.
    const view = timerView(timer, 1_000_000, -40)!;
    expect(view.remainingMs).toBe(5 * 60_000);
    expect(Math.ceil(view.remainingMs / 1000)).toBe(300);
  });
});
