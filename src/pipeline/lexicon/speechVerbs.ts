/**
 * Speech cues (general knowledge). Past-tense verbs (the masculine form; the lexicon adds the ت
 * and وا endings, and the matcher the و/ف prefixes) and participles, which open a second claim by the
 * same speaker («مؤكدًا أن…»). Forms are written plainly and normalized on load.
 */

export const SPEECH_VERBS = [
  'قال',
  'أكد',
  'أشار',
  'أوضح',
  'أعلن',
  'كشف',
  'أقر',
  'وصف',
  'صرح',
  'أضاف',
  'تابع',
  'ختم',
  'اختتم',
  'شدد',
  'لفت',
  'اعتبر',
  'رأى',
  'ذكر',
  'أفاد',
  'نقل',
  'أعرب',
  'حذر',
  'نفى',
  // «وأكمل: …», «واستكمل حديثه قائلا»: went on (speaking); with no colon, quote or أن it opens
  // nothing (أكمل الفريق استعداداته).
  'أكمل',
  'استكمل',
  // «وأتم: …» (finished, speaking), the same.
  'أتم',
  // «أبرز الوزير أن…» (highlighted that), frequent in the Maghreb's press.
  'أبرز',
  // «جدد الوزير دعوته إلى…», «جدد التأكيد أن…»: a renewed stance (its claim an affirmed noun).
  'جدد',
  'اعترف',
  'رحب',
  'كتب',
  'كتبت',
  'غرد',
  'غردت',
  'أكّد',
  'أردف',
  'استطرد',
  'زاد',
  'واصل',
  'لاحظ',
  'دعا',
  'طالب',
  'اتهم',
  'أبلغ',
  'أخبر',
  'نسب',
  // «وعزا الوزير العجز إلى الاقتراض»: attributed (a cause) to — a claim the speaker makes.
  'عزا',
  'عزت',
  // «وأرجع الوزير التأخير إلى…» (put down to), the same.
  'أرجع',
  // «وزعم المتحدث أن…» (claimed): a claim the writer keeps at a distance is still the speaker's.
  'زعم',
  // «وأدان الوزير ما وصفه بالاعتداء…», «ودان المجلس…» (condemned), «وندد…»: a stance the speaker
  // voices, as «أشاد» is praise.
  'أدان',
  'دان',
  'ندد',
  'استنكر',
  // «وأبان الخبير أن…» (made clear), frequent in the Gulf's press.
  'أبان',
  'أبانت',
  // Verbs of stance that report a claim with أن or their preposition (توقع أن، شكك في، حث على).
  'توقع',
  'رجح',
  'استبعد',
  'تعهد',
  'شكك',
  'حث',
  'ناشد',
  'أوصى',
  'اقترح',
  'هدد',
  'نوه',
  'نبه',
  'أشاد',
  // «وتمنى الرئيس أن يعم الهدوء…» (wished that): a hope the speaker voices.
  'تمنى',
  'رد',
  'علق',
  'أجاب',
  'أفصح',
  'استدرك',
  'أوضحت',
  'أقرّ',
  'صرّح',
  'أفادت',
  'تساءل',
  'أضافت',
  'ذكرت',
  'قالت',
  'أكدت',
  'أشارت',
  'أعلنت',
  'كشفت',
  'نقلت',
  'وصفت',
  'تابعت',
  'ختمت',
  'اعتبرت',
  'رأت',
  'لفتت',
  'شددت',
  'حذرت',
  'نفت',
  'قالوا',
  'أكدوا',
  'أشاروا',
  'أوضحوا',
  'أعلنوا',
  'ذكروا',
];

/** The present tense reports too, in leads and in analysis («يعتقد المدرب أن…», «ترى الوزيرة
 * أن…»): the verbs of opinion, explanation and warning, third person. A cue only at the head of
 * its clause and with a subject before the content (stages/cues.ts): «أن الوزارة تؤكد» is inside
 * a claim, «ويتوقع أن…» is impersonal. */
