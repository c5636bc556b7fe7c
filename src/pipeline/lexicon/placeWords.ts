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
  // Districts and sub-districts of Iraq and the Levant (قضاء سيدكان، ناحية ليلان).
  'قضاء',
  'ناحية',
  // Morocco's twelve regions (جهة درعة تافيلالت); also «side, party»: see KNOWN_ONLY_PLACE_WORDS.
  'جهة',
];

/** Place nouns that are common words first (جهة: a side, a party): they name only a place the
 * lexicon knows after them (جهة درعة تافيلالت), never an unknown word (جهة التحقيق). Read by
 * stages/places.ts. */
export const KNOWN_ONLY_PLACE_WORDS: readonly string[] = ['جهة'];

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

/**
 * Place nouns that are also common words (منطقة الحرب: a war zone; ولاية البعثة: the mission's
 * mandate; مقاطعة: a boycott, read by the definite-complement rule only with care): a definite
 * word after them is a place's name only when it is none of `ABSTRACT_COMPLEMENTS_WORDS` and no
 * «على» follows (محافظة الفريق على لقبه: the team keeping its title).
 */
// Read by stages/places.ts.
/** Set phrases in which a place noun is no place: the word before it, then the noun («من ناحية
 * الظروف»: as to the conditions). Read by stages/places.ts. */
export const NOT_PLACE_AFTER: Readonly<Record<string, readonly string[]>> = {
  ناحية: ['من'],
};

/** Place nouns that, glued to a preposition, are a preposition themselves: «لناحية» (as to). */
// Read by stages/places.ts.
export const PREPOSITIONAL_PLACE_NOUNS: readonly string[] = ['لناحية', 'ولناحية'];

export const ABSTRACT_PLACE_NOUNS_WORDS: readonly string[] = [
  'منطقة',
  'ولاية',
  'محافظة',
  'إقليم',
  // قضاء الوقت (spending time), ناحية الشكل (as to form).
  'قضاء',
  'ناحية',
];

/** Definite common nouns that follow an abstract-prone place noun without naming a place:
 * zones of conflict and trade, a pitch's areas, a mandate's holder. */
// Read by stages/places.ts.
export const ABSTRACT_COMPLEMENTS_WORDS: readonly string[] = [
  'الحرب',
  'النزاع',
  'الصراع',
  'القتال',
  'الاشتباك',
  'التوتر',
  'الخطر',
  'الأمان',
  'العمل',
  'الراحة',
  'اليورو',
  'التجارة',
  'الجزاء',
  'المرمى',
  'الوسط',
  'الدفاع',
  'الهجوم',
  'الملعب',
  'البعثة',
  'الفقيه',
  'الحكم',
  'الفريق',
  'المنتخب',
  'النفوذ',
  'الاهتمام',
  'الظل',
  // The body's areas, in sports and health news (إصابة في منطقة الركبة).
  'الرأس',
  'الرقبة',
  'الكتف',
  'الصدر',
  'البطن',
  'الظهر',
  'الحوض',
  'الفخذ',
  'الركبة',
  'الساق',
  'الكاحل',
  'القدم',
  'الوتر',
  'العضلة',
  'الرباط',
];

/**
 * First words of place names in the construct state (بني حسن، عين صالح، أبو ظبي، دير البلح، كفر
 * الشيخ، رأس الخيمة، سيدي بوزيد، شرم الشيخ): the word names no place alone, so the name runs on
 * to the word after it.
 */
// Read by stages/places.ts.
export const CONSTRUCT_TOPONYM_WORDS: readonly string[] = [
  'بني',
  'عين',
  'أبو',
  'أم',
  'دير',
  'بيت',
  'كفر',
  'تل',
  'رأس',
  'بئر',
  'جبل',
  'وادي',
  'حوض',
  'سيدي',
  'شرم',
  'مرسى',
  'حمام',
  'خان',
  'سوق',
  'باب',
  'نجع',
  'كوم',
  'ميت',
  'عزبة',
  'حاسي',
  'خميس',
  'بندر',
  'ذي',
  'جسر',
  'برج',
  'قصر',
  'حي',
];

