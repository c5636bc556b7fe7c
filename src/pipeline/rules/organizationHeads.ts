/**
 * Organizations named by their kind: a head noun (وزارة، هيئة، نادي …) and what completes it —
 * definite complements and adjectives (الصحة، المصرية), a ل-complement (لكرة القدم، للانتخابات),
 * a construct noun before a definite word or a place (أمن الدولة، منطقة تبوك), fields joined by و
 * (الثقافة والسياحة), or, for heads that take one, a proper name (نادي الزمالك، بنك عودة).
 * One row per head; the stage applies rows, the rows' examples are its test table.
 */

export interface OrganizationHeadRule {
  /** The head as written without ال; one or two words («الدفاع المدني» is written with ال). */
  head: string;
  /** The head is written with ال in names (الدفاع المدني، الهلال الأحمر, النيابة). */
  definiteOnly?: boolean;
  /** The name after the head names the body alone too, even with ال: a party, a movement, a
   * club (حزب العدالة والتنمية → «العدالة والتنمية», نادي الزمالك → «الزمالك»). */
  nameWithoutHead?: boolean;
  /** With ال the head names a thing of its kind, not a body (المجموعة الشمسية). */
  indefiniteOnly?: boolean;
  /** After an election's nouns (انتخابات، مرشح…: ELECTION_WORDS) the head is the office run
   * for, not the body (مرشحي الرئاسة الأمريكية). */
  officeInElections?: boolean;
  /** A proper name may follow the head directly (نادي الزمالك، بنك عودة، حزب الأمة). */
  takesName?: boolean;
  /** Fields joined by و belong to the name (وزارة الثقافة والسياحة والآثار). */
  joinsFields?: boolean;
  /** The head is a common noun too and a definite complement must come first (مصلحة الضرائب;
   * مصلحة البلد is «the country's interest» but needs more, see `specific`). */
  needsDefinite?: boolean;
  /** The head is a common noun too (إدارة الأزمة، قوات كبيرة): the name needs a nationality,
   * a place, a ل-complement or two complements. */
  specific?: boolean;
  /** With `needsDefinite`, a place right after the head still names the body (حكومة دبي); for
   * the other such heads it is whose interest or leadership is meant (في مصلحة إيران). */
  placeNames?: boolean;
  /** A place right after the head is whose the thing is, not the body's name: «وحدة السودان» is
   * the unity of the Sudan (a unit is named by its task: وحدة مكافحة الإرهاب). */
  placeIsWhose?: boolean;
  /** The head is mostly figurative in quoted words (حركة الحياة، حكومة الكفاءات، صندوق المال
   * السياسي): inside a quote it names no body. */
  figurative?: boolean;
  /** In an article about sport (rules/teamFrames.ts SPORTS_SIGNS) one definite word after the
   * head names a club, and names it alone too (فريق الاتفاق → «الاتفاق»). */
  teamInSports?: boolean;
  /** The head alone names the body (القوات المسلحة، الدفاع المدني): whose it is, the article
   * says, so without a country it is its article's own (a key per article, like «الوزارة»). */
  namesAlone?: boolean;
  /** The body serves an official named by a title phrase (مكتب رئيس الوزراء، المكتب الإعلامي
   * لرئيس الوزراء، ديوان رئيس الجمهورية): the title belongs to the body's name. */
  ofOfficial?: boolean;
  /** A business named after its founder (مجموعة أحمد الراشد، شركة سامي النجار وأولاده): a person's
   * name right after the indefinite head is the body's name. */
  namedAfterPerson?: boolean;
  /** First complements that make the head a common noun, whatever follows (حركة المرور is
   * traffic, هيئة المحكمة the bench). */
  notNamedBy?: string[];
  /** The head is mostly a common noun (قوة: strength) and names a body only with one of these
   * first complements (قوة الإطفاء، قوة حفظ السلام). */
  namedOnlyBy?: string[];
  /** The head is mostly a common noun (سوق: a market) and names a body only when one of these
   * words is in its name (سوق الواحة المالي، سوق المدينة للأوراق المالية). */
  namedOnlyWith?: string[];
  /** Right before another body's head it is that body's organ, not a body of its own: «إدارة
   * المؤسسة الوطنية للنفط» is the corporation's management, and the corporation is named. */
  organOfBody?: boolean;
  /** After another body's head it is that body's construct noun, not a body of its own:
   * «تحالف قوى المعارضة» is one alliance (other heads after a head are two bodies: «مكتب حركة
   * المقاومة»). */
  constructAfterHead?: boolean;
  /** The head is matched only as written, ى and ي told apart: «قوى» (forces) and «قوي»
   * (strong) are one word once normalized. */
  asWritten?: boolean;
  /** The body it is an organ of, a known one after ل, belongs to its name: «الجمعية العامة
   * للأمم المتحدة». */
  organNamedByBody?: boolean;
  /** A body named by a foreign nationality is known by its host city too, with في or ب: «الجامعة
   * الكندية في دبي» (stages/organizations.ts hostCityEnd). */
  hostCity?: boolean;
  /** A body named after a royal or religious honoree (lexicon HONOREE_RANK_WORDS): the rank and
   * the bearer's name right after the indefinite head are the body's name (مستشفى الملك نادر،
   * مركز الشيخة سلمى للأبحاث), with the adjectives and the ل-field that follow them. */
  namedAfterHonoree?: boolean;
  reason: string;
  /** A sentence we wrote, and the organization it must yield (it is also the speaker). */
  example: string;
  expect: string;
}

