/**
 * Words around organization names: ministries named by their field, adjectives after a place.
 * General knowledge, read by the stages named beside each list.
 */

/** «الخارجية الإيرانية»: a ministry named by its field alone, with its country. */
// Read by stages/organizations.ts.
export const MINISTRY_FIELDS_WORDS: readonly string[] = ['الخارجية', 'الداخلية', 'الدفاع'];

/** Adjectives that are no nisba yet follow a place inside a name (مكتبة غزة العامة). */
// Read by stages/organizations.ts.
export const AFTER_PLACE_WORDS: readonly string[] = ['العام', 'العامة', 'الكبرى', 'الكبير'];
