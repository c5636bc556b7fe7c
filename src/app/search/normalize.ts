/**
 * Matching form of a string: the pipeline's Arabic normalization (diacritics, hamza and alef
 * forms, ى/ي, ة/ه) plus lower case, so Latin typing matches English labels.
 */
import { normalizeArabic } from '../../pipeline/normalize';

export function matchForm(text: string): string {
  return normalizeArabic(text).toLowerCase();
}

/**
 * Consonant skeleton of a matching form: the long vowels ا و ي are dropped after each word's
 * first letter, so transliterations that differ only in them meet (بوتن/بوتين,
 * زيلنسكي/زيلينسكي, سيرجي/سيرغي does not: that is a consonant). A fallback, weaker than a match.
 */
export function skeletonForm(form: string): string {
  return form
    .split(' ')
    .map((word) => word.slice(0, 1) + word.slice(1).replace(/[اوي]/g, ''))
    .join(' ');
}
