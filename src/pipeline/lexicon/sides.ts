/**
 * Words that name sides and delegations and open or close their member lists.
 * General knowledge, read by the stages named beside each list.
 */

/** Words that name a side: a delegation, a side or party (الطرف), a mission (بعثة المنتخب). */
// Read by stages/delegations.ts.
export const SIDE_NOUNS: readonly string[] = [
  'الوفد',
  'وفد',
  'الجانب',
  'الوفدين',
  'الطرف',
  'البعثة',
  'بعثة',
  // «استقبل وفداً سعودياً»: the accusative, with a nationality in the accusative after it.
  'وفدا',
];

// Read by stages/delegations.ts.
export const LIST_VERBS_WORDS: readonly string[] = [
  'ضم',
  'يضم',
  'سيضم',
  'تضم',
  'ستضم',
  'حضر',
  'شارك',
  'يشارك',
  'رافق',
  'يرافق',
  'شمل',
  'يشمل',
  'تألف',
  'يتألف',
  'ضمّ',
  // feminine forms (البعثة، الجهة): «وضمت البعثة …»
  'ضمت',
  'شملت',
  'تألفت',
  'رافقت',
  'شاركت',
];

/** «الوفد الأردني برئاسة X، بمشاركة Y», «ترأس الوفد X، بمشاركة Y»: after the head's phrase
 * these words open the members.
 * Read by stages/delegations.ts. */
export const HEADED_BY_WORDS: readonly string[] = [
  'برئاسة',
  'يرأسه',
  'يترأسه',
  // «ترأس الوفد …»: the verb before the side.
  'ترأس',
  'ترأست',
  'يترأس',
  'تترأس',
];
export const JOINED_BY_WORDS: readonly string[] = ['بمشاركة', 'وبمشاركة', 'وبعضوية', 'بعضوية'];

// Read by stages/delegations.ts.
export const LIST_STOPS_WORDS: readonly string[] = [
  'بينما',
  'فيما',
  'وفيما',
  'حين',
  'أما',
  'وأما',
  'بينهم',
  'فيما',
];

// Read by stages/delegations.ts.
// Also read by stages/speakers.ts (who is named inside a relative clause is no subject).
export const RELATIVES_WORDS: readonly string[] = ['الذي', 'التي', 'الذين', 'اللذين', 'اللتين'];

/** «وفد الحكومة», «وفدا الحكومة والمعارضة», «بعثة المنتخب»: side nouns in construct with the
 * body they speak for; and «الوفد», «البعثة» named before without their qualifier.
 * Read by stages/delegations.ts. */
export const BODY_SIDE_WORDS: readonly string[] = ['وفد', 'وفدا', 'وفدي', 'بعثة'];
export const DEFINITE_SIDE_WORDS: readonly string[] = ['الوفد', 'البعثة'];

/** Verbs that put their object or subject at the head of a side, normalized, clitics off. */
// Read by stages/explicit-heads.ts.
export const LEADS_WORDS: readonly string[] = [
  'تراس',
  'تراست',
  'يتراس',
  'تتراس',
  'يراس',
  'تراس',
  'قاد',
  'قادت',
  'يقود',
  'تقود',
];

/** «برئاسة» / «بقيادة» right after the side. */
// Read by stages/explicit-heads.ts.
export const LED_BY_WORDS: readonly string[] = ['برئاسه', 'بقياده'];
