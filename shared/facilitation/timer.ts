import type { TimerState } from './state';

/**
 * Timer maths. The doc stores `endsAt` in the clock of the participant who started (or last
 * resumed) the timer (`by`). Each peer knows its offset to that clock (clock.ts: the
 * difference between the clock reading `by` last published in awareness and this machine's
 * clock when it arrived), so machines whose clocks differ by minutes agree within the
 * network's delay.
 */

export const TIMER_PRESETS_MS = [60_000, 3 * 60_000, 5 * 60_000, 10 * 60_000] as const;
export const MAX_TIMER_MS = 24 * 3600_000 - 1;

export interface TimerView {
  running: boolean;
  paused: boolean;
  /** Rounded down to the millisecond, never below 0. */
  remainingMs: number;
  durationMs: number;
  /** Reached zero (and not paused). */
  done: boolean;
}

/**
 * The timer as this machine sees it now. `offsetToBy` = (by's clock) − (this clock), 0 when
 * this machine is `by` or `by` is not known here.
 */
export function timerView(timer: TimerState | null, myNow: number, offsetToBy: number): TimerView | null {
  if (!timer) return null;
  if (timer.pausedRemainingMs !== null) {
    return { running: false, paused: true, remainingMs: Math.max(0, Math.floor(timer.pausedRemainingMs)), durationMs: timer.durationMs, done: false };
  }
  // Never more than the timer was set for: an offset estimate a few ms short (a clock reading
  // delayed on its way) must not show a 5-minute timer as 5:01 on a peer.
  const remaining = Math.max(0, Math.min(timer.durationMs, Math.floor(timer.endsAt - (myNow + offsetToBy))));
  return { running: remaining > 0, paused: false, remainingMs: remaining, durationMs: timer.durationMs, done: remaining === 0 };
}

/** A new running timer of `durationMs`, in `by`'s clock reading `byNow`. */
export function startedTimer(durationMs: number, by: string, byNow: number): TimerState {
  return { durationMs, endsAt: byNow + durationMs, pausedRemainingMs: null, by };
}

export function pausedTimer(timer: TimerState, byNow: number, offsetToBy: number): TimerState {
  if (timer.pausedRemainingMs !== null) return timer;
  return { ...timer, pausedRemainingMs: Math.max(0, timer.endsAt - (byNow + offsetToBy)) };
}

/** Resume in the resuming participant's clock (it becomes `by`). */
export function resumedTimer(timer: TimerState, by: string, byNow: number): TimerState {
  if (timer.pausedRemainingMs === null) return timer;
  return { ...timer, endsAt: byNow + timer.pausedRemainingMs, pausedRemainingMs: null, by };
}

/** Add time (a minute); a finished timer starts again from the added time. */
export function extendedTimer(timer: TimerState, addMs: number, by: string, byNow: number, offsetToBy: number): TimerState {
  if (timer.pausedRemainingMs !== null) {
    return { ...timer, pausedRemainingMs: Math.min(MAX_TIMER_MS, timer.pausedRemainingMs + addMs), durationMs: Math.min(MAX_TIMER_MS, timer.durationMs + addMs) };
  }
  const remaining = Math.max(0, timer.endsAt - (byNow + offsetToBy));
  return { durationMs: Math.min(MAX_TIMER_MS, timer.durationMs + addMs), endsAt: byNow + Math.min(MAX_TIMER_MS, remaining + addMs), pausedRemainingMs: null, by };
}

/** "4:05", "12:00", "1:02:03". */
export function formatRemaining(ms: number): string {
  const total = Math.ceil(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/** The offset to another clock from a reading of it that just arrived: theirs − mine. */
export function clockOffset(theirClock: number, myNowAtReceipt: number): number {
  return theirClock - myNowAtReceipt;
}
