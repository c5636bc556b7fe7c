/**
 * Words of reporting discourse the statement stages read: relay and affirmation verbs, adjunct
 * openers between a cue and its content, words that end or front a statement.
 * General knowledge, read by the stages named beside each list.
 */

// Read by stages/cueVerbs.ts.
export const RELAY_WORDS: readonly string[] = ['نقل', 'نقلت', 'نقلوا', 'ذكر', 'ذكرت'];

/** «نسبت الصحيفة للوزير قوله إن…»: verbs that attribute words to someone named with ل.
 * Read by stages/cueVerbs.ts (they are speech verbs too, in lexicon/speechVerbs.ts). */
export const ATTRIBUTE_WORDS: readonly string[] = ['نسب', 'نسبت'];

// Read by stages/cueVerbs.ts.
export const AFFIRM_WORDS: readonly string[] = [
  'أكد',
  'أكدت',
  'شدد',
  'شددت',
  'جدد',
  'جددت',
  'نفى',
  'نفت',
  // «أعلن الوزير مقتل ثلاثة أشخاص»: what is announced is the claim.
  'أعلن',
  'أعلنت',
  // «توقع الصندوق ارتفاع النمو»: what is expected is the claim.
  'توقع',
  'توقعت',
  // «أوضح القاضي ازدياد القضايا», «وبيّن ارتفاع الأسعار»: what is made clear is the claim.
  'أوضح',
  'أوضحت',
  'بين',
  'بينت',
];

/** «مؤكدًا عدم وجود…»: participles of affirmation that take a verbal noun as their claim.
 * Read by stages/cueVerbs.ts. */
export const AFFIRM_PARTICIPLE_WORDS: readonly string[] = [
  'مؤكدا',
  'مؤكدة',
  'مشددا',
  'مشددة',
  'نافيا',
  'نافية',
  'معلنا',
  'معلنة',
  // The participles of the verbs above that take a verbal noun too (أوضح، بيّن، توقع), and of
  // likelihood: «مرجحًا تراجع التضخم», «مستبعدًا حدوث تأخير».
  'موضحا',
  'موضحة',
  'مبينا',
  'مبينة',
  'متوقعا',
  'مرجحا',
  'مستبعدا',
  // «مجددًا دعم الحكومة لـ…»: renewing a stance; a cue only before an affirmed noun, since
  // «مجددًا» is also the adverb «again» (عاد مجددًا).
  'مجددا',
  'مجددة',
];

/** Participles that are adverbs too (مجددًا: again): cues only before an affirmed noun.
 * Read by stages/cues.ts. */
export const AFFIRM_ONLY_PARTICIPLE_WORDS: readonly string[] = ['مجددا', 'مجددة'];

/** «خصوصا وأنه…», «لا سيما وأن…»: after these «وأن» gives a reason, it adds no claim. */
// Read by stages/cues.ts.
export const ESPECIALLY_WORDS: readonly string[] = ['خصوصا', 'خاصة', 'لاسيما', 'سيما', 'وخصوصا'];

/** Nouns after a preposition that take a clause in أن of their own (بزعم أنه: alleging that):
 * that أن is theirs, not the speech verb's. */
// Read by stages/opening.ts.
export const CLAUSE_TAKING_WORDS: readonly string[] = [
  'بزعم',
  'بدعوى',
  'بحجة',
  'بذريعة',
  'باعتبار',
  'بسبب',
  'رغم',
  'برغم',
];