export const ORGANIZATION_HEADS: OrganizationHeadRule[] = [
  {
    head: 'وزارة',
    joinsFields: true,
    reason: 'a ministry is named by its fields and its country',
    example: 'وقالت وزارة الصحة والسكان المصرية إن الحملة مستمرة حتى نهاية الشهر.',
    expect: 'وزارة الصحة والسكان المصرية',
  },
  {
    head: 'هيئة',
    joinsFields: true,
    // The bench of a trial.
    notNamedBy: ['المحكمة'],
    reason: 'an authority is named by its field',
    example: 'وأعلنت هيئة الأرصاد الجوية المصرية أن الطقس سيكون حارا نهارا.',
    expect: 'هيئة الأرصاد الجوية المصرية',
  },
  {
    head: 'إدارة',
    figurative: true,
    specific: true,
    organOfBody: true,
    joinsFields: true,
    reason: 'an administration with its field and country (إدارة alone is management)',
    example: 'وقالت إدارة الطيران المدني الأمريكية إن الرحلات ستستأنف صباح الغد.',
    expect: 'إدارة الطيران المدني الأمريكية',
  },
  {
    head: 'وكالة',
    reason: 'an agency is named by its field',
    example: 'وذكرت وكالة الفضاء الأوروبية أن المسبار وصل إلى مداره.',
    expect: 'وكالة الفضاء الأوروبية',
  },
  {
    head: 'مركز',
    namedAfterHonoree: true,
    specific: true,
    reason: 'a centre with its qualifier and field (المركز الأول is a rank, not a body)',
    example: 'وأفاد المركز الوطني للأرصاد بأن الأمطار ستستمر حتى الخميس.',
    expect: 'المركز الوطني للأرصاد',
  },
  {
    head: 'مجلس',
    joinsFields: true,
    reason: 'a council is named by its complement',
    example: 'وقال مجلس التعاون الخليجي إن القمة ستعقد في الرياض.',
    expect: 'مجلس التعاون الخليجي',
  },
  {
    head: 'لجنة',
    joinsFields: true,
    reason: 'a committee is named by its field',
    example: 'وأعلنت لجنة الانتخابات المركزية أن النتائج ستصدر غدا.',
    expect: 'لجنة الانتخابات المركزية',
  },
  {
    head: 'منظمة',
    reason: 'an organization is named by its complement',
    example: 'وقالت منظمة العفو الدولية إن المعتقلين تعرضوا لسوء المعاملة.',
    expect: 'منظمة العفو الدولية',
  },
  {
    head: 'اتحاد',
    joinsFields: true,
    reason: 'a federation or union with its nationality and its sport or trade',
    example: 'وقال الاتحاد المصري لكرة القدم إن المباراة تأجلت أسبوعا.',
    expect: 'الاتحاد المصري لكرة القدم',
  },
  {
    head: 'نادي',
    nameWithoutHead: true,
    takesName: true,
    reason: 'a club is named by a proper name',
    example: 'وأعلن نادي الكواكب أن المدرب رحل بالتراضي.',
    expect: 'نادي الكواكب',
  },
  {
    head: 'فريق',
    specific: true,
    teamInSports: true,
    reason: 'a team with its qualifier (الفريق alone is also a military rank)',
    example: 'وأكد فريق الخبراء الأمميين أن العقوبات انتهكت مرارا.',
    expect: 'فريق الخبراء الأمميين',
  },
  {
    head: 'منتخب',
    reason: 'a national team with its country',
    example: 'وقال المنتخب المغربي في بيان إن اللاعبين جاهزون للمباراة.',
    expect: 'المنتخب المغربي',
  },
  {
    head: 'شركة',
    reason: "a company named by its field (a proper name after شركة is the outlet rule's)",
    example: 'وقالت شركة الكهرباء الوطنية إن الانقطاع سينتهي مساء.',
    expect: 'شركة الكهرباء الوطنية',
  },
  {
    head: 'بنك',
    takesName: true,
    reason: 'a bank is named by a proper name, a place or its adjectives',
    example: 'وقال بنك الكويت الوطني إن الودائع زادت هذا العام.',
    expect: 'بنك الكويت الوطني',
  },
  {
    head: 'مصرف',
    takesName: true,
    reason: 'a bank (مصرف) is named like بنك',
    example: 'وأعلن مصرف ليبيا المركزي أن السيولة متوفرة في الفروع.',
    expect: 'مصرف ليبيا المركزي',
  },
  {
    head: 'صندوق',
    namedAfterHonoree: true,
    figurative: true,
    reason: 'a fund is named by its field',
    example: 'وقال صندوق النقد العربي إن النمو سيتباطأ.',
    expect: 'صندوق النقد العربي',
  },
  {
    head: 'جيش',
    reason: 'an army with its nationality',
    example: 'وقال الجيش السوداني إن قواته تقدمت في الخرطوم.',
    expect: 'الجيش السوداني',
  },
  {
    head: 'قوات',
    specific: true,
    reason: 'forces with their branch and country',
    example: 'وأعلنت قوات الدفاع الجوي السعودية أنها اعترضت صاروخا.',
    expect: 'قوات الدفاع الجوي السعودية',
  },
  {
    head: 'قوى',
    asWritten: true,
    specific: true,
    constructAfterHead: true,

    indefiniteOnly: true,
    figurative: true,
    // «القوى الكبرى», «القوى العاملة» are powers and the workforce; «قوى الشر» a figure.
    reason:
      'a security force or a coalition of forces with its field and qualifier (قوى الأمن العام، قوى التغيير الديمقراطي)',
    example: 'وقالت قوى الأمن العام في بيان إن الطريق أغلق بسبب الثلوج.',
    expect: 'قوى الأمن العام',
  },
  {
    head: 'الدفاع المدني',
    definiteOnly: true,
    namesAlone: true,
    reason: 'the civil defence, with its country when given',
    example: 'وقال الدفاع المدني الفلسطيني إن فرقه انتشلت ثلاثة مصابين.',
    expect: 'الدفاع المدني الفلسطيني',
  },
  {
    head: 'الحماية المدنية',
    definiteOnly: true,
    namesAlone: true,
    reason: 'the civil defence as Tunisia, Algeria and Egypt call it, with its country when given',
    example: 'وقالت الحماية المدنية إن أعوانها أخمدوا الحريق بعد ساعتين.',
    expect: 'الحماية المدنية',
  },
  {
    head: 'الوقاية المدنية',
    definiteOnly: true,
    namesAlone: true,
    reason: 'the civil defence as Morocco calls it, with its country when given',
    example: 'وأعلنت الوقاية المدنية أن فرقها أنقذت عشرة أشخاص من السيول.',
    expect: 'الوقاية المدنية',
  },
  {
    head: 'القوات المسلحة',
    definiteOnly: true,
    namesAlone: true,
    reason: 'the armed forces, with their country when given',
    example: 'وقالت القوات المسلحة الأردنية إن طائراتها أسقطت مسيرة.',
    expect: 'القوات المسلحة الأردنية',
  },
  {
    head: 'مكتبة',
    namedAfterHonoree: true,
    takesName: true,
    reason: 'a library is named by its place or founder',
    example: 'وقالت مكتبة الإسكندرية إن المعرض يفتتح غدا.',
    expect: 'مكتبة الإسكندرية',
  },
  {
    head: 'الهلال الأحمر',
    definiteOnly: true,
    namesAlone: true,
    reason: 'a Red Crescent society, with its country when given',
    example: 'وقال الهلال الأحمر الفلسطيني إن طواقمه نقلت المصابين.',
    expect: 'الهلال الأحمر الفلسطيني',
  },
  {
    head: 'حركة',
    figurative: true,
    // The movement of travellers, traffic and goods.
    notNamedBy: [
      'السفر',
      'المرور',
      'السير',
      'الطيران',
      'النقل',
      'الملاحة',
      'الركاب',
      'المسافرين',
      'الشحن',
      'التجارة',
      'البيع',
      'التداول',
      'الأسواق',
      'السياحة',
    ],
    nameWithoutHead: true,
    takesName: true,
    reason: 'a movement is named by a proper name',
    example: 'وقالت حركة النهضة إن قياداتها اعتقلت فجرا.',
    expect: 'حركة النهضة',
  },
  {
    head: 'حزب',
    nameWithoutHead: true,
    takesName: true,
    joinsFields: true,
    reason:
      'a party is named by a proper name, its adjectives, or two values joined by و (العدالة والتنمية)',
    example: 'وقال حزب الأمة القومي إنه سيقاطع الانتخابات.',
    expect: 'حزب الأمة القومي',
  },
  {
    head: 'محكمة',
    reason: 'a court is named by its jurisdiction',
    example: 'وقالت محكمة العدل الدولية إن القرار ملزم للطرفين.',
    expect: 'محكمة العدل الدولية',
  },
  {
    head: 'النيابة',
    definiteOnly: true,
    reason: 'the public prosecution (النيابة العامة)',
    example: 'وقالت النيابة العامة إن المتهمين اعترفوا بالتهم.',
    expect: 'النيابة العامة',
  },
  {
    head: 'نيابة',
    indefiniteOnly: true,
    needsDefinite: true,
    reason:
      'a prosecution office named by its field (نيابة أمن الدولة، نيابة الأموال العامة); «نيابة عن» is on behalf of',
    example: 'وقالت نيابة الأموال العامة إن المتهمين أعادوا المبالغ.',
    expect: 'نيابة الأموال العامة',
  },
  {
    head: 'شرطة',
    reason: 'a police force is named by its place',
    example: 'وقالت شرطة دبي إن المشتبه به اعتقل في المطار.',
    expect: 'شرطة دبي',
  },
  {
    head: 'مؤسسة',
    namedAfterHonoree: true,
    takesName: true,
    // «المؤسسة العسكرية», «المؤسسة التشريعية»: a sector of the state (the military, the
    // legislature), not one body.
    notNamedBy: ['العسكرية', 'التشريعية', 'الأمنية', 'الدينية', 'القضائية', 'الإعلامية'],
    reason: 'a corporation or foundation is named by its field',
    example: 'وأعلنت مؤسسة النفط الوطنية أن الإنتاج استؤنف.',
    expect: 'مؤسسة النفط الوطنية',
  },
  {
    head: 'جامعة',
    namedAfterHonoree: true,
    hostCity: true,
    joinsFields: true,
    reason:
      'a university is named by its place, its founder or its fields (جامعة الهندسة والتقنيات)',
    example: 'وقالت جامعة القاهرة إن الامتحانات تأجلت.',
    expect: 'جامعة القاهرة',
  },
  {
    head: 'مكتب',
    specific: true,
    ofOfficial: true,
    reason:
      'an office with its qualifiers, or the office of an official named by a title (مكتب رئيس الوزراء، المكتب الإعلامي لرئيس الوزراء)',
    example: 'وذكر المكتب الإعلامي الحكومي أن عدد الضحايا ارتفع.',
    expect: 'المكتب الإعلامي الحكومي',
  },
  {
    head: 'مفوضية',
    reason: 'a commission is named by its complement',
    example: 'وقالت المفوضية العليا المستقلة للانتخابات إن نسبة المشاركة بلغت النصف.',
    expect: 'المفوضية العليا المستقلة للانتخابات',
  },
  {
    head: 'سلطة',
    specific: true,
    reason: 'an authority with its qualifiers (السلطة alone is power)',
    example: 'وقالت السلطة الوطنية المستقلة للانتخابات إن الاقتراع جرى بهدوء.',
    expect: 'السلطة الوطنية المستقلة للانتخابات',
  },
  {
    head: 'جمعية',
    joinsFields: true,
    takesName: true,
    // A body's general assembly is its organ, not a body (الجمعية العمومية للنادي).
    notNamedBy: ['العمومية'],
    reason: 'an association is named by its members or field',
    example: 'وقالت جمعية القضاة التونسيين إن القرار يمس استقلال القضاء.',
    expect: 'جمعية القضاة التونسيين',
  },
  {
    head: 'الجمعية العامة',
    definiteOnly: true,
    organNamedByBody: true,
    namedOnlyWith: ['الأمم', 'للأمم'],
    reason:
      'the general assembly of the United Nations is a body; any other body’s general assembly is its organ',
    example: 'وقالت الجمعية العامة للأمم المتحدة إن التصويت سيجرى غدا.',
    expect: 'الجمعية العامة للأمم المتحدة',
  },
  {
    head: 'نقابة',
    joinsFields: true,
    reason: 'a syndicate is named by its trade',
    example: 'وأكدت نقابة الصحفيين المصريين أن الزميل أفرج عنه.',
    expect: 'نقابة الصحفيين المصريين',
  },
  {
    head: 'غرفة',
    joinsFields: true,
    reason:
      'a chamber of commerce is named by its trades (التجارة والصناعة, joined by و) and its place',
    example: 'وقالت غرفة تجارة دبي إن الصادرات ارتفعت.',
    expect: 'غرفة تجارة دبي',
  },
  {
    head: 'الخطوط الجوية',
    definiteOnly: true,
    reason: 'an airline (الخطوط الجوية) with its nationality',
    example: 'وأعلنت الخطوط الجوية الكويتية أنها علقت رحلاتها إلى بيروت.',
    expect: 'الخطوط الجوية الكويتية',
  },
  {
    head: 'مستشفى',
    namedAfterHonoree: true,
    takesName: true,
    reason: 'a hospital is named by a proper name',
    example: 'وقال مستشفى الشفاء إن عشرات الجرحى وصلوا.',
    expect: 'مستشفى الشفاء',
  },
  {
    head: 'رابطة',
    joinsFields: true,
    reason: 'a league is named by its complement',
    example: 'وقالت رابطة العالم الإسلامي إن المؤتمر يعقد سنويا.',
    expect: 'رابطة العالم الإسلامي',
  },
  {
    head: 'تحالف',
    specific: true,
    reason: 'a coalition with its purpose',
    example: 'وقال تحالف دعم الشرعية في اليمن إن الهدنة صامدة.',
    expect: 'تحالف دعم الشرعية',
  },
  {
    head: 'ائتلاف',
    specific: true,
    reason: 'a coalition or bloc named by its purpose or members (ائتلاف alone is an alliance)',
    example: 'وقال ائتلاف قوى التغيير في بيان إن المفاوضات متوقفة.',
    expect: 'ائتلاف قوى التغيير',
  },
  {
    head: 'سفارة',
    reason: 'an embassy is named by its country, as a nationality or a place',
    example: 'وقالت السفارة الفرنسية في القاهرة إن التأشيرات ستصدر خلال أسبوع.',
    expect: 'السفارة الفرنسية',
  },
  {
    head: 'قنصلية',
    reason: 'a consulate is named by its country',
    example: 'وأعلنت القنصلية الأمريكية في دبي أن مواعيدها تغيرت.',
    expect: 'القنصلية الأمريكية',
  },
  {
    head: 'برلمان',
    specific: true,
    reason:
      'a parliament is named by its place or nationality (برلمان كردستان، البرلمان الأوروبي); «البرلمان» alone is the article’s own, named otherwise',
    example: 'وقال برلمان الإقليم الشمالي في بيان إن الجلسة تأجلت.',
    expect: 'برلمان الإقليم الشمالي',
  },
  {
    head: 'مديرية',
    joinsFields: true,
    reason: 'a directorate is named by its fields (مديرية الفنون والمسرح)',
    example: 'وقالت مديرية الصحة في إدلب إن المستشفيات ممتلئة.',
    expect: 'مديرية الصحة',
  },
  {
    head: 'سوق',
    namedOnlyWith: ['المالي', 'المالية', 'للأوراق', 'للأسهم'],
    reason:
      'a stock market is named by its place and its trade (سوق مسقط للأوراق المالية); سوق alone is a market',
    example: 'وقال سوق الواحة للأوراق المالية إن التداول توقف ساعة.',
    expect: 'سوق الواحة للأوراق المالية',
  },
  {
    head: 'بورصة',
    reason: 'a stock exchange is named by its place',
    example: 'وقالت بورصة الكويت إن التداول توقف ساعة.',
    expect: 'بورصة الكويت',
  },
  {
    head: 'معهد',
    namedAfterHonoree: true,
    reason: 'an institute is named by its place and field',
    example: 'وقال معهد الكويت للأبحاث العلمية إن الدراسة اكتملت.',
    expect: 'معهد الكويت للأبحاث العلمية',
  },
  {
    head: 'برنامج',
    specific: true,
    // The United Nations' programmes (برنامج الأمم المتحدة الإنمائي، برنامج الأغذية العالمي)
    // are bodies; a programme of reform, research or a government is a plan.
    namedOnlyWith: ['الأمم', 'الأغذية', 'الغذاء', 'العالمي', 'الإنمائي'],
    reason: 'a programme of the United Nations with its qualifiers (other programmes are plans)',
    example: 'وقال برنامج الأغذية العالمي إن المخزون يكفي شهرا.',
    expect: 'برنامج الأغذية العالمي',
  },
  {
    head: 'مرصد',
    reason: 'an observatory is named by its country and field',
    example: 'وقال المرصد السوري لحقوق الإنسان إن القصف استمر.',
    expect: 'المرصد السوري لحقوق الإنسان',
  },
  {
    head: 'مصلحة',
    specific: true,
    needsDefinite: true,
    reason: 'a government department (مصلحة الضرائب) with its country',
    example: 'وقالت مصلحة الضرائب المصرية إن المهلة مددت.',
    expect: 'مصلحة الضرائب المصرية',
  },
  {
    head: 'جهاز',
    specific: true,
    joinsFields: true,
    reason: 'a state agency (جهاز) with its fields and qualifiers (جهاز الأمن والمخابرات الوطني)',
    example: 'وأعلن جهاز الإحصاء المركزي أن التضخم تراجع.',
    expect: 'جهاز الإحصاء المركزي',
  },
  {
    head: 'بلدية',
    reason: 'a municipality is named by its town',
    example: 'وقالت بلدية الزهراء في بيان إن فرقها فتحت الطرق المغلقة.',
    expect: 'بلدية الزهراء',
  },
  {
    head: 'جبهة',
    nameWithoutHead: true,
    specific: true,
    takesName: true,
    reason:
      'a political or armed front is named by its cause or a proper name (جبهة alone is a battlefront)',
    example: 'وقالت جبهة التحرير الشعبية إنها ستشارك في الحوار.',
    expect: 'جبهة التحرير الشعبية',
  },
  {
    head: 'تيار',
    nameWithoutHead: true,
    specific: true,
    reason: 'a political current is named by its adjectives (تيار alone is a current)',
    example: 'وقال تيار المستقبل الوطني إنه لن يرشح أحدا.',
    expect: 'تيار المستقبل الوطني',
  },
  {
    head: 'كتلة',
    specific: true,
    joinsFields: true,
    reason: 'a parliamentary bloc is named by its cause (كتلة alone is a mass)',
    example: 'وأعلنت كتلة الإصلاح والتنمية النيابية أنها ستصوت ضد الموازنة.',
    expect: 'كتلة الإصلاح والتنمية النيابية',
  },
  {
    head: 'تكتل',
    takesName: true,
    joinsFields: true,
    reason:
      'a parliamentary bloc, named by its cause or by a quoted name (تكتل alone is a grouping)',
    example: 'وقال تكتل "النهضة الوطنية" إنه سيقاطع جلسة الثقة.',
    expect: 'النهضة الوطنية',
  },
  {
    head: 'تجمع',
    specific: true,
    reason: 'an association of professions or parties (تجمع alone is a gathering)',
    example: 'وقال تجمع المهنيين الأحرار إن الإضراب مستمر.',
    expect: 'تجمع المهنيين الأحرار',
  },
  {
    head: 'قيادة',
    specific: true,
    needsDefinite: true,
    reason: 'a military command is named by its force (قيادة alone is leadership)',
    example: 'وقالت قيادة العمليات المشتركة إن القصف استهدف مخازن الذخيرة.',
    expect: 'قيادة العمليات المشتركة',
  },
  {
    head: 'كتائب',
    takesName: true,
    reason: 'armed brigades are named by a proper name or a person',
    example: 'وقالت كتائب الفجر في بيان إن مقاتليها انسحبوا.',
    expect: 'كتائب الفجر',
  },
  {
    head: 'دار',
    needsDefinite: true,
    // The abode of war, of peace (دار السلام is a city too) or of the hereafter.
    notNamedBy: ['الحرب', 'السلام', 'الإسلام', 'البقاء', 'الفناء', 'الآخرة'],
    reason:
      'an institution called a house (دار الإفتاء، دار الأوبرا، a publisher) is named by its field, with its country when given',
    example: 'وقالت دار الإفتاء الليبية إن الصيام يبدأ الخميس.',
    expect: 'دار الإفتاء الليبية',
  },
  {
    head: 'ديوان',
    needsDefinite: true,
    reason: 'an audit or royal court office (ديوان المحاسبة) named by its field',
    example: 'وقال ديوان المحاسبة إن المخالفات بلغت مليون دينار.',
    expect: 'ديوان المحاسبة',
  },
  {
    head: 'كلية',
    namedAfterHonoree: true,
    joinsFields: true,
    reason:
      'a faculty or college is named by its field (كلية الطب، كلية العلوم والتقنية) or founder',
    example: 'وقالت كلية الهندسة إن الطلاب فازوا بالجائزة.',
    expect: 'كلية الهندسة',
  },
  {
    head: 'فوج',
    needsDefinite: true,
    reason: 'a corps is named by its service (فوج الإطفاء)',
    example: 'وقال فوج الإطفاء إن الحريق أخمد بعد ساعتين.',
    expect: 'فوج الإطفاء',
  },
  {
    head: 'عمادة',
    needsDefinite: true,
    joinsFields: true,
    reason: 'a deanship of a university is named by its field (عمادة شؤون الطلبة)',
    example: 'وأعلنت عمادة القبول والتسجيل أن الطلبات مفتوحة.',
    expect: 'عمادة القبول والتسجيل',
  },
  {
    head: 'أكاديمية',
    namedAfterHonoree: true,
    reason: 'an academy is named by its field or place',
    example: 'وأعلنت أكاديمية الفنون الجميلة أن التسجيل مفتوح.',
    expect: 'أكاديمية الفنون الجميلة',
  },
  {
    head: 'مجمع',
    namedAfterHonoree: true,
    specific: true,
    needsDefinite: true,
    reason: 'an academy or complex named by its field (مجمع اللغة العربية); alone it is a compound',
    example: 'وقال مجمع اللغة العربية في بيان إن المعجم اكتمل.',
    expect: 'مجمع اللغة العربية',
  },
  {
    head: 'مجموعة',
    specific: true,
    needsDefinite: true,
    indefiniteOnly: true,
    namedAfterPerson: true,
    reason:
      'a business group named by its field and its country, or after its founder (مجموعة أحمد الراشد); a group of things otherwise (مجموعة عظام)',
    example: 'وقالت مجموعة الاتصالات الأردنية إن أرباحها ارتفعت.',
    expect: 'مجموعة الاتصالات الأردنية',
  },
  {
    head: 'رئاسة',
    specific: true,
    officeInElections: true,
    reason:
      'a presidency with its country (الرئاسة اللبنانية); alone or with one noun it is chairing (برئاسة الوزير)',
    example: 'وقالت الرئاسة التونسية إن الزيارة تأجلت.',
    expect: 'الرئاسة التونسية',
  },
  {
    head: 'حكومة',
    placeNames: true,
    figurative: true,
    needsDefinite: true,
    indefiniteOnly: true,
    reason:
      'a government named by what it is (حكومة الوحدة الوطنية، حكومة الوفاق); «الحكومة» with its nationality is the government-of-country rule',
    example: 'وقالت حكومة الوحدة الوطنية إن الانتخابات ستجرى في موعدها.',
    expect: 'حكومة الوحدة الوطنية',
  },
  {
    head: 'وحدة',
    specific: true,
    placeIsWhose: true,
    // The unity of a people, a land, a stand (وحدة الصف، وحدة الشعب، وحدة الأراضي).
    notNamedBy: [
      'الصف',
      'الصفوف',
      'الشعب',
      'الكلمة',
      'الموقف',
      'الأراضي',
      'التراب',
      'المصير',
      'الأمة',
    ],
    reason:
      'a government unit named by its task (الوحدة التنفيذية لإدارة المخيمات); alone or with one adjective it is unity (الوحدة الوطنية)',
    example: 'وقالت الوحدة التنفيذية لشؤون اللاجئين إن الخيام تضررت.',
    expect: 'الوحدة التنفيذية لشؤون اللاجئين',
  },
  {
    head: 'تلفزيون',
    takesName: true,
    specific: true,
    reason:
      'a broadcaster named by its country or place (التلفزيون المغربي، تلفزيون دبي); alone it is a set',
    example: 'وقال التلفزيون المغربي إن المباراة ستنقل مباشرة.',
    expect: 'التلفزيون المغربي',
  },
  {
    head: 'جماعة',
    takesName: true,
    needsDefinite: true,
    indefiniteOnly: true,
    reason:
      'a group named by what it stands for (جماعة أنصار الشريعة); an indefinite adjective makes it any group (جماعة مسلحة)',
    example: 'وقالت جماعة أنصار الإصلاح إنها ستشارك في الحوار.',
    expect: 'جماعة أنصار الإصلاح',
  },
  {
    head: 'دائرة',
    needsDefinite: true,
    indefiniteOnly: true,
    joinsFields: true,
    reason:
      'a government department named by its fields (دائرة الإحصاء والتخطيط); «الدائرة» alone is a constituency',
    example: 'وقالت دائرة الإحصاء والتخطيط إن المسح اكتمل.',
    expect: 'دائرة الإحصاء والتخطيط',
  },
  {
    head: 'قوة',
    indefiniteOnly: true,
    namedOnlyBy: [
      'الإطفاء',
      'حفظ',
      'الدفاع',
      'دفاع',
      'الردع',
      'الأمن',
      'الشرطة',
      'التدخل',
      'المهام',
    ],
    reason:
      'a force of firefighters, peacekeepers or police; «قوة» is strength in most other phrases',
    example: 'وقالت قوة الإطفاء الوطنية إن الفرق سيطرت على الحريق.',
    expect: 'قوة الإطفاء الوطنية',
  },
];

/** Complements that make no name: ranks and times (المركز الأول، الاجتماع المقبل). */
export const NON_NAMING_COMPLEMENTS = `الأول الثاني الثالث الرابع الخامس الأخير الأخيرة الأولى
الثانية الجديد الجديدة الحالي الحالية السابق السابقة الأسبق الأسبقة المقبل المقبلة القادم القادمة الماضي
الماضية نفسه نفسها ذاته ذاتها كله كلها الكبير الكبيرة الصغير المذكور المذكورة المعني المعنية
الرسمي الرسمية
الأسبوع اليوم الشهر الليلة الجاري الحالي`
  .split(/\s+/)
  .filter(Boolean);
