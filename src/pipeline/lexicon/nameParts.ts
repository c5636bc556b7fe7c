/**
 * Parts of names: connectors inside a name and words that end one.
 * General knowledge, read by the stages named beside each list.
 */

/** Connectors of lineage (son of, daughter of, family of, sons of): after them a name always
 * goes on. Read by stages/persons.ts and stages/places.ts. */
export const LINEAGE_WORDS: readonly string[] = ['بن', 'بنت', 'ابن', 'آل', 'ولد', 'آيت'];

/** Of those, the ones before a father's name (son of, daughter of): «تركي بن عبدالله» (a word
 * before them is a given name), «سعد بن شريده الكعبي» is «سعد الكعبي». Read by words.ts and
 * stages/surnames.ts. */
export const NASAB_WORDS: readonly string[] = ['بن', 'بنت', 'ابن'];

/** Regnal numbers and ranks after a name (محمد الخامس). Read by stages/places.ts. */
export const ORDINAL_WORDS: readonly string[] = [
  'الأول',
  'الثاني',
  'الثالث',
  'الرابع',
  'الخامس',
  'السادس',
  'السابع',
  'الثامن',
  'التاسع',
  'العاشر',
];

// Read by stages/persons.ts.
export const CONNECTORS_WORDS: readonly string[] = [
  'بن',
  'بنت',
  'ابو',
  // «ولد بو بكر»: أبو written بو in the Maghreb's names.
  'بو',
  'ابن',
  'عبد',
  'آل',
  'ال',
  'دي',
  'فون',
  'فان',
  'دير',
  'ولد',
  // «خالد آيت الطالب»: آيت (sons of) opens Amazigh family names in Morocco and Algeria.
  'آيت',
  'أيت',
];

// Read by stages/persons.ts.
export const PREPOSITIONS_WORDS: readonly string[] = [
  'في',
  'من',
  'الى',
  'علي',
  'عن',
  'و',
  'مع',
  'ان',
];

/** Given names that are ordinary words too: «صالح» interest, «أمين» trustworthy, «فارس» knight. */
// Read by stages/persons.ts.
export const AMBIGUOUS_GIVEN_WORDS: readonly string[] = [
  'صالح',
  'أمين',
  'كريم',
  'جميل',
  'سعيد',
  'حسن',
  'نبيل',
  'عادل',
  'فاضل',
  'فارس',
  'سالم',
  'رشيد',
  // Names that are ordinary words too: struggle, thunder, owner, victory, sword, pride…
  'جهاد',
  'مالك',
  'كامل',
  'عزيز',
  'لطيف',
  'غالب',
  'صادق',
  'سليم',
  'نصر',
  'فرج',
  'فريد',
  'سيف',
  'صفاء',
  'رضا',
  'عوض',
  'ثائر',
  'صقر',
  'رعد',
  'نضال',
  'ناجح',
  'عزة',
  // Omen, mighty, proud, inspiration, believer: ordinary words as well.
  'إلهام',
  'مؤمن',
  'إسعاد',
  'فال',
  'جبار',
  'فاخر',
  // A good deed, survival.
  'حسنة',
  'نجاة',
  'وردة',
  'زهرة',
  'فرح',
  'سماح',
  'دلال',
  // under way (جارٍ العمل), my neighbour: also Gary
  'جاري',
  // winner, bearer of good news, blessed
  'فائز',
  'بشير',
  'مبارك',
  // a Muslim; safe; a gift, faith, a smile, victory, hope
  'مسلم',
  'آمنة',
  'هبة',
  'إيمان',
  'ابتسام',
  'انتصار',
  'أمل',
  // Sunni (feminine); names (a plural noun); in the name of (باسم الحكومة)
  'سنية',
  'أسماء',
  'باسم',
];

/** Honorifics that are part of a person's name as the press writes it, before a given name
 * (الشريف ناصر بن جميل: the Hashemites'; مولاي رشيد الحسني: Morocco's): the name opens with
 * them, and it is an Arabic one. */
// Read by stages/persons.ts.
export const NAME_HONORIFIC_WORDS: readonly string[] = ['الشريف', 'مولاي'];

/** Ranks of royalty and religion that institutions are named after with their bearer's name
 * (مستشفى الملك نادر، جامعة السلطان ماجد، مركز الشيخة سلمى للأبحاث: the rows of
 * tests/unit/pipeline/outlets-and-bodies.test.ts): after such a body's noun the rank and the name
 * are the body's own name. Read by words.ts (isHonoreeRank). */
export const HONOREE_RANK_WORDS: readonly string[] = [
  'الملك',
  'الملكة',
  'الأمير',
  'الأميرة',
  'الشيخ',
  'الشيخة',
  'السلطان',
  'السلطانة',
  'الإمام',
  'الشهيد',
  'الشهيدة',
];

/** Honorifics that sit inside a family's name (سليم الحاج منصور، محمد الحاج علي): between a
 * given name and the next name word they belong to the name. Read by stages/persons.ts. */
export const INNER_HONORIFIC_WORDS: readonly string[] = ['الحاج'];

/** Given names that are function words too (صباح: in the morning): a name only before a family
 * name made of ال and a given name, the Gulf's (صباح الأحمد، صباح الخالد), never before a day. */
// Read by words.ts.
export const STOP_GIVEN_WORDS: readonly string[] = ['صباح'];

/** Title words that are family names too (علي الشيخ، محمد القاضي، سامي الإمام): after a given
 * name, closed at once by a comma or أن, they end the name. */
export const TITLE_FAMILY_NAMES: readonly string[] = [
  'الشيخ',
  'القاضي',
  'الإمام',
  'الخطيب',
  'المفتي',
  // Family names across the Arab world that are offices too (the deputy, the minister, the
  // prince, the syndic).
  'الوكيل',
  'الوزير',
  'الأمير',
  'النقيب',
];

/** «سامي الحداد الفائز بالجائزة»: the participles of winning and holding that follow a name to say
 * what its bearer won — never a family name. Read by stages/persons.ts. */
export const WINNER_EPITHET_WORDS: readonly string[] = ['الفائز', 'الحائز', 'الحاصل', 'المتوج'];
