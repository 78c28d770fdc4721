/** The board's drawing constants live in shared/layout/theme.ts (the canvas, print and exports draw from them). */
export * from '../../../shared/layout/theme';
