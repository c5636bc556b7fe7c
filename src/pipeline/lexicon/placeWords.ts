/**
 * Nouns and adjectives that frame a place name (مدينة X، قاعدة X الجوية).
 * General knowledge, read by the stages named beside each list.
 */

// Read by stages/places.ts.
export const SINGLE_WORDS: readonly string[] = [
  'مدينة',
  'ولاية',
  'منطقة',
  'محافظة',
  'إقليم',
  'جزيرة',
  'بلدة',
  'قرية',
  'مخيم',
  'العاصمة',
  'حي',
  'مقاطعة',
  'بحيرة',
  'نهر',
];

// Read by stages/places.ts.
export const MULTI_WORDS: readonly string[] = [
  'قاعدة',
  'مطار',
  'معبر',
  'ميناء',
  'مستشفى',
  'سجن',
  'قصر',
  'جامعة',
];

/** Plural place nouns before a list of names: «ولايات كوتاهيا وأيدين وهاتاي», «مدن حلب وحماة»:
 * every name of the list is a place. */
// Read by stages/places.ts.
export const PLURAL_PLACE_WORDS: readonly string[] = [
  'ولايات',
  'مدن',
  'محافظات',
  'مناطق',
  'قرى',
  'بلدات',
  'مقاطعات',
  'أقاليم',
  'جزر',
  'عواصم',
  'أحياء',
];

/** Facilities named with their noun, often after a person (ملعب الملك فهد، قلعة صلاح الدين):
 * the noun is part of the place's name. */
// Read by stages/places.ts.
export const FACILITY_WORDS: readonly string[] = [
  'مسرح',
  'ملعب',
  'استاد',
  'قلعة',
  'متحف',
  'مسجد',
  'كنيسة',
  'جسر',
  'سد',
  'برج',
  'ميدان',
  'قصر',
];

// Read by stages/places.ts.
export const DESCRIPTORS_WORDS: readonly string[] = [
  'العسكرية',
  'الجوية',
  'المشتركة',
  'البحرية',
  'الدولي',
  'الجوي',
  'البحري',
  'العسكري',
  'الرئاسي',
  'الرئيسي',
];

/** Indefinite adjectives after a place noun (قاعدة عسكرية) are not names. */
// Read by stages/places.ts.
export const ADJECTIVES_WORDS: readonly string[] = [
  'عسكرية',
  'عسكري',
  'جوية',
  'جوي',
  'بحرية',
  'بحري',
  'مشتركة',
  'كبيرة',
  'كبير',
  'صغيرة',
  'صغير',
  'جديدة',
  'جديد',
  'قديمة',
  'قديم',
  'رئيسية',
  'رئيسي',
  'سرية',
  'حدودية',
  'حدودي',
  'ساحلية',
  'نائية',
  'مجاورة',
  'أخرى',
  'واحدة',
];

/** Nouns that introduce a quoted title: «لبرنامج “يحدث في مصر”», «عملية “…”». */
// Read by stages/places.ts.
export const NAMING_NOUNS_WORDS: readonly string[] = [
  'برنامج',
  'قناة',
  'صحيفة',
  'مجلة',
  'كتاب',
  'فيلم',
  'مسلسل',
  'عملية',
  'خطة',
  'شعار',
  'مبادرة',
  'حملة',
  'موقع',
  'منصة',
  'تطبيق',
  'اسم',
  'وسم',
  'هاشتاغ',
  'مؤتمر',
  'منتدى',
  'مهرجان',
  'قمة',
  'قانون',
  'اتفاق',
  'اتفاقية',
];
