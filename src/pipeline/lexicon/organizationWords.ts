/**
 * Words around organization names: ministries named by their field, adjectives after a place.
 * General knowledge, read by the stages named beside each list.
 */

/** «الخارجية الإيرانية»: a ministry named by its field alone, with its country. */
// Read by stages/organizations.ts.
export const MINISTRY_FIELDS_WORDS: readonly string[] = ['الخارجية', 'الداخلية', 'الدفاع'];

/** Fields of a ministry without the article, in construct between a minister and the country:
 * «وزير خارجية فرنسا», «وزيرة دفاع النرويج», «وزير مالية الولايات المتحدة». */
// Read by stages/titles.ts.
export const CONSTRUCT_MINISTRY_FIELDS_WORDS: readonly string[] = [
  'خارجية',
  'داخلية',
  'دفاع',
  'مالية',
  'عدل',
  'صحة',
  'تجارة',
  'زراعة',
  'نفط',
  'طاقة',
  'اقتصاد',
  'ثقافة',
  'تعليم',
  'سياحة',
  'نقل',
  'عمل',
];

/** Adjectives that are no nisba yet follow a place inside a name (مكتبة غزة العامة). */
// Read by stages/organizations.ts.
export const AFTER_PLACE_WORDS: readonly string[] = ['العام', 'العامة', 'الكبرى', 'الكبير'];

/** Kinds of government: «الحكومة الشرعية», «الحكومة الفيدرالية الإثيوبية», «الحكومة
 * الانتقالية» name one government of the article, with or without its nationality after them
 * (not «الحكومة المحلية» or «الحكومة الجديدة», which describe any). */
// Read by stages/organizations.ts.
export const GOVERNMENT_KIND_WORDS: readonly string[] = [
  'الشرعية',
  'الفيدرالية',
  'الاتحادية',
  'الانتقالية',
  'المؤقتة',
];

/** Participles of affiliation: «الوحدة التنفيذية التابعة للحكومة» — what follows says whose the
 * body is, it is not part of its name. */
// Read by stages/organizations.ts.
export const AFFILIATION_WORDS: readonly string[] = [
  'التابع',
  'التابعة',
  'التابعين',
  'التابعون',
  'التابعتين',
];

/** Nouns of elections: an office named after them is run for, not a body (انتخابات الرئاسة). */
// Read by stages/organizations.ts.
export const ELECTION_WORDS: readonly string[] = [
  'انتخابات',
  'الانتخابات',
  'مرشح',
  'مرشحة',
  'مرشحي',
  'مرشحو',
  'سباق',
  'منصب',
  'كرسي',
  'الترشح',
  'ترشح',
];

/** Parts every company, club, school or festival has: named alone (with their adjectives) they
 * are no organization of their own (مجلس الإدارة، الجهاز الفني للمنتخب، لجنة التحكيم). Read by
 * stages/organizations.ts. */
export const GENERIC_BODY_WORDS: readonly string[] = [
  'مجلس الإدارة',
  'هيئة التدريس',
  'الجهاز الفني',
  'الجهاز الطبي',
  'لجنة التحكيم',
  'مجلس الأمناء',
];

/** Titles that are also nisba adjectives (الإعلامي، البرلماني): adjectives inside a body's name
 * (المكتب الإعلامي), where a title proper (القاضي) never is. */
// Read by stages/organizations.ts.
export const NISBA_TITLE_WORDS: readonly string[] = [
  // «رابطة العالم الإسلامي»: العالَم (the world), written like العالِم (the scientist).
  'العالم',

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

/** Latin letters spelled in Arabic: two or more in a row are an acronym's name (تي آر تي، إم بي
 * سي، سي إن بي سي). The ambiguous ones (إن، في، أو) count only beside an unambiguous one.
 * Read by stages/organizations.ts. */
export const LETTER_NAMES: readonly string[] =
  `إيه ايه بي سي دي إي اي إف اف جي إتش اتش آي جيه كيه كاي
إم ام أو كيو آر ار إس اس تي يو دبليو إكس اكس واي زد`
    .split(/\s+/)
    .filter((w) => w.length > 0);
export const AMBIGUOUS_LETTER_NAMES: readonly string[] = ['إن', 'ان', 'في', 'أو', 'إل'];
/** Words that finish a media acronym's name: «سي إن بي سي عربية», «بي إن سبورت». */
export const ACRONYM_TAILS: readonly string[] = ['عربية', 'العربية', 'نيوز', 'سبورت', 'سبورتس'];

/** Fields a company is named by after its name with ل (العربية للطيران، مصر للطيران، الوطنية
 * للبترول، السعودية للكهرباء). Read by stages/organizations.ts. */
export const COMPANY_FIELDS: readonly string[] =
  `طيران الطيران اتصالات الاتصالات تأمين التأمين بترول البترول
كهرباء الكهرباء استثمار الاستثمار تطوير التطوير صناعات الصناعات أسمنت الأسمنت إسمنت الإسمنت سياحة
السياحة نقل النقل شحن الشحن تمويل التمويل أدوية الأدوية حديد الحديد صلب الصلب تعدين التعدين`
    .split(/\s+/)
    .filter((w) => w.length > 0);

/** Adjectives that describe a body already named rather than name a new one: «المكتب الأممي»
 * after «مكتب الأمم المتحدة للشؤون الإنسانية», «المنظمة الدولية», «الهيئة الحكومية». */
// Read by stages/organizations.ts.
export const DESCRIBING_BODY_ADJECTIVES: readonly string[] = [
  'الأممي',
  'الأممية',
  'الدولي',
  'الدولية',
  'الحكومي',
  'الحكومية',
];

/** Words that end a company's name after a proper name or a place: «دبي القابضة», «إعمار
 * العقارية», «مراس القابضة» (a holding, a real-estate company), and the English words of a
 * trade the Arabic press transliterates (تليكوم، إنيرجي، بتروليوم، جروب، موبايل). */
// Read by stages/organizations.ts.
export const COMPANY_TAIL_WORDS: readonly string[] = [
  'القابضة',
  'العقارية',
  'تليكوم',
  'تيليكوم',
  'إنيرجي',
  'بتروليوم',
  'جروب',
  'غروب',
  'موبايل',
];

/** A body's standing, said after its name (حزب الأمة المعارض، التحالف الوطني الحاكم): it
 * describes the named body; alone after the head it is the name (الحزب الحاكم). */
// Read by stages/organizations.ts.
export const STANDING_WORDS: readonly string[] = ['المعارض', 'المعارضة', 'الحاكم', 'الحاكمة'];

/** Participles that govern a ب-phrase (المكلفة بالتحقيق، المعنية بالملف، المختصة بالنظر): after a
 * body's name they open a clause about it. */
// Read by stages/organizations.ts.
export const GOVERNING_PARTICIPLE_WORDS: readonly string[] = [
  'المكلف',
  'المكلفة',
  'المعني',
  'المعنية',
  'المختص',
  'المختصة',
  'المسؤول',
  'المسؤولة',
];