/** Verbal nouns an affirmation takes as its object: what is affirmed is the claim. */
// Read by stages/cueVerbs.ts.
export const AFFIRMED_WORDS: readonly string[] = [
  'التزام',
  'ضرورة',
  'أهمية',
  'استعداد',
  'رفض',
  'دعم',
  'حرص',
  'تمسك',
  // «أكد المحامي إصرار موكله على…»: insistence, resolve.
  'إصرار',
  'عزم',
  'رغبة',
  'استمرار',
  // Stances a diplomat affirms: support, solidarity, the depth of ties, a position.
  'موقف',
  'مساندة',
  'تأييد',
  // «جدد الوزير وفاء بلاده بالتزاماتها»: keeping a promise.
  'وفاء',
  'تضامن',
  'عمق',
  'متانة',
  'وجود',
  'بدء',
  'صحة',
  // Events an announcement reports.
  'مساهمة',
  'وقوع',
  'حدوث',
  'مقتل',
  'وفاة',
  'إصابة',
  'إغلاق',
  // «غلق المعبر» (closing, as the Levant and the Maghreb write it), stopping, banning,
  // imposing, dismissing, appointing.
  'غلق',
  'إيقاف',
  'منع',
  'حظر',
  'فرض',
  'إقالة',
  'تعيين',
  'فتح',
  'افتتاح',
  'تخفيض',
  'خفض',
  'رفع',
  'وقف',
  'تعليق',
  'استئناف',
  'انطلاق',
  'إطلاق',
  'تأجيل',
  'إلغاء',
  'ارتفاع',
  'انخفاض',
  'تراجع',
  'زيادة',
  'نمو',
  'تحسن',
  'تباطؤ',
  'انكماش',
  'تسجيل',
  'رصد',
  'اعتقال',
  'توقيف',
  'فوز',
  'استقالة',
  'تعيين',
  'حالة',
  // Stances a speaker renews or affirms (جدد إدانة بلاده، أكد تضامنه، جدد دعوته).
  'إدانة',
  'استنكار',
  'تضامن',
  'ترحيب',
  'دعوة',
  'مطالبة',
  'تقدير',
  // «أكد عدم تدخل…», «نفى عدم…»: a negated claim.
  'عدم',
  // Readiness, intent and ability a speaker declares (أكد جاهزية فريقه، أعلن عزمه).
  'جاهزية',
  'عزم',
  'نية',
  'قدرة',
  'ثقة',
  'تأييد',
  'موافقة',
  'إمكانية',
  'نجاح',
  'انسحاب',
  'عودة',
  // «أكد المنظمون حضور الوفود كلها»: who attended.
  'حضور',
  'اكتمال',
  'انتهاء',
  'توقيع',
];

/** «وأضاف البيان أن…», «وجاء في المنشور»: a document speaks for whoever issued it — the last
 * speaker — whatever its grammatical gender. */
// Read by stages/opening.ts and stages/speakerNames.ts.
export const DOCUMENT_NOUNS: readonly string[] = [
  'البيان',
  'المنشور',
  'التقرير',
  'الرسالة',
  'التغريدة',
  'التدوينة',
  'الإعلان',
  'التعميم',
  'المذكرة',
  // «وذكر البلاغ أن…»: a communiqué, as the Maghreb's press calls a statement.
  'البلاغ',
  'الإيجاز',
];

/** «بالاعتراف بـ…», «بالتأكيد على…»: a verbal noun of speech after ب. */
// Read by stages/cues.ts.
export const NOMINAL_WORDS: readonly string[] = [
  'بالاعتراف',
  'بالتاكيد',
  'بالاشاره',
  'بالتحذير',
  'بالاعلان',
];

/** «وختم الوزير حديثه بقوله: "…"» (by his saying): a cue right before a colon, a quote mark or
 * إن; the one speaking is the sentence's subject. Read by stages/cues.ts. */
export const BY_SAYING_WORDS: readonly string[] = ['بقوله', 'بقولها', 'بقولهم'];

// Read by stages/gazetteer.ts.
export const SOURCE_NOUNS: readonly string[] = [
  'بحسب',
  'حسب',
  'وفق',
  'وفقا',
  'ذكرت',
  'قالت',
  'نقلت',
  'أفادت',
  'قناة',
  'صحيفة',
  'موقع',
  'لقناة',
  'لصحيفة',
  'أوردت',
];

/** No sentence ends on a preposition or a title: «المتحدث باسم⏎الخارجية», «وزير⏎الخارجية». */
// Read by stages/lines.ts.
export const OPEN_ENDS_WORDS: readonly string[] = [
  'في',
  'من',
  'إلى',
  'الى',
  'على',
  'عن',
  'مع',
  'بين',
  'باسم',
  'حول',
  'لدى',
  'ضد',
  'نحو',
  'أن',
  'إن',
];

