import type { Locale } from '../../shared/model';

/**
 * URL parameters are the documented way to start the renderer in a given state
 * (docs/URL_PARAMETERS.md). Unknown or malformed values are ignored.
 */
export interface StartOptions {
  /** `?debug=1`: expose `window.journeyDebug` for tests and benchmarks. */
  readonly debug: boolean;
  /** `?lang=en|id|ru`: interface language (and the language of a new workspace). */
  readonly lang: Locale | null;
  /** `?sample=1`: start with the sample workspace instead of the 5-stage template. */
  readonly sample: boolean;
}

export function parseStartOptions(search: string): StartOptions {
  const params = new URLSearchParams(search);
  const lang = params.get('lang');
  return {
    debug: params.get('debug') === '1',
    lang: lang === 'en' || lang === 'id' || lang === 'ru' ? lang : null,
    sample: params.get('sample') === '1',
  };
}
