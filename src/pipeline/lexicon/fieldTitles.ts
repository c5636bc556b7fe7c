/**
 * Titles across fields (general knowledge): sports, business, judiciary, health, science,
 * religion, media, culture, politics, military. Each row gives the role keyword, the forms a
 * title is written in (with and without ال, masculine and feminine) and a sentence we wrote in
 * which the title introduces a speaker — the row's test.
 */

export interface FieldTitle {
  field: string;
  key: string;
  /** Why these words introduce a name. */
  reason: string;
  forms: string[];
  /** Forms that are common nouns too (العالم: the world): a title only as a subject — first in
   * the sentence or the clause, or after a verb — never after a noun or a preposition (في العالم،
   * كأس العالم، دول العالم). */
  subjectOnly?: string[];
  example: string;
  /** The person the example must yield, with that role keyword. */
  person: string;
}

/** «مدرب، المدرب، مدربة، المدربة» from «مدرب». */
function inflect(word: string): string[] {
  const fem = word.endsWith('ي') ? `${word}ة` : `${word}ة`;
  return [word, `ال${word}`, fem, `ال${fem}`];
}

export const FIELD_TITLES: FieldTitle[] = [
  {
    field: 'sports',
    key: 'مدرب',
    reason:
      'a coach is named after the team he trains; the Maghreb calls the national coach «الناخب الوطني» (the selector)',
    forms: [...inflect('مدرب'), 'الناخب الوطني'],
    example: 'وقال مدرب المنتخب الأردني جمال السلامي إن الفريق جاهز للنهائي.',
    person: 'جمال السلامي',
  },
  {
    field: 'sports',
    key: 'لاعب',
    reason: 'a player is named after his title and nationality',
    forms: inflect('لاعب'),
    example: 'وأكد اللاعب الدولي يوسف النصيري أن الفوز كان مستحقا.',
    person: 'يوسف النصيري',
  },
  {
    field: 'sports',
    key: 'حارس',
    reason: 'a goalkeeper (حارس المرمى) is named after his position',
    forms: [...inflect('حارس'), 'حارس مرمى', 'حارس المرمى'],
    example: 'وقال حارس المرمى ياسين بونو إن الدفاع لعب جيدا.',
    person: 'ياسين بونو',
  },
  {
    field: 'sports',
    key: 'مهاجم',
    reason: 'a striker is named after his position',
    forms: inflect('مهاجم'),
    example: 'وقال المهاجم أيمن حسين إن الهدف أهدي للجماهير.',
    person: 'أيمن حسين',
  },
  {
    field: 'sports',
    key: 'نجم',
    reason: 'the press calls a famous player «النجم» before his name',
    forms: ['نجم', 'النجم', 'نجمة', 'النجمة'],
    example: 'وقال النجم المصري محمد صلاح إن الموسم كان صعبا.',
    person: 'محمد صلاح',
  },
  {
    field: 'business',
    key: 'رئيس',
    reason: 'a chief executive is the head (رئيس) of a company',
    forms: ['الرئيس التنفيذي', 'الرئيسة التنفيذية'],
    example: 'وقال الرئيس التنفيذي للشركة سامر حداد إن المبيعات ارتفعت.',
    person: 'سامر حداد',
  },
  {
    field: 'business',
    key: 'مؤسس',
    reason: 'a founder is named after the body he founded',
    // Not the feminine «مؤسسة»: that is «institution».
    forms: ['مؤسس', 'المؤسس'],
    example: 'وقال مؤسس المنصة فادي غندور إن التمويل اكتمل.',
    person: 'فادي غندور',
  },
  {
    field: 'judiciary',
    key: 'قاض',
    reason: 'a judge is named after his title',
    forms: ['قاضي', 'القاضي', 'قاضية', 'القاضية'],
    example: 'وقال القاضي منير الحسن إن الحكم نهائي.',
    person: 'منير الحسن',
  },
  {
    field: 'judiciary',
    key: 'مدع',
    reason: 'a prosecutor (المدعي العام، النائب العام) is named after his title',
    forms: ['المدعي العام', 'مدعي عام', 'المدعية العامة', 'النائب العام'],
    example: 'وأعلن النائب العام حمادة الصاوي أن التحقيق مستمر.',
    person: 'حمادة الصاوي',
  },
  {
    field: 'judiciary',
    key: 'محام',
    reason: 'a lawyer is named after his title',
    forms: ['محامي', 'المحامي', 'محامية', 'المحامية'],
    example: 'وقالت المحامية دينا المقدم إن موكلها بريء.',
    person: 'دينا المقدم',
  },
  {
    field: 'health',
    key: 'طبيب',
    reason: 'a doctor is named after his title',
    forms: inflect('طبيب'),
    example: 'وقال الطبيب أحمد الزعبي إن الحالة مستقرة.',
    person: 'أحمد الزعبي',
  },
  {
    field: 'health',
    key: 'استشاري',
    reason: 'a consultant or specialist is named after his speciality',
    forms: [
      'استشاري',
      'الاستشاري',
      'استشارية',
      'الاستشارية',
      'أخصائي',
      'الأخصائي',
      'أخصائية',
      'الأخصائية',
    ],
    example: 'وقالت أخصائية التغذية ريم العلي إن الصيام مفيد.',
    person: 'ريم العلي',
  },
  {
    field: 'science',
    key: 'دكتور',
    reason: "academic titles (بروفيسور، الدكتورة، د.) precede a scientist's name",
    forms: ['بروفيسور', 'البروفيسور', 'بروفسور', 'البروفسور', 'الدكتورة', 'دكتورة', 'دكتور', 'د'],
    example: 'وقال البروفيسور عادل الشريف إن التجربة نجحت.',
    person: 'عادل الشريف',
  },
  {
    field: 'science',
    key: 'عالم',
    reason:
      'a scientist or researcher is introduced by the noun (العالِم is written like العالَم, the world, so only with the article)',
    // (عالمة in construct, «عالمة الأغذية», is no common noun; عالم is: «عالم الرياضة».)
    forms: ['العالم', 'العالمة', 'عالمة', 'الباحث', 'الباحثة', 'باحث', 'باحثة'],
    subjectOnly: ['العالم'],
    example: 'وقال العالم المصري سامي الفقي إن التجربة نجحت.',
    person: 'سامي الفقي',
  },
  {
    field: 'science',
    key: 'مهندس',
    reason: "an engineer's title precedes his name in Gulf and Egyptian usage",
    forms: inflect('مهندس'),
    example: 'وقال المهندس طارق الملا إن الحقل بدأ الإنتاج.',
    person: 'طارق الملا',
  },
  {
    field: 'religion',
    key: 'إمام',
    reason: "religious titles precede a cleric's name",
    forms: ['الإمام', 'المفتي', 'مفتي', 'الداعية', 'المطران', 'البطريرك', 'البابا', 'الحاخام'],
    example: 'وقال المفتي شوقي علام إن الفتوى صدرت.',
    person: 'شوقي علام',
  },
  {
    field: 'media',
    key: 'إعلامي',
    reason: "media titles precede a journalist's name",
    forms: [
      ...inflect('إعلامي'),
      ...inflect('صحفي'),
      ...inflect('صحافي'),
      ...inflect('مذيع'),
      'رئيس تحرير',
      'رئيسة تحرير',
    ],
    example: 'وقال الإعلامي عمرو أديب إن البرنامج سيعود.',
    person: 'عمرو أديب',
  },
  {
    field: 'culture',
    key: 'فنان',
    reason: "titles of the arts precede an artist's name",
    forms: [
      ...inflect('فنان'),
      ...inflect('مخرج'),
      ...inflect('شاعر'),
      ...inflect('روائي'),
      ...inflect('مطرب'),
      ...inflect('ناقد'),
      'الموسيقار',
    ],
    example: 'وقال المخرج محمد خان إن الفيلم سيعرض في الخريف.',
    person: 'محمد خان',
  },
  {
    field: 'politics',
    key: 'نائب',
    reason: 'a member of parliament, party leader or candidate is named after the title',
    forms: [
      'النائب',
      'النائبة',
      'البرلماني',
      'البرلمانية',
      'القيادي',
      'القيادية',
      // «الناشطة الحقوقية X»: only with the article, since the bare word is a vague subject.
      'الناشط',
      'الناشطة',
    ],
    example: 'وقال القيادي في الحزب سعد الكتاتني إن الحوار متوقف.',
    person: 'سعد الكتاتني',
  },
  {
    field: 'elections',
    key: 'مرشح',
    reason:
      'a candidate is named after the seat, district or party he runs for, in construct without the article too',
    forms: inflect('مرشح'),
    example: 'وقالت مرشحة الدائرة الثالثة نورة العتيبي إن برنامجها يركز على التعليم.',
    person: 'نورة العتيبي',
  },
  {
    field: 'politics',
    key: 'مسؤول',
    reason: 'an official is named by his post and body',
    forms: ['مسؤول', 'مسئول', 'المسؤول', 'المسئول', 'مسؤولة', 'مسئولة', 'المسؤولة', 'المسئولة'],
    example: 'وقال المسؤول في وزارة التخطيط منير الخطيب إن الخطة جاهزة.',
    person: 'منير الخطيب',
  },
  {
    field: 'politics',
    key: 'والي',
    reason: 'a provincial governor (والي) in Sudan and the Maghreb is named after his title',
    forms: ['والي', 'الوالي', 'والية', 'الوالية'],
    example: 'وقال والي الخرطوم أحمد عثمان حمزة إن المدارس ستفتح.',
    person: 'أحمد عثمان حمزة',
  },
  {
    field: 'politics',
    key: 'كاتب دولة',
    reason:
      'a secretary of state (كاتب الدولة، كاتبة الدولة) in Morocco and Tunisia is named after the office',
    forms: ['كاتب الدولة', 'كاتبة الدولة'],
    example: 'وقالت كاتبة الدولة للتشغيل، سلوى المرزوقي، إن المشروع سيوفر مئة موطن شغل.',
    person: 'سلوى المرزوقي',
  },
  {
    field: 'politics',
    key: 'معتمد',
    reason:
      'a local delegate (المعتمد، المعتمد الأول) in Tunisia is named after his title; «المعتمد» is also «accredited» (السفير المعتمد لدى), so only as a subject',
    forms: inflect('معتمد'),
    subjectOnly: inflect('معتمد'),
    example: 'وقال المعتمد الأول لولاية سوسة نبراس العيادي إن الطرق مفتوحة.',
    person: 'نبراس العيادي',
  },
  {
    field: 'unions',
    key: 'نقيب',
    reason:
      'the head of a professional syndicate is named by it (نقيب المحامين، نقيبة الصحفيين); النقيب alone is a rank',
    forms: ['نقيب', 'نقيبة'],
    example: 'وقال نقيب المهندسين سامي الحداد إن الإضراب مستمر.',
    person: 'سامي الحداد',
  },
  {
    field: 'military',
    key: 'رتبة',
    reason: "military ranks precede an officer's name",
    forms: [
      'الرائد',
      'النقيب',
      'الملازم',
      'العماد',
      'العقيد الركن',
      'العميد الركن',
      'اللواء الركن',
    ],
    example: 'وقال الرائد سامي الرفاعي إن الدوريات انتشرت.',
    person: 'سامي الرفاعي',
  },
  {
    field: 'honorific',
    key: 'سيد',
    reason: 'honorifics (السيد، الحاج) precede a name',
    forms: ['السيد', 'السيدة', 'الحاج', 'الحاجة'],
    example: 'وقال السيد محمود العالول إن الاجتماع مثمر.',
    person: 'محمود العالول',
  },
  {
    field: 'honorific',
    key: 'معالي',
    reason:
      'honorifics of office (Excellency, Highness, Eminence) precede a name, often before السيد or a title',
    forms: [
      'معالي',
      'سعادة',
      'فخامة',
      'سمو',
      'سماحة',
      'عطوفة',
      'صاحب السمو',
      'صاحبة السمو',
      'صاحب الجلالة',
      'صاحب المعالي',
      'صاحب السعادة',
      'صاحب الفخامة',
    ],
    example: 'وقال معالي السيد ناصر الفارسي إن الاتفاق يخدم البلدين.',
    person: 'ناصر الفارسي',
  },
  {
    field: 'honorific',
    key: 'سير',
    reason:
      'British honours (Sir, Lord, Lady, Baroness) stand before a name, often after academic titles',
    forms: ['السير', 'اللورد', 'الليدي', 'البارونة'],
    example: 'وقال الأستاذ الدكتور السير بيتر هاول إن الشراكة مثمرة.',
    person: 'بيتر هاول',
  },
];