/** Prepositions whose noun is their object, never a speech verb's subject: «وأضاف، خلال حواره
 * مع الإعلامية X، المذاع على قناة Y، أن…» — Y is where the talk aired, not who spoke. Read by
 * stages/opening.ts. */
export const OBJECT_PREPOSITION_WORDS: readonly string[] = [
  'في',
  'على',
  'من',
  'إلى',
  'عبر',
  'لدى',
  'حول',
];

/** Words that open an adjunct between a cue and its content (خلال كلمته، في مؤتمر، أمام
 * البرلمان): nobody named inside it is the speaker. */
// Read by stages/opening.ts.
export const ADJUNCT_OPENERS_WORDS: readonly string[] = [
  'خلال',
  'في',
  'أمام',
  'اثناء',
  'أثناء',
  'عبر',
  'لدى',
  'بعد',
  'قبل',
  'عقب',
  'على هامش',
  'ضمن',
  // «وقالت الوكالة وفق ما أفادت صحيفة X، إن…»: the source named after these relays the speech.
  'وفق',
  'وفقا',
  'حسب',
  'حسبما',
  'بحسب',
  'طبقا',
];

/** «وجاء في بيان …», «وورد في تقرير …»: verbs that open a document frame, and the documents.
 * Read by stages/documentFrame.ts. */
export const DOCUMENT_FRAME_VERBS: readonly string[] = ['جاء', 'ورد'];
export const DOCUMENT_FRAME_NOUNS: readonly string[] = [
  'بيان',
  'تقرير',
  'رسالة',
  'تغريدة',
  'تدوينة',
  'منشور',
  'خطاب',
  'كلمة',
  'تصريح',
  'إعلان',
  'مذكرة',
  'تعميم',
];

/** Phrases that attribute a claim without a speech verb, before it («وبحسب وزارة الصحة، فإن…»)
 * or after it («…، وفقا لوزارة الصحة»). The last word may hold the ل of the source.
 * Read by stages/sourceFrames.ts. */
export const SOURCE_PHRASE_WORDS: readonly string[] = [
  'بحسب',
  'حسب',
  'حسبما',
  'بحسب ما',
  'وفق',
  'وفق ما',
  'وفقا ل',
  'وفقا لما',
  'طبقا ل',
  'طبقا لما',
  'نقلا عن',
];

/** «كانت المشاركة خجولة كما قالت الكاتبة X»: «as X said» after a claim attributes it; the
 * phrase needs its speech verb. Read by stages/sourceFrames.ts. */
export const SOURCE_VERB_PHRASE_WORDS: readonly string[] = ['كما', 'مثلما'];

/** Source adjuncts: a speech verb right after them («وفق ما أفادت», «حسبما ذكرت») names where
 * the speech was reported, not a new statement, when it sits between another cue and its
 * content. Read by stages/statements.ts. */
export const SOURCE_ADJUNCT_WORDS: readonly string[] = [
  'وفق ما',
  'وفقا لما',
  'حسب ما',
  'حسبما',
  'بحسب ما',
  'طبقا لما',
  'على ما',
];

/** Nouns of speech that frame whom a speaker talked to: «في تصريح لـ«الأفق»», «في حديث لـ…».
 * With the speech verbs, they tell that a quoted name after «لـ» is the outlet told.
 * Read by stages/organizations.ts. */
export const SPEECH_NOUNS: readonly string[] = [
  'تصريح',
  'تصريحات',
  'حديث',
  'مقابلة',
  'حوار',
  'لقاء',
  'اتصال',
];

// Read by stages/opening.ts.
export const SAYING_WORDS: readonly string[] = [
  'قوله',
  'قولها',
  'قولهم',
  'تصريحه',
  'تصريحها',
  'بالقول',
  'القول',
];

