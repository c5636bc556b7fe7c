/**
 * Words around title phrases: links that may end one, complements, audiences.
 * General knowledge, read by the stages named beside each list.
 */

// Read by stages/titles.ts.
export const TRAILING_LINKS_WORDS: readonly string[] = ['مع', 'في', 'لدى', 'عن', 'ل', 'و', 'إلى'];

// Read by stages/titles.ts.
export const SECRETARY_WORDS: readonly string[] = ['عام', 'سر', 'العام', 'السر', 'الصندوق'];

/** «قال مساعد الرئيس الروسي للصحفيين»: whom the speech is for ends the title. */
// Read by stages/titles.ts.
export const AUDIENCE_WORDS: readonly string[] = [
  'للصحفيين',
  'للصحافيين',
  'للصحافة',
  'للمراسلين',
  'للإعلاميين',
  'للتلفزيون',
  'للإذاعة',
];