/** Plural and dual place nouns before a list of names: «ولايات كوتاهيا وأيدين وهاتاي», «مدن حلب
 * وحماة», «بمحافظتي الزيتون والعنبر»: every name of the list is a place. A dual in construct
 * ends in «تا» (subject) or «تي» (otherwise). */
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
  'مديريات',
  'عمالات',
  'نواحي',
  'بلديات',
  'مخيمات',
  'غابات',
  'منطقتي',
  'منطقتا',
  'محافظتي',
  'محافظتا',
  'مدينتي',
  'مدينتا',
  'ولايتي',
  'ولايتا',
  'بلدتي',
  'بلدتا',
  'قريتي',
  'قريتا',
  'بلديتي',
  'بلديتا',
  'مديريتي',
  'مديريتا',
  'ناحيتي',
  'ناحيتا',
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
  // Oil and gas fields, refineries, ports: named by a word of their own (حقل الشرارة، حقل حيان،
  // مصفاة الزور، مرفأ بيروت).
  'حقل',
  'مصفاة',
  'مرفأ',
  // «شارع الحمراء»: a street, named by a word of its own.
  'شارع',
  // Parks and a mosque (متنزه الورود، جامع الأمير سالم). Not «مصنع»: a factory is named by
  // what it makes as often (مصنع ملابس).
  'متنزه',
  'منتزه',
  'جامع',
];

/** Works named after the town they serve (مطار صلالة الدولي، ميناء العقبة، معبر رفح): the town
 * inside is part of the work's name, a place of its own. */
// Read by stages/places.ts.
export const NAMED_AFTER_TOWN_WORDS: readonly string[] = ['مطار', 'ميناء', 'معبر', 'مرفأ'];

/** Place nouns that are verbal nouns too (سجن: imprisoning): before a known given name they are
 * the act, and the name is its object (بسجن سامي النجار), not a prison's name. */
// Read by stages/places.ts.
export const VERBAL_PLACE_WORDS: readonly string[] = [
  'سجن',
  // A dam, and filling (لسد فراغ المنصب): a construct chain after it is the act's object.
  'سد',
];

/** Particles a verb follows (إذا قصر: if he fell short; لم يبن): a facility noun's spelling after
 * them is that verb. Read by stages/places.ts. */
export const VERB_PARTICLE_WORDS: readonly string[] = ['إذا', 'لو', 'لم', 'لن', 'قد', 'لقد', 'سوف'];

/** Facilities whose own name may be one definite word (حقل الشرارة، مصفاة الزور): other facility
 * nouns before a definite word are a common phrase (برج المراقبة). */
