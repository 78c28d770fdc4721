import * as Y from 'yjs';

/**
 * A seeded, misbehaving network for convergence tests, after Yjs's own tests/testHelper.js:
 * every peer sends its updates to every peer it is connected to; messages wait in per-link
 * queues and are delivered one at a time, in random order (not even first-in first-out per
 * link), whenever the test lets the network run. A partition drops the links between groups
 * together with whatever was in flight on them; when a link comes back, both ends exchange
 * what the other lacks (state vector sync), as a provider does on reconnect.
 */

/** mulberry32: small, fast, and the same sequence for the same seed on every machine. */
export interface Rng {
  /** [0, 1) */
  next(): number;
  /** integer in [min, max] */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
}

export function seededRng(seed: number): Rng {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: (items) => {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[int(0, items.length - 1)]!;
    },
  };
}

/** Origin of updates the network applies, so they are not sent on again. */
export const NETWORK_ORIGIN = Symbol('fake-network');

export class FakeNetwork {
  private readonly linked: boolean[][];
  /** queues[from][to]: updates sent from one peer, not yet received by the other. */
  private readonly queues: Uint8Array[][][];
  private readonly offs: (() => void)[] = [];
  /** Messages delivered and dropped so far, for the test's own sanity checks. */
  delivered = 0;
  dropped = 0;

  /** Chance that a delivered message stays queued and arrives again later (a duplicate). */
  duplicateChance = 0;
  duplicated = 0;

  constructor(
    readonly docs: readonly Y.Doc[],
    private readonly rng: Rng,
  ) {
    const n = docs.length;
    this.linked = docs.map((_, i) => docs.map((__, j) => i !== j));
    this.queues = docs.map(() => docs.map(() => []));
    docs.forEach((doc, from) => {
      const onUpdate = (update: Uint8Array, origin: unknown) => {
        if (origin === NETWORK_ORIGIN) return; // full mesh: no need to relay
        for (let to = 0; to < n; to++) if (this.linked[from]![to]) this.queues[from]![to]!.push(update);
      };
      doc.on('update', onUpdate);
      this.offs.push(() => doc.off('update', onUpdate));
    });
  }

  /** Messages waiting on all links. */
  get pending(): number {
    let count = 0;
    for (const row of this.queues) for (const queue of row) count += queue.length;
    return count;
  }

  /** Deliver one waiting message, chosen at random over all links and positions. */
  deliverOne(): boolean {
    const links: [number, number][] = [];
    this.queues.forEach((row, from) => row.forEach((queue, to) => queue.length && links.push([from, to])));
    if (links.length === 0) return false;
    const [from, to] = this.rng.pick(links);
    const queue = this.queues[from]![to]!;
    const at = this.rng.int(0, queue.length - 1);
    const duplicate = this.duplicateChance > 0 && this.rng.chance(this.duplicateChance);
    const [update] = duplicate ? [queue[at]] : queue.splice(at, 1);
    if (duplicate) this.duplicated++;
    Y.applyUpdate(this.docs[to]!, update!, NETWORK_ORIGIN);
    this.delivered++;
    return true;
  }

  /** Deliver up to `count` messages; the rest stay delayed. */
  deliver(count: number): void {
    for (let i = 0; i < count && this.deliverOne(); i++);
  }

  /** Cut the network into groups (peer indices); peers in no group are alone. */
  partition(groups: readonly (readonly number[])[]): void {
    const group = this.docs.map((_, i) => groups.findIndex((g) => g.includes(i)));
    this.setLinks((i, j) => group[i] !== -1 && group[i] === group[j]);
  }

  /** Every link up again; peers that were apart sync. */
  heal(): void {
    this.setLinks(() => true);
  }

  /** Heal and deliver everything, including what the deliveries make peers send. */
  flush(): void {
    this.heal();
    while (this.deliverOne());
  }

  destroy(): void {
    for (const off of this.offs) off();
  }

  private setLinks(up: (i: number, j: number) => boolean): void {
    const n = this.docs.length;
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        if (i === j) continue;
        const want = up(i, j) && up(j, i);
        if (want === this.linked[i]![j]) continue;
        this.linked[i]![j] = want;
        if (!want) {
          // In flight on a cut link: lost.
          this.dropped += this.queues[i]![j]!.length;
          this.queues[i]![j] = [];
        } else {
          // Reconnected: send what the other end lacks (sync step 2, each direction).
          this.queues[i]![j]!.push(Y.encodeStateAsUpdate(this.docs[i]!, Y.encodeStateVector(this.docs[j]!)));
        }
      }
    }
  }
}
