/**
 * The words of the sample workspace ("Open sample"), one file per language. The structure
 * (which note sits in which stage and lane, its channel, impact, curve scores) lives in
 * shared/model/sample.ts and is the same in every language; these files hold only the text,
 * written for each language rather than translated word for word.
 */
export interface SamplePersonaText {
  readonly name: string;
  readonly role: string;
  readonly quote: string;
  readonly demographics: string;
  readonly goals: string;
  readonly needs: string;
  readonly frustrations: string;
  readonly behaviours: string;
  readonly motivations: string;
}

/** The sample's notes, by a stable key (the same keys in every language). */
export const SAMPLE_NOTE_KEYS = [
  'seesAd',
  'socialAd',
  'shopWindow',
  'compares',
  'specsHard',
  'comparePage',
  'buys',
  'checkout',
  'deliveryFee',
  'cartAbandonment',
  'setsUp',
  'hotline',
  'calledSupport',
  'recommends',
  'referral',
] as const;
export type SampleNoteKey = (typeof SAMPLE_NOTE_KEYS)[number];

/** Five feeling labels, one per stage of the 5-stage journey. */
export type SampleFeelings = readonly [string, string, string, string, string];

export interface SampleText {
  /** The workspace's title. */
  readonly title: string;
  /** The persona board's title. */
  readonly personaBoard: string;
  /** The notes' author. */
  readonly author: string;
  /** The workspace's and the journey's goal. */
  readonly goal: string;
  /** The digital shopper and the in-store one. */
  readonly tim: SamplePersonaText;
  readonly trudy: SamplePersonaText;
  readonly notes: Readonly<Record<SampleNoteKey, string>>;
  /** The KPI note's fields. */
  readonly kpi: { readonly metric: string; readonly target: string; readonly current: string };
  readonly feelings: { readonly tim: SampleFeelings; readonly trudy: SampleFeelings };
}
