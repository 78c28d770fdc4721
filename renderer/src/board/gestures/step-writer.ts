import type { GestureEnv, GestureStep } from './types';

/** How often (ms) a gesture that changes the doc while it runs writes: a few times a second. */
export const WRITE_INTERVAL_MS = 200;

/**
 * Doc writes of one gesture: throttled while it runs (peers see it change), the last one always
 * written, all of them one undo step opened on the first write and closed at the end.
 */
export class StepWriter {
  private step: GestureStep | null = null;
  private lastWrite = Number.NEGATIVE_INFINITY;
  private pending: (() => void) | null = null;

  constructor(private readonly env: GestureEnv) {}

  /** Write now if the last write is long enough ago; otherwise keep it for later (or `finish`). */
  write(fn: () => void): void {
    this.pending = fn;
    if (this.env.now() - this.lastWrite >= WRITE_INTERVAL_MS) this.flush();
  }

  /** Whether anything reached the doc. */
  get wrote(): boolean {
    return this.step !== null;
  }

  private flush(): void {
    const fn = this.pending;
    if (!fn) return;
    this.pending = null;
    this.step ??= this.env.editor.beginStep();
    this.lastWrite = this.env.now();
    this.step.edit(fn);
  }

  /** Write what is pending (and `last`, if given) and close the step. */
  finish(last?: () => void): void {
    if (last) this.pending = last;
    this.flush();
    this.step?.end();
  }

  /** Drop what is pending and close the step (a cancelled gesture's caller undoes it). */
  close(): void {
    this.pending = null;
    this.step?.end();
  }
}
