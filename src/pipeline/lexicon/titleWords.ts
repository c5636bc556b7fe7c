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

/** Titles that are also everyday nouns (الفريق: a team or a lieutenant general; الحكم: a
 * referee or a verdict; العميد: a brigadier or a dean): alone before a single unknown word they
 * name nobody («الفريق نجح في…»); a known given name or a full name still follows them.
 * Read by stages/persons.ts. */
export const COMMON_NOUN_TITLE_WORDS: readonly string[] = ['الفريق', 'الحكم', 'العميد', 'اللواء'];

/** Ranks a grade word follows (الفريق أول، فريق أول ركن، اللواء الركن، النائب الأول): the grade
 * belongs to the title, not to the name after it. */
// Read by stages/titles.ts.
export const RANK_WORDS: readonly string[] = ['الفريق', 'فريق', 'اللواء', 'لواء', 'العميد', 'عميد'];
export const RANK_GRADE_WORDS: readonly string[] = ['أول', 'ركن', 'الركن', 'بحري', 'طيار'];
