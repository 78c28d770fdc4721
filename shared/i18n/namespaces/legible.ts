/** The legible namespace of the translation catalog (shared/i18n): the emotion curve's keyboard verbs. */
import type { Translation } from '../types';

export const en = {
  'curve.raise': 'Feeling better here',
  'curve.lower': 'Feeling worse here',
};

export const id: Translation<typeof en> = {
  'curve.raise': 'Perasaan lebih baik di sini',
  'curve.lower': 'Perasaan lebih buruk di sini',
};

export const ru: Translation<typeof en> = {
  'curve.raise': 'Здесь чувства лучше',
  'curve.lower': 'Здесь чувства хуже',
};