export const PRESENT_SPEECH_VERBS = [
  'يقول',
  'تقول',
  'يؤكد',
  'تؤكد',
  'يرى',
  'ترى',
  'يعتقد',
  'تعتقد',
  'يشير',
  'تشير',
  'يوضح',
  'توضح',
  'يضيف',
  'تضيف',
  'يتوقع',
  'تتوقع',
  'يحذر',
  'تحذر',
  'يشدد',
  'تشدد',
];

/** Verbs that carry a speaker on only right before a colon or a quote mark: their present, as
 * interviews write them at a line's head («يتابع: "…"», «يختم: "…"»), and «استكمل» (went on:
 * «واستكمل المتحدث: "…"»). In running text they mean following, continuing, completing (تواصل
 * الفرق عملها، استكمل الفريق استعداداته). Read by stages/cues.ts. */
export const COLON_CARRY_VERBS = [
  'يتابع',
  'تتابع',
  'يواصل',
  'تواصل',
  'يختم',
  'تختم',
  'يردف',
  'تردف',
  'يستطرد',
  'تستطرد',
  'استكمل',
  'استكملت',
];

export const CARRY_CUES = [
  'أضاف',
  'تابع',
  'ختم',
  'اختتم',
  'أردف',
  'استطرد',
  'زاد',
  'واصل',
  'أضافت',
  'تابعت',
  'ختمت',
];

export const PARTICIPLES = [
  'مؤكدا',
  'مشيرا',
  'مضيفا',
  'موضحا',
  'لافتا',
  'قائلا',
  'مبينا',
  'معتبرا',
  'مشددا',
  'محذرا',
  'منوها',
  'متابعا',
  'مردفا',
  'واصفا',
  'كاشفا',
  'معلنا',
  'مستطردا',
  'معربا',
  'داعيا',
  'مطالبا',
  'ناقلا',
  'معقبا',
  'مستدركا',
  'متسائلا',
  'مختتما',
  'معبرا',
  'معبرة',
  'منبها',
  'مؤكدة',
  'مشيرة',
  'مضيفة',
  'موضحة',
  'لافتة',
  'قائلة',
  'مبينة',
  'معتبرة',
  'مشددة',
  'محذرة',
  'مؤكدين',
  'مشيرين',
  // «…، نافيًا حدوث أي تأخير»: denial, expectation, likelihood and ruling out are claims as well.
  // Their feminines are left out: unvocalized, متوقعة، مرجحة، مستبعدة are also the passive
  // adjectives «expected, likely, ruled out» (نتائج متوقعة).
  'نافيا',
  'نافية',
  'متوقعا',
  'مرجحا',
  'مستبعدا',
];

/**
 * Verbs and participles of calling on someone (دعا، طالب، حث، ناشد): the one called and what
 * they are called to are one claim («داعيًا المجتمع الدولي إلى التحرك»), so the content starts
 * at the addressee, not at the preposition. Read by stages/opening.ts.
 */
export const CALL_WORDS = [
  'دعا',
  'دعت',
  'طالب',
  'طالبت',
  'حث',
  'حثت',
  'ناشد',
  'ناشدت',
  'داعيا',
  'داعية',
  'مطالبا',
  'مطالبة',
  'حاثا',
  'مناشدا',
  'مناشدة',
  // «وعزا العجز إلى الاقتراض»: what is attributed and its cause are one claim too.
  'عزا',
  'عزت',
  'أرجع',
  'أرجعت',
];

/** Narration verbs that look like cues but report no speech. */
/** Verbs of informing: their object is the one told (أبلغ الوزير الصحفيين أن…), so a subject
 * named before the verb leaves the name after it an addressee. Read by stages/statements.ts. */
export const INFORMING_VERBS = ['أبلغ', 'أخبر', 'أعلم', 'بلغ'];

export const NOT_SPEECH_AFTER = ['أعرب عن شكره'];

