/**
 * The editor's one local store, in slices (selection, editing, camera, dialogs, …). A slice is
 * a typed token; its value is an immutable object replaced on every change, so selector hooks
 * compare what they read and a component re-renders only when that changed.
 */
export interface Slice<T extends object> {
  readonly name: string;
  readonly initial: () => T;
}

/** Declare a slice: the token its readers and writers share. Features may declare their own. */
export function defineSlice<T extends object>(name: string, initial: () => T): Slice<T> {
  return { name, initial };
}

export type SlicePatch<T> = Partial<T> | ((state: T) => Partial<T>);

/** One slice seen as a small store of its own (get, set, subscribe to its changes only). */
export interface SliceStore<T> {
  get(): T;
  set(patch: SlicePatch<T>): void;
  subscribe(listener: () => void): () => void;
}

/** Reads any slice of the store's current state (what selectors receive). */
export type SliceReader = <T extends object>(slice: Slice<T>) => T;

export class EditorStore {
  private values = new Map<Slice<object>, object>();
  private listeners = new Set<() => void>();
  private depth = 0;
  private changed = false;
  /** Bumped on every change: a cheap identity for "the state as a whole". */
  private version = 0;

  get<T extends object>(slice: Slice<T>): T {
    let value = this.values.get(slice) as T | undefined;
    if (value === undefined) {
      value = slice.initial();
      this.values.set(slice, value);
    }
    return value;
  }

  /** Merge a patch into a slice; nothing happens (and nobody is told) when every value is the same. */
  set<T extends object>(slice: Slice<T>, patch: SlicePatch<T>): void {
    const state = this.get(slice);
    const change = typeof patch === 'function' ? patch(state) : patch;
    const keys = Object.keys(change) as (keyof T)[];
    if (keys.every((key) => Object.is(state[key], change[key]))) return;
    this.values.set(slice, { ...state, ...change });
    this.changed = true;
    this.version++;
    if (this.depth === 0) this.emit();
  }

  /** Replace a slice whole (a slice keyed by board id, like the cameras). */
  replace<T extends object>(slice: Slice<T>, value: T): void {
    if (this.values.get(slice) === value) return;
    this.values.set(slice, value);
    this.changed = true;
    this.version++;
    if (this.depth === 0) this.emit();
  }

  /** Several changes, one notification (readers never see half of them). */
  batch<T>(fn: () => T): T {
    this.depth++;
    try {
      return fn();
    } finally {
      this.depth--;
      if (this.depth === 0 && this.changed) this.emit();
    }
  }

  readonly read: SliceReader = (slice) => this.get(slice);

  getVersion(): number {
    return this.version;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** A slice as its own store: its subscribers hear only changes to that slice. */
  slice<T extends object>(slice: Slice<T>): SliceStore<T> {
    return {
      get: () => this.get(slice),
      set: (patch) => this.set(slice, patch),
      subscribe: (listener) => {
        let last = this.get(slice);
        return this.subscribe(() => {
          const next = this.get(slice);
          if (next === last) return;
          last = next;
          listener();
        });
      },
    };
  }

  private emit(): void {
    this.changed = false;
    for (const listener of [...this.listeners]) listener();
  }
}
