import { useEffect, useRef, useState } from 'react';
import { formatRemaining } from '../../../shared/facilitation';
import type { Editor } from '../editor/editor';
import { useSlice } from '../editor/hooks';
import { useT } from '../i18n/I18nProvider';
import { facilitationFor, FACILITATION_UI } from './controller';
import './facilitation.css';

/** A short beep through WebAudio (only when the facilitator's sound toggle is on here). */
function beep(): void {
  try {
    const Ctx = window.AudioContext ?? (window as unknown as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext;
    if (!Ctx) return;
    const ctx = new Ctx();
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    osc.frequency.value = 880;
    gain.gain.setValueAtTime(0.2, ctx.currentTime);
    gain.gain.exponentialRampToValueAtTime(0.001, ctx.currentTime + 0.6);
    osc.connect(gain).connect(ctx.destination);
    osc.start();
    osc.stop(ctx.currentTime + 0.6);
    osc.onended = () => void ctx.close();
  } catch {
    // No audio device: the visual signal stays.
  }
}

/**
 * The shared timer as a chip: remaining time (m:ss), paused, or "Time's up" (a red chip that
 * pulses unless the person asked for reduced motion; an optional beep). Exported for
 * presentation mode; `large` draws it bigger.
 */
export function TimerChip({ app, large = false }: { app: Editor; large?: boolean }) {
  const t = useT();
  const f = facilitationFor(app);
  const timerState = useSlice(app, FACILITATION_UI, (s) => s.state.timer);
  const offsets = useSlice(app, FACILITATION_UI, (s) => s.offsets);
  const sound = useSlice(app, FACILITATION_UI, (s) => s.sound);
  const [, setTick] = useState(0);
  const beeped = useRef<number | null>(null);
  useEffect(() => {
    if (!timerState) return;
    const id = setInterval(() => setTick((n) => n + 1), 250);
    return () => clearInterval(id);
  }, [timerState]);
  const view = f.timer();
  useEffect(() => {
    if (view?.done && sound && timerState && beeped.current !== timerState.endsAt) {
      beeped.current = timerState.endsAt;
      beep();
    }
  });
  void offsets;
  if (!view) return null;
  const text = formatRemaining(view.remainingMs);
  const className = `timer-chip${large ? ' large' : ''}${view.done ? ' done' : ''}${view.paused ? ' paused' : ''}`;
  return (
    <div className={className} role="timer" aria-live={view.done ? 'assertive' : 'off'} aria-label={t('facilitation.timeLeft', { time: text })} data-testid="timer-chip" data-remaining-ms={view.remainingMs}>
      <span className="timer-icon" aria-hidden="true">⏱</span>
      <span className="timer-time">{view.done ? t('facilitation.timeUp') : text}</span>
      {view.paused && <span className="timer-state">{t('facilitation.paused')}</span>}
    </div>
  );
}
