/**
 * Host results keep their failure's text as a message (shared/i18n); tests read it as a user
 * with the app in English would: `inEnglish(result).failure.message` is the drawn sentence.
 */
import { translatorFor, type Message } from '../../shared/i18n';

const isMessage = (value: unknown): value is Message => typeof value === 'object' && value !== null && 'key' in value && typeof (value as Message).key === 'string';

export function inEnglish<T>(value: T): T {
  if (isMessage(value)) return translatorFor('en').text(value) as T;
  if (Array.isArray(value)) return value.map(inEnglish) as T;
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, inEnglish(v)])) as T;
  return value;
}