/** Words after a cue that introduce reported content. Attached pronouns are stripped on match. */
export const COMPLEMENTIZERS = ['إن', 'أن', 'بأن'];
export const PREP_BEFORE_COMPLEMENTIZER = ['إلى', 'عن', 'على', 'في', 'من'];

/** Vague or non-entity subjects: a statement attributed to them is left out. */
export const VAGUE_SUBJECTS = [
  'مصادر',
  'تقرير',
  'مصدر',
  'تقارير',
  'وسائل',
  'مسؤولون',
  'مسؤول',
  'الصحيفة',
  'صحيفة',
  'التقرير',
  'البيان',
  'بيان',
  'المصادر',
  'التقارير',
  'مراقبون',
  'محللون',
  'خبراء',
  'الخبراء',
  'المحللون',
  'شهود',
  'سكان',
  // People nobody names: a social-media user, activists, citizens.
  'مستخدم',
  'مستخدمون',
  'مستخدمو',
  'مغرد',
  'مغردون',
  'ناشط',
  'ناشطون',
  'نشطاء',
  'ناشطين',
  'مواطن',
  'مواطنون',
  'رواد',
  'متابعون',
  'دبلوماسيون',
];

/**
 * Verbs whose reported content may follow a preposition instead of أن: «أكد على ضرورة…»,
 * «أشار إلى موافقته…», «دعا … إلى عدم التدخل». `ب` means a word glued to ب («طالب بتدابير»).
 */
export const PREPOSITION_CUES: Record<string, string[]> = {
  أكد: ['على'],
  شدد: ['على'],
  أشار: ['إلى'],
  لفت: ['إلى'],
  دعا: ['إلى'],
  أعرب: ['عن'],
  حذر: ['من'],
  كشف: ['عن'],
  نوه: ['إلى', 'ب'],
  نبه: ['إلى'],
  طالب: ['ب'],
  اعترف: ['ب'],
  // «أعلنت الوزارة عن تفشي…», «أفاد بوقوع…», «عبّر عن قلقه»
  أعلن: ['عن'],
  أفاد: ['ب'],
  عبر: ['عن'],
  شكك: ['في'],
  حث: ['على'],
  // «ناشدت الوزارة السائقين بالتمهل…», «ناشد الأطراف إلى ضبط النفس»: an appeal.
  ناشد: ['ب', 'إلى'],
  تعهد: ['ب'],
  هدد: ['ب'],
  عزا: ['إلى'],
  // «وأرجع الوزير التأخير إلى نقص التمويل», «وزعم الوزير بوجود…», «وندد بالهجوم…».
  أرجع: ['إلى'],
  زعم: ['ب'],
  ندد: ['ب'],
  // «وأشاد الوزير بالإنجازات التي…»: praise names what it praises with ب.
  أشاد: ['ب'],
  // «ووصف الوزير الخطة بالفرصة الأخيرة»: a description says what the thing is with ب.
  وصف: ['ب'],
};

/**
 * Set phrases of speech whose verb takes a fixed object before its content: «لفت الانتباه إلى
 * أن…» (drew attention to), «جدد التأكيد على…». The object is neither the speaker nor the claim.
 */
export const SET_PHRASE_OBJECTS: Record<string, string[]> = {
  لفت: ['الانتباه', 'النظر', 'الأنظار'],
  جدد: ['التأكيد'],
  أعاد: ['التأكيد'],
};

/**
 * Participles whose claim may follow a preposition instead of أن, like their verbs: «مشيرًا إلى
 * إحراز تقدم», «معربًا عن تفاؤله», «مشددًا على ضرورة…». Feminine forms end in ة.
 */
export const PARTICIPLE_PREPOSITIONS: Record<string, string[]> = {
  مشيرا: ['إلى'],
  لافتا: ['إلى'],
  منوها: ['إلى'],
  مؤكدا: ['على'],
  مشددا: ['على'],
  معربا: ['عن'],
  معبرا: ['عن'],
  محذرا: ['من'],
  داعيا: ['إلى'],
  كاشفا: ['عن'],
  معلنا: ['عن'],
};
