import type { LaneKind } from '../model';

/**
 * The board's drawing constants, one definition for the canvas (renderer/src/board) and the
 * print document and exports (shared/export), so a printout never drifts from the screen.
 * The board must read from the back of a workshop room.
 */
export const FONT_FAMILY = '"Noto Sans", system-ui, sans-serif';
export const NOTE_FONT_SIZE = 16;
export const NOTE_PADDING = 10;
export const NOTE_LINE_HEIGHT = 1.25;

export const COLORS = {
  canvas: '#f4f5f7',
  header: '#ffffff',
  headerText: '#1f2328',
  laneLabel: '#ffffff',
  laneText: '#1f2328',
  grid: '#d0d7de',
  cell: '#fbfbfc',
  cellAlt: '#f6f7f9',
  selection: '#1c6ed6',
  noteText: '#1f2328',
  noteBorder: 'rgba(31,35,40,0.18)',
  muted: '#57606a',
} as const;

/** A colour stripe per lane kind, beside the lane's label. */
export const LANE_STRIPE: Record<LaneKind, string> = {
  actions: '#e0b400',
  touchpoints: '#1c7ed6',
  emotions: '#d6336c',
  painPoints: '#e03131',
  momentsOfTruth: '#7048e8',
  opportunities: '#2f9e44',
  kpis: '#0c8599',
  goals: '#e8590c',
  insights: '#868e96',
  custom: '#adb5bd',
};
