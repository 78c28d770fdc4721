import type { SampleText } from './content';
import { SAMPLE_EN } from './en';
import { SAMPLE_ID } from './id';
import { SAMPLE_RU } from './ru';

export * from './content';

/** The sample's words in each UI language. */
export const SAMPLE_TEXT: { readonly en: SampleText; readonly id: SampleText; readonly ru: SampleText } = { en: SAMPLE_EN, id: SAMPLE_ID, ru: SAMPLE_RU };
