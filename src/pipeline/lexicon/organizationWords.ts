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

/** Titles that are also nisba adjectives (الإعلامي، البرلماني): adjectives inside a body's name
 * (المكتب الإعلامي), where a title proper (القاضي) never is. */
// Read by stages/organizations.ts.
export const NISBA_TITLE_WORDS: readonly string[] = [
  'الإعلامي',
  'الإعلامية',
  'الصحفي',
  'الصحافي',
  'البرلماني',
  'البرلمانية',
  'القيادي',
  'القيادية',
  'الاستشاري',
];
