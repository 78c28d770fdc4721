/**
 * Lane kinds: what a journey map records per stage (DOMAIN.md, "Lanes").
 * Each kind decides the default colour of its notes and which extra fields they carry.
 */
export const LANE_KINDS = [
  'actions',
  'touchpoints',
  'emotions',
  'painPoints',
  'momentsOfTruth',
  'opportunities',
  'kpis',
  'goals',
  'insights',
  'custom',
] as const;
export type LaneKind = (typeof LANE_KINDS)[number];

export const NOTE_COLORS = ['yellow', 'orange', 'pink', 'red', 'purple', 'blue', 'teal', 'green', 'grey', 'white'] as const;
export type NoteColor = (typeof NOTE_COLORS)[number];

/** The colour a new note gets in a lane of this kind, so kinds read apart at a glance. */
export const LANE_DEFAULT_COLOR: Record<LaneKind, NoteColor> = {
  actions: 'yellow',
  touchpoints: 'blue',
  emotions: 'pink',
  painPoints: 'red',
  momentsOfTruth: 'purple',
  opportunities: 'green',
  kpis: 'teal',
  goals: 'orange',
  insights: 'grey',
  custom: 'yellow',
};

/** Fill colours (sticky-note pastels with enough contrast for dark text on a projector). */
export const NOTE_FILL: Record<NoteColor, string> = {
  yellow: '#fff3a3',
  orange: '#ffd8a8',
  pink: '#ffc9de',
  red: '#ffb3b3',
  purple: '#dcc8ff',
  blue: '#bfe0ff',
  teal: '#b4eee4',
  green: '#c8f2b8',
  grey: '#e3e6ea',
  white: '#ffffff',
};