/** Words that open an adjunct between a speaker and the speech: «وقال X في تصريحات…». */
// Read by stages/speakerNames.ts.
export const ADJUNCT_START_WORDS: readonly string[] = [
  'في',
  'خلال',
  'عبر',
  'أمام',
  'لدى',
  'للصحفيين',
  'لوسائل',
  'اليوم',
  'مساء',
  'صباح',
  'أمس',
];

/** Prepositions whose noun is never the subject of the sentence. */
// Read by stages/speakers.ts.
export const OBJECT_PREPS_WORDS: readonly string[] = [
  'مع',
  'عن',
  'إلى',
  'على',
  'من',
  'عند',
  'لدى',
  'بين',
  'حول',
  'بشأن',
  'ضد',
  'ومع',
];

// Read by stages/statements.ts.
export const TRAILING_WORDS: readonly string[] = [
  'و',
  'لكن',
  'لكنه',
  'لكنها',
  'لكنّه',
  'كما',
  'ثم',
  'فيما',
  'بينما',
  'حيث',
];

/**
 * Conjunctions by which the narrator sets a second report beside the first (…، فيما ذكرت
 * الصحيفة أن…، بينما قال الوزير إن…): a speech verb after them opens a statement of its own, it
 * is not part of what the first speaker said.
 */
// Read by stages/statements.ts.
// (A leading و is read off: «وفيما» too.)
export const PARALLEL_LINK_WORDS: readonly string[] = ['فيما', 'بينما', 'في حين', 'في وقت'];

// Read by stages/statements.ts.
export const FRONTING_WORDS: readonly string[] = ['هكذا', 'وهكذا'];

/** Honorifics with a pronoun that stand for the person just named (وقالت معاليها: …، وأكد
 * سموه أن…): the speaker is the last person named before them. Read by stages/opening.ts. */
export const HONORIFIC_PRONOUN_WORDS: readonly string[] = [
  'سيادته',
  'سيادتها',
  'معاليه',
  'معاليها',
  'فخامته',
  'سموه',
  'سموها',
  'سعادته',
  'سعادتها',
  'جنابه',
  'حضرته',
  'سماحته',
  'دولته',
];

/** «وأضاف نحن هنا…», «وقال أنا…»: pronouns of «I» and «we» right after a speech verb open the
 * speaker's own words (no name follows). Read by stages/opening.ts. */
export const FIRST_PERSON_WORDS: readonly string[] = ['نحن', 'أنا', 'إننا', 'إنني'];

/** Words ending in نا that do not speak as «we» (here, there, Corona, sometimes, SANA the agency):
 * read by stages/continuations.ts, which takes a word in نا for «we» (خسرنا، منتخبنا). */
export const NOT_WE_WORDS: readonly string[] = ['هنا', 'هناك', 'كورونا', 'أحيانا', 'بينما', 'سانا'];

/** «ألقى الرئيس كلمة قال فيها…», «عقد مؤتمرًا صحفيًا أوضح خلاله…»: right after a cue, a pronoun
 * with a preposition that points back to the event the sentence opened with — its holder, the
 * sentence's subject, speaks. Read by stages/speakers.ts. */
export const RESUMPTIVE_EVENT_WORDS: readonly string[] = [
  'فيه',
  'فيها',
  'خلاله',
  'خلالها',
  'عبره',
  'عبرها',
];

/** «مما يؤكد نجاح الخطة»: after these (which, what) a speech verb's subject is the pronoun
 * itself, and the word after the verb its object — never an unknown speaker's name. («فيما» is
 * left out: «فيما أكد هارتلي أن…» names a subject.) Read by stages/speakerNames.ts. */
export const WHICH_WORDS: readonly string[] = ['ما', 'مما', 'بما'];

/** «أما عن المباراة فقال»: words after «أما» that make what follows a topic spoken about, not
 * the subject (أما X فقال: X speaks). Read by stages/statements.ts. */
export const TOPIC_PREPOSITION_WORDS: readonly string[] = [
  'عن',
  'حول',
  'بشأن',
  'بخصوص',
  'بالنسبة',
  'فيما',
];
