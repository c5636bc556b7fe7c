/**
 * Titles across fields (general knowledge): sports, business, judiciary, health, science,
 * religion, media, culture, politics, military. Each row gives the role keyword, the forms a
 * title is written in (with and without ال, masculine and feminine) and a sentence we wrote in
 * which the title introduces a speaker — the row's test.
 */

export interface FieldTitle {
  field: string;
  key: string;
  forms: string[];
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
    forms: inflect('مدرب'),
    example: 'وقال مدرب المنتخب الأردني جمال السلامي إن الفريق جاهز للنهائي.',
    person: 'جمال السلامي',
  },
  {
    field: 'sports',
    key: 'لاعب',
    forms: inflect('لاعب'),
    example: 'وأكد اللاعب الدولي يوسف النصيري أن الفوز كان مستحقا.',
    person: 'يوسف النصيري',
  },
  {
    field: 'sports',
    key: 'حارس',
    forms: [...inflect('حارس'), 'حارس مرمى', 'حارس المرمى'],
    example: 'وقال حارس المرمى ياسين بونو إن الدفاع لعب جيدا.',
    person: 'ياسين بونو',
  },
  {
    field: 'sports',
    key: 'مهاجم',
    forms: inflect('مهاجم'),
    example: 'وقال المهاجم أيمن حسين إن الهدف أهدي للجماهير.',
    person: 'أيمن حسين',
  },
  {
    field: 'sports',
    key: 'نجم',
    forms: ['نجم', 'النجم', 'نجمة', 'النجمة'],
    example: 'وقال النجم المصري محمد صلاح إن الموسم كان صعبا.',
    person: 'محمد صلاح',
  },
  {
    field: 'business',
    key: 'رئيس',
    forms: ['الرئيس التنفيذي', 'الرئيسة التنفيذية'],
    example: 'وقال الرئيس التنفيذي للشركة سامر حداد إن المبيعات ارتفعت.',
    person: 'سامر حداد',
  },
  {
    field: 'business',
    key: 'مؤسس',
    // Not the feminine «مؤسسة»: that is «institution».
    forms: ['مؤسس', 'المؤسس'],
    example: 'وقال مؤسس المنصة فادي غندور إن التمويل اكتمل.',
    person: 'فادي غندور',
  },
  {
    field: 'judiciary',
    key: 'قاض',
    forms: ['قاضي', 'القاضي', 'قاضية', 'القاضية'],
    example: 'وقال القاضي منير الحسن إن الحكم نهائي.',
    person: 'منير الحسن',
  },
  {
    field: 'judiciary',
    key: 'مدع',
    forms: ['المدعي العام', 'مدعي عام', 'المدعية العامة', 'النائب العام'],
    example: 'وأعلن النائب العام حمادة الصاوي أن التحقيق مستمر.',
    person: 'حمادة الصاوي',
  },
  {
    field: 'judiciary',
    key: 'محام',
    forms: ['محامي', 'المحامي', 'محامية', 'المحامية'],
    example: 'وقالت المحامية دينا المقدم إن موكلها بريء.',
    person: 'دينا المقدم',
  },
  {
    field: 'health',
    key: 'طبيب',
    forms: inflect('طبيب'),
    example: 'وقال الطبيب أحمد الزعبي إن الحالة مستقرة.',
    person: 'أحمد الزعبي',
  },
  {
    field: 'health',
    key: 'استشاري',
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
    forms: ['بروفيسور', 'البروفيسور', 'بروفسور', 'البروفسور', 'الدكتورة', 'دكتورة', 'د'],
    example: 'وقال البروفيسور عادل الشريف إن التجربة نجحت.',
    person: 'عادل الشريف',
  },
  {
    field: 'science',
    key: 'مهندس',
    forms: inflect('مهندس'),
    example: 'وقال المهندس طارق الملا إن الحقل بدأ الإنتاج.',
    person: 'طارق الملا',
  },
  {
    field: 'religion',
    key: 'إمام',
    forms: ['الإمام', 'المفتي', 'مفتي', 'الداعية', 'المطران', 'البطريرك', 'البابا', 'الحاخام'],
    example: 'وقال المفتي شوقي علام إن الفتوى صدرت.',
    person: 'شوقي علام',
  },
  {
    field: 'media',
    key: 'إعلامي',
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
    forms: [
      'النائب',
      'النائبة',
      'البرلماني',
      'البرلمانية',
      'القيادي',
      'القيادية',
      'المرشح',
      'المرشحة',
    ],
    example: 'وقال القيادي في الحزب سعد الكتاتني إن الحوار متوقف.',
    person: 'سعد الكتاتني',
  },
  {
    field: 'politics',
    key: 'مسؤول',
    forms: ['مسؤول', 'مسئول', 'المسؤول', 'المسئول', 'مسؤولة', 'مسئولة', 'المسؤولة', 'المسئولة'],
    example: 'وقال المسؤول في وزارة التخطيط منير الخطيب إن الخطة جاهزة.',
    person: 'منير الخطيب',
  },
  {
    field: 'politics',
    key: 'والي',
    forms: ['والي', 'الوالي', 'والية', 'الوالية'],
    example: 'وقال والي الخرطوم أحمد عثمان حمزة إن المدارس ستفتح.',
    person: 'أحمد عثمان حمزة',
  },
  {
    field: 'military',
    key: 'رتبة',
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
    forms: ['السيد', 'السيدة', 'الحاج', 'الحاجة'],
    example: 'وقال السيد محمود العالول إن الاجتماع مثمر.',
    person: 'محمود العالول',
  },
];
