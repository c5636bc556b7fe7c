/**
 * Spellings that name two places (general knowledge). Without diacritics «عمان» is both Amman,
 * Jordan's capital (عمّان), and the Sultanate of Oman (عُمان); the lexicon reads the bare word as
 * the city. The article decides: where the words of the other reading outnumber the city's
 * country words, the spelling is the other place. Read by stages/gazetteer.ts.
 */
export interface AmbiguousPlace {
  /** The spelling as written without diacritics. */
  spelling: string;
  /** A name of the other place in the lexicon (the entry the spelling then stands for). */
  otherName: string;
  /** Words that point to the other reading, and words that point to the lexicon's. */
  otherSigns: string[];
  defaultSigns: string[];
  reason: string;
  /** A sentence we wrote in which the spelling is the other place. */
  example: string;
}

export const AMBIGUOUS_PLACES: AmbiguousPlace[] = [
  {
    spelling: 'عمان',
    otherName: 'سلطنة عمان',
    otherSigns: ['سلطنة', 'العماني', 'العمانية', 'العمانيين', 'عماني', 'عمانية', 'مسقط', 'السلطنة'],
    defaultSigns: ['الأردن', 'الأردني', 'الأردنية', 'الأردنيين', 'أردني', 'أردنية', 'الهاشمية'],
    reason: 'Amman and Oman are one spelling without diacritics; the article names the country',
    example: 'وعاد منتخب عمان إلى مسقط، وقال مدرب المنتخب العماني إن الجماهير في عمان فرحت بالفوز.',
  },
  {
    spelling: 'القنيطرة',
    otherName: 'القنيطرة المغربية',
    otherSigns: ['المغرب', 'المغربي', 'المغربية', 'المغاربة', 'الرباط', 'سلا', 'المملكة', 'الدرهم'],
    defaultSigns: ['سوريا', 'السوري', 'السورية', 'السوريين', 'دمشق', 'درعا', 'الجولان'],
    reason:
      'Quneitra in Syria and Kénitra in Morocco are one spelling; the article names the country',
    example:
      'وعاد فريق القنيطرة إلى الرباط، وقال مدرب الفريق المغربي إن الجماهير في القنيطرة فرحت بالفوز.',
  },
];

/**
 * Towns whose one-word name is also a common word (صور: pictures; الخبر: the news): read as the
 * town only where the article names its country or region, the words of `signs`.
 */
export interface CommonWordPlace {
  /** The spelling as written without diacritics. */
  spelling: string;
  signs: string[];
  reason: string;
  /** A sentence we wrote in which the spelling is the common word, no town. */
  example: string;
}

export const COMMON_WORD_PLACES: CommonWordPlace[] = [
  {
    spelling: 'صور',
    signs: [
      'لبنان',
      'اللبناني',
      'اللبنانية',
      'اللبنانيين',
      'لبناني',
      'لبنانية',
      'صيدا',
      'النبطية',
      'بيروت',
    ],
    reason: 'Tyre, in the south of Lebanon, is spelled like «صور», pictures',
    example: 'وقال المهندس إن القمر الجديد قادر على الحصول على صور فضائية دقيقة.',
  },
  {
    spelling: 'الخبر',
    signs: ['السعودية', 'السعودي', 'المملكة', 'الدمام', 'الشرقية', 'الظهران', 'القطيف'],
    reason: 'Khobar, in the east of Saudi Arabia, is spelled like «الخبر», the news',
    example: 'وقال الوزير إن الخبر غير صحيح وإن الحكومة ستصدر بيانا.',
  },
  {
    spelling: 'الأبيض',
    signs: ['السودان', 'السوداني', 'السودانية', 'السودانيين', 'سوداني', 'كردفان', 'الخرطوم'],
    reason: 'El Obeid, in Kordofan, is spelled like «الأبيض», white (السكر الأبيض، الجيش الأبيض)',
    example: 'وارتفعت صادرات الشركة من الورق الأبيض خلال العام.',
  },
];