// Read by stages/places.ts.
// (Not سد: «سد العجز» is covering a deficit.)
export const DEFINITE_NAMED_FACILITY_WORDS: readonly string[] = [
  'حقل',
  'مصفاة',
  'شارع',
  'متنزه',
  'منتزه',
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
  // «متنزه الورود العام» (a public park), «جامع الأمير سالم الأكبر» (the grand mosque).
  'العام',
  'الأكبر',
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
  // Ordinals: «لولاية ثالثة» (a third term).
  'أولى',
  'ثانية',
  'ثالثة',
  'رابعة',
  'خامسة',
  'ثاني',
  'ثالث',
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

/** Nouns that take a person's name as their own besides the place nouns above and the bodies
 * (ملاعب عدنان حمد، شارع الملك فيصل، مدرسة خالد بن الوليد، جائزة زايد). Read by stages/persons.ts. */
export const NAMED_AFTER_WORDS: readonly string[] = ['ملاعب', 'شارع', 'مدرسة', 'جائزة'];

/** Words of competitions: a place right after them names the event (كأس آسيا، دوري أبطال
 * أوروبا، كأس أمم إفريقيا، بطل آسيا), not a place where something happened. Read by
 * stages/gazetteer.ts. */
export const COMPETITION_WORDS: readonly string[] = [
  'كأس',
  'بطولة',
  'دوري',
  'بطل',
  'أبطال',
  'أمم',
  'ألعاب',
  'أولمبياد',
  'مونديال',
  'كاس',
];

/** Events and accords named after the town that hosts or signed them («مهرجان نابلس», «معرض
 * الخرطوم», «منتدى المنامة», «اتفاق لوزان», «قمة بيروت»): the place right after them names the
 * event, not a place where something happened; the town is a mention of its own only where the
 * article names it elsewhere. Read by stages/gazetteer.ts, with COMPETITION_WORDS. */
export const EVENT_WORDS: readonly string[] = [
  'مهرجان',
  'معرض',
  'منتدى',
  'ملتقى',
  'موسم',
  'اتفاق',
  'اتفاقية',
  'قمة',
];

/** A state named by its kind alone (رأى الخبير أن المملكة ستدعم المشروع; وأعلنت السلطنة
 * عن خطة جديدة): the kingdom or sultanate the article is about. The candidates are the
 * countries one of whose names begins with the kind («مملكة البحرين», «سلطنة عمان»), and the
 * article's other words choose among them. Not «الإمارة» nor «الدولة»:
 * an emirate is mostly a member of a federation, and «الدولة» is the state in general. Read by
 * stages/countryKinds.ts. */
export const COUNTRY_KIND_WORDS: readonly string[] = ['المملكة', 'السلطنة'];

/** Landforms and hamlets named by the word after them (وادي عتود، جبل التركمان، نجع حمادي): after
 * a preposition of place (في وادي …، من جبل …) the pair is a place even where no place noun comes
 * first. Fewer than the construct toponyms: «باب، سوق، بيت، رأس، أم، أبو، عين» open common
 * phrases too (باب الحوار، سوق العمل، رأس المال). Read by stages/places.ts. */
export const LANDFORM_WORDS: readonly string[] = ['وادي', 'جبل', 'تل', 'نجع', 'كفر', 'عزبة'];

/** Natural regions named after a known place (خليج العقبة، وادي الأردن، صحراء سيناء، خور
 * دبي): the feature and the place together are a place of their own, and the place
 * inside is no mention there. Not «ريف» nor «جبال» (ريف حلب: the countryside around the town,
 * which stays the place named). Place nouns that alias the place (نهر، جزيرة، بحيرة) are in
 * SINGLE_WORDS. Read by stages/naturalFeatures.ts. */
export const NATURAL_FEATURE_WORDS: readonly string[] = [
  'خليج',
  'خور',
  'وادي',
  'صحراء',
  'صعيد',
  'جبل',
  'بحر',
  'واحة',
  'دلتا',
  'سهل',
  'هضبة',
];

/** Last words of place names (قرية الحوامدية قبلي، حي زيزينيا بك): the upper (قبلي) and
 * lower (بحري) halves of an Egyptian village, and the Ottoman title of the bey or pasha a
 * quarter is named after. After a name read with its place noun they belong to it. Read by
 * stages/places.ts. */
export const TOPONYM_SUFFIX_WORDS: readonly string[] = ['قبلي', 'بحري', 'بك', 'باشا'];

/** Landmarks named by their definite noun and an adjective (المسجد الكبير، القصر الرئاسي،
 * المتحف الوطني، السرايا الكبيرة). Not «المسرح»: with an adjective it is the art as often
 * (المسرح العربي). Read by stages/landmarks.ts. */
export const LANDMARK_WORDS: readonly string[] = [
  'المسجد',
  'الجامع',
  'القصر',
  'المتحف',
  'السرايا',
  'الكاتدرائية',
];

/** Prepositions of place before a landform's name. Read by stages/places.ts. */
export const PLACE_PREPOSITION_WORDS: readonly string[] = ['في', 'من', 'إلى', 'الى', 'قرب', 'داخل'];
