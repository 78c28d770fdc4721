/** The shape of the store before the slices (`editor.store`, compat.ts): state, set, subscribe. */
export interface Store<T> {
  get(): T;
  set(patch: Partial<T> | ((state: T) => Partial<T>)): void;
  subscribe(listener: () => void): () => void;
}
