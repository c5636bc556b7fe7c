/**
 * Matching form of a string: the pipeline's Arabic normalization (diacritics, hamza and alef
 * forms, ى/ي, ة/ه) plus lower case, so Latin typing matches English labels.
 */
import { normalizeArabic } from '../../pipeline/normalize';

export function matchForm(text: string): string {
  return normalizeArabic(text).toLowerCase();
}
