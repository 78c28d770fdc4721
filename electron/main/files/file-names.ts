/** Names and paths of `.journey` files: dialog filters, suggested names, the extension. */
import { extname } from 'node:path';

export const JOURNEY_EXTENSION = 'journey';

/** The filter every open/save dialog shows. */
export const JOURNEY_FILTER = { name: 'Journey workspace', extensions: [JOURNEY_EXTENSION] } as const;

const UNSAFE_CHARACTERS = /[\u0000-\u001f\u007f<>:"/\\|?*]/g;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/**
 * A safe default file name for the Save dialog from whatever the renderer suggested (usually the
 * workspace title): no folders, no characters Windows/macOS refuse, never empty, ends in .journey.
 */
export function suggestedFileName(suggestion: string): string {
  let stem = suggestion.replace(UNSAFE_CHARACTERS, '-').trim();
  if (stem.toLowerCase().endsWith(`.${JOURNEY_EXTENSION}`)) stem = stem.slice(0, -(JOURNEY_EXTENSION.length + 1));
  // Windows refuses trailing dots/spaces and names like "CON".
  stem = stem.replace(/[. ]+$/, '').replace(/^\.+/, '').slice(0, 120).trim();
  if (stem === '' || WINDOWS_RESERVED.test(stem)) stem = stem === '' ? 'Untitled' : `${stem}-workspace`;
  return `${stem}.${JOURNEY_EXTENSION}`;
}

/** `path` with `.journey` appended unless it already ends in it (any case). */
export function withJourneyExtension(path: string): string {
  return extname(path).toLowerCase() === `.${JOURNEY_EXTENSION}` ? path : `${path}.${JOURNEY_EXTENSION}`;
}
