/**
 * People found by the entity stages, on short sentences written for these tests (not taken from
 * any article).
 */
import { describe, expect, it } from 'vitest';
import { labelsOf, run } from './helpers.ts';

describe('people', () => {
  it.each([
    ['a name after a title', 'وصل وزير المالية الألماني كارل هوفمان إلى بغداد.', 'كارل هوفمان'],
    [
      'a given name and an unknown surname',
      'التقى الوفد بالسيدة ماريا كوفالينكو أمس.',
      'ماريا كوفالينكو',
    ],
    [
      'a title in apposition after the name',
      'وصرّح أنطون غريغوريف، مساعد الرئيس الروسي، بأن المحادثات مستمرة.',
      'أنطون غريغوريف',
    ],
    ['a leader with a clitic', 'وأشاد الوزير لبوتين بدوره.', 'بوتين'],
    [
      'a third name closed by a relative pronoun',
      'وتقدم المرشح على الرئيس سامي خالد نصور الذي حصل على ثلث الأصوات.',
      'سامي خالد نصور',
    ],
    [
      'a third name closed by a dash between the items of a list',
      'وضمت اللجنة: كريم الحداد - عبد الهادي أحمد نصور - فادية خطار.',
      'عبد الهادي أحمد نصور',
    ],
    [
      'a name opened by عبد and closed by a family name in ال',
      'وانتقد زعيم الجماعة عبد الكريم العوامي القرار بشدة.',
      'عبد الكريم العوامي',
    ],
    [
      'a lineage name ends before a common noun',
      'وعقد الوزير سالم بن مرعي جلسة مع نظيره.',
      'سالم بن مرعي',
    ],
    [
      'a Mauritanian name with ولد and بو',
      'وقال رئيس الوزراء السابق أحمد ولد بو عمر وهو أحد المرشحين إن النتائج مزورة.',
      'أحمد ولد بو عمر',
    ],
    [
      'a female given name in ة after a title',
      'وقالت الممثلة ديمة الخوري إن العرض نجح.',
      'ديمة الخوري',
    ],
    [
      'a family name in و closed by a comma',
      'أكدت المتحدثة باسم الحكومة، نجوى وهبان، التزام الحكومة بالخطة.',
      'نجوى وهبان',
    ],
    [
      'a third name in ة after two given names',
      'وكانت المحكمة برئاسة المستشار محمد سامي عطية قد قضت بالسجن.',
      'محمد سامي عطية',
    ],
    [
      'a family name that is also a given name with و, before a comma',
      'وقضت المحكمة برئاسة المستشار خالد وجدي، رئيس الدائرة، بالبراءة.',
      'خالد وجدي',
    ],
    [
      'a compound given name with عز',
      'وقال نقيب المحامين، عز الدين الحسيني، إن الحكم سيستأنف.',
      'عز الدين الحسيني',
    ],
    [
      'an activist named after her title',
      'وقالت الناشطة الحقوقية سلمى الكعبي إن الاعتقالات مستمرة.',
      'سلمى الكعبي',
    ],
    [
      'a four-word name between commas',
      'وقال الرئيس، عبد ربه سالم هادي، إن الوضع صعب.',
      'عبد ربه سالم هادي',
    ],
    ['a given name that starts with و', 'وحضر ويل تومسون الاجتماع.', 'ويل تومسون'],
    [
      'an Arabic name with a family name in ال',
      'وقال المتحدث باسم الوزارة سامي العبيدي إن الوضع مستقر.',
      'سامي العبيدي',
    ],
    [
      'a name with عبد',
      'وصرح محافظ البنك المركزي طارق عبد الرحيم بأن الاحتياطي ارتفع.',
      'طارق عبد الرحيم',
    ],
    [
      'an unknown name between commas before its title',
      'وأكد، رامي حداد، مستشار الرئيس اللبناني، أن الحوار مستمر.',
      'رامي حداد',
    ],
    [
      'a name after a title and a comma',
      'وقال وزير الخارجية النمساوي، يوهان بيرغر، إن الحوار مستمر.',
      'يوهان بيرغر',
    ],
    [
      'a name broken over two lines by a scraped page',
      'وقال المتحدث باسم الوزارة سامي\nالعبيدي إن الوضع مستقر.',
      'سامي العبيدي',
    ],
    [
      'a title broken before its nationality adjective',
      'وقال وزير الخارجية\nالنمساوي يوهان بيرغر إن الحوار مستمر.',
      'يوهان بيرغر',
    ],
    [
      'a sentence broken around a one-word line',
      'وصرح المتحدث باسم الحكومة\nالتركية\n،\nكمال\nأوزتورك بأن الحدود مفتوحة.',
      'كمال أوزتورك',
    ],
    [
      'a given name spelled with أل after a title with a country',
      'وحضر رئيس فنلندا ألكسندر ستوب الاجتماع.',
      'ألكسندر ستوب',
    ],
    [
      'a long title with its complement before a name between commas',
      'وقال وزير الدولة لشؤون الاستثمار الناطق الرسمي باسم الحكومة، خالد الحمدان، إن العمل بدأ.',
      'خالد الحمدان',
    ],
    [
      '«علي» spelled with ي as a given name between commas',
      'وقال الناطق الرسمي باسم الحكومة، علي الدباس، إن الجلسة انتهت.',
      'علي الدباس',
    ],
    ['«علي» with ي after a speech verb', 'وقال علي الدباس إن الجلسة انتهت.', 'علي الدباس'],
    [
      'a name after a spokesman of the cabinet',
      'وقال المتحدث باسم مجلس الوزراء، ماهر الشريف، إن الجلسة انتهت.',
      'ماهر الشريف',
    ],
    [
      'a three-word unknown name after a title',
      'وأكد نائب وزير الخارجية للشؤون القنصلية جان بول فيرنييه، في بيان، أن القنصلية مغلقة.',
      'جان بول فيرنييه',
    ],
  ])('%s', (_t, text, name) => {
    expect(labelsOf(run(text), 'person')).toContain(name);
  });

  it('a title joined by و after a name starts the next list item', () => {
    const r = run('وضم الوفد هوفمان، ومستشار الرئيس الألماني، ووزير المالية كارل بيرغر.');
    expect(r.entities.find((e) => e.label === 'هوفمان')?.role).toBeUndefined();
  });

  it('a name without its family name joins the full name', () => {
    const r = run(
      'قال وزير الزراعة نبيل حمدي سليمان إن المحصول وفير. وأضاف نبيل حمدي أن الأسعار ستنخفض.',
    );
    expect(labelsOf(r, 'person')).toEqual(['نبيل حمدي سليمان']);
  });

  it('good faith and good neighbourliness after «حسن» are no one', () => {
    const r = run('ونكون عند حسن ظن جمهورنا. وتجمع البلدين علاقات حسن جوار.');
    expect(labelsOf(r, 'person')).toEqual([]);
  });

  it('a known person named with more of his lineage is one person, the longer name an alias', () => {
    const r = run('وقال ولي العهد محمد بن سلمان بن عبدالعزيز آل سعود إن المملكة تدعم الحوار.');
    const people = r.entities.filter((e) => e.kind === 'person');
    expect(people.map((e) => e.label)).toEqual(['محمد بن سلمان']);
    expect(people[0]?.aliases).toContain('محمد بن سلمان بن عبدالعزيز آل سعود');
    expect(people[0]?.mentions.map((m) => m.text)).toEqual(['محمد بن سلمان بن عبدالعزيز آل سعود']);
  });

  it('a family name in ال does not take the next noun', () => {
    const r = run('وصف الوزير خليل العمري أهالي المدينة بالصابرين.');
    expect(labelsOf(r, 'person')).toEqual(['خليل العمري']);
  });

  it.each([
    ['«أمين» as a given name', 'وقال أمين الحداد إن الأرباح ارتفعت.', 'أمين الحداد'],
    [
      'a son of a king is not the crown prince',
      'وأكد الأمير عبد العزيز بن سلمان أن الإنتاج مستقر. وأضاف بن سلمان أن الأسعار مناسبة.',
      'عبد العزيز بن سلمان',
    ],
    ['after two Arabic given names, a noun', 'على رفض الشيخ نعيم سالم نزع السلاح.', 'نعيم سالم'],
    ['after «عبد الله», an adverb', 'وعين المصرفي حسن عبد الله قائما بالأعمال.', 'حسن عبد الله'],
    ['a compound name goes on with بن', 'واستقبل عبد الله بن زايد الوفد.', 'عبد الله بن زايد'],
    ['a verbal noun after a family name', 'وحضر الوزير خالد الترابي الاجتماع.', 'خالد الترابي'],
    ['an ambiguous given name as a speaker', 'وقال سعيد الحربي إن الموسم ناجح.', 'سعيد الحربي'],
    [
      'a bare third name before the person’s own title',
      'وقال محمد جودة نصور مدير الإدارة إن الحملة انتهت.',
      'محمد جودة نصور',
    ],
    [
      'a bare third name closed by a comma',
      'وقال أحمد فرحة بشير، مدير الإدارة، إن الحملة انتهت.',
      'أحمد فرحة بشير',
    ],
    [
      '…but not a verb in the future before a title',
      'وقال إن سامي جودة سيكون رئيس الجلسة المقبلة.',
      'سامي جودة',
    ],
    [
      'a servant’s name after a father’s name in ال, closed by أن',
      'وأكد المدير سالم الحسين عبد الرحيم أن الفرق انتشرت.',
      'سالم الحسين عبد الرحيم',
    ],
    [
      'a family name that is an office too, closed by a comma',
      'وقال الدكتور أيمن الوكيل، رئيس الهيئة، إن المشروع كبير.',
      'أيمن الوكيل',
    ],
    [
      'a name opened by Morocco’s مولاي keeps its family name',
      'وقال الوزير مولاي رشيد السالمي إن المصنع سيفتتح.',
      'مولاي رشيد السالمي',
    ],
    [
      '«علي» opening a name of two lineages and a family name',
      'قال المدير علي بن سالم بن خالد النجار بأن الجلسة مثمرة.',
      'علي بن سالم بن خالد النجار',
    ],
    [
      '«علي» and its lineage right after a speech verb, closed by a comma',
      'وقال علي بن سالم النجار، مدير الهيئة، إن الحوار مهم.',
      'علي بن سالم النجار',
    ],
    [
      'a family name closed by the quote that opens the words',
      'وأكد الوزير سعيد بن خالد النجار “على الحرص على مشاركة المواطن”.',
      'سعيد بن خالد النجار',
    ],
    [
      'a derived verbal noun that governs the next word is the claim, not a family name',
      'أوضح رئيس المحكمة سالم حليمة ازدياد الجرائم بعد الحرب. وبين حليمة ازدياد دعاوى القتل.',
      'سالم حليمة',
    ],
    [
      '…but a family name in ة of the same shape stays',
      'وقال رئيس المجلس محمد تكالة ما يراه صوابا.',
      'محمد تكالة',
    ],
  ])('where an Arabic name ends: %s', (_t, text, name) => {
    expect(labelsOf(run(text), 'person')).toEqual([name]);
  });

  it('an indefinite object in the accusative and its adjective are no part of a name', () => {
    const r = run('وعقد جمال مؤتمرا صحافيا بمقر الاتحاد. وأجرى سامي النجار اتصالا هاتفيا بنظيره.');
    expect(labelsOf(r, 'person')).toEqual(['سامي النجار']);
  });

  it.each([
    [
      'a definite title between commas',
      'وقال سمير الحداد، المدير التنفيذي لشركة النور، إن الأرباح ارتفعت.',
      'سمير الحداد',
      'المدير التنفيذي لشركة النور',
    ],
    [
      'a title after a name found from its speech verb',
      'وصرح هارتمان، مساعد الرئيس الألماني، بأن اللقاء مفيد.',
      'هارتمان',
      'مساعد الرئيس الألماني',
    ],
    [
      'whom the speech is for is not part of the title',
      'وقال كارل هوفمان مساعد الرئيس الألماني للصحفيين إن اللقاء مفيد.',
      'كارل هوفمان',
      'مساعد الرئيس الألماني',
    ],
    [
      'a title with its complement between commas over a one-word honorific',
      'وعلق المستشار هاني الدسوقي، المتحدث الرسمي باسم رئاسة مجلس الوزراء، على القرار قائلا إن الجدول ثابت.',
      'هاني الدسوقي',
      'المتحدث الرسمي باسم رئاسة مجلس الوزراء',
    ],
    [
      'an indefinite title between commas over a one-word honorific',
      'قال الدكتور سامر الخطيب، وزير الدولة للنقل، إن الطرق جاهزة.',
      'سامر الخطيب',
      'وزير الدولة للنقل',
    ],
    [
      'two honorifics in a row between the office and the name leave the office the role',
      'وجه وزير الخارجية سعادة الشيخ سامي بن خالد آل نجار، رسالة إلى نظيره.',
      'سامي بن خالد آل نجار',
      'وزير الخارجية',
    ],
    [
      'the dual of a body’s noun in construct belongs to the title (غرفتي: two chambers)',
      'أعلن رئيس غرفتي صناعة المدينة والريف، سامر الخطيب، عن ارتفاع الصادرات.',
      'سامر الخطيب',
      'رئيس غرفتي صناعة المدينة والريف',
    ],
    [
      'the sport a team plays, with ب, belongs to its coach’s title',
      'قال مدرب المنتخب الوطني بكرة القدم سامر الخطيب، إن الفريق جاهز.',
      'سامر الخطيب',
      'مدرب المنتخب الوطني بكرة القدم',
    ],
    [
      'an assistant as Iraq and Syria title him',
      'وقال معاون مدير الهيئة سامر الخطيب إن الأمطار ستبدأ خفيفة.',
      'سامر الخطيب',
      'معاون مدير الهيئة',
    ],
    [
      'a participle of speech ends a title: the words it opens are the speaker’s',
      'وتمنى الوزير الشفاء العاجل لأمير البلاد واصفا الشيخ سالم بن خالد النجار، بأنه حكيم.',
      'سالم بن خالد النجار',
      'الشيخ',
    ],
  ])('role: %s', (_t, text, name, role) => {
    expect(run(text).entities.find((e) => e.label === name)?.role).toBe(role);
  });

  it('a name spelled with Persian ی/ک and with Arabic ي/ك is labelled in Arabic letters', () => {
    const r = run(
      'قال الوزير کریم نیکنام إن الاتفاق قريب. وأضاف نيكنام أن الجولة المقبلة في جنيف.',
    );
    const people = r.entities.filter((e) => e.kind === 'person');
    expect(people.map((e) => e.label)).toEqual(['كريم نيكنام']);
    expect(people[0]?.aliases).toContain('کریم نیکنام');
  });

  it('a blank line always ends the paragraph', () => {
    const r = run('وصل الوفد إلى مدينة سامي\n\nالعبيدي يقول إن الوضع مستقر.');
    expect(labelsOf(r, 'person')).not.toContain('سامي العبيدي');
  });

  it('a surname alone joins the full name', () => {
    const r = run(
      'قال المبعوث الأمريكي جيمس هارتلي إن الاتفاق قريب. وأضاف هارتلي أن الجولة المقبلة في جنيف.',
    );
    expect(labelsOf(r, 'person')).toEqual(['جيمس هارتلي']);
  });

  it.each([
    ['an adverb after a title', 'وقال الرئيس الروسي نادراً ما يتحدث عن ذلك.'],
    ['a possessive after a title', 'وأن يزور رئيس فرنسا بلدنا، على عكس المعتاد.'],
    ['an Arabic given name that is an adjective', 'نريد سلاما عادل ودائم وشامل للجميع.'],
    ['a media noun after a cue', 'وأفادت قناة “الشرق اليوم” بأن الطريق مقطوعة.'],
    ['an outlet after a title', 'وقال الرئيس الفرنسي لإذاعة كابيتال إن الخطة جاهزة.'],
    ['a nisba adjective after a title', 'وقال مراسل غربي إن الأجواء هادئة.'],
    [
      'an imperfect verb after a title',
      'وقال إن الأمين العام يحمل رسالة واضحة. وأكد أن الرئيس سيعود غدا.',
    ],
    ['a verb with a future prefix after a title', 'وأعلن أن الوزير سيزور المدينة غدا.'],
    ['a longer future verb after a title', 'وقال إن الرئيس سيغادر غدا.'],
    ['a participle after a title in a quote', 'وقالت المتحدثة: "الرئيس متفائل".'],
    ['a verb after a title and a comma', 'وبذل المبعوث الأمريكي، ونأمل في نجاحه، جهودا كبيرة.'],
    [
      'a past-tense verb with shadda after a title',
      'وأفادت التقارير بأن الوزير الألماني تعهّد بدعم المشروع.',
    ],
    ['a feminine past-tense verb after a title', 'وذكرت المصادر أن الوزيرة وعدت بزيادة الرواتب.'],
    [
      'the object of a speech verb after «مما» (which)',
      'وأظهرت الدراسة أن معظم المرضى لم يتلقوا اللقاح، مما يؤكد فاعلية اللقاح في الوقاية.',
    ],
    [
      'a verb of coming or being after a title',
      'وقالت الصحيفة إن موقف وزير المالية جاء بعد اجتماع طويل، وإن الوزير كان غائبا.',
    ],
    ['the preposition علي before a verbal noun', 'وشدد الوزير علي الالتزام، مضيفا أن الخطة جاهزة.'],
    ['a five-letter imperfect verb after a title', 'وقال إن رئيس الوزراء يتلقى أسئلة كثيرة.'],
    [
      'a past-tense verb after a title and a comma',
      'وأعلن أن وزير الدولة للنقل، تقدم باستقالته من منصبه.',
    ],
    ['«صالح» before an abstract noun', 'وتصب الخطة في صالح الوطن والمواطن معا.'],
    ['«سعيد» as an adjective before a noun in ال', 'وكان يوما سعيد الذكر لدى الجميع.'],
    ['a feminine cue before a definite noun', 'وقالت الهيئة إن التسجيل مفتوح.'],
  ])('no person: %s', (_t, text) => {
    expect(labelsOf(run(text), 'person')).toEqual([]);
  });

  it.each([
    ['a dual title before an indefinite noun', 'وعقد الرئيسان مؤتمرا صحفيا في القاعة.'],
    ['an adjective after a place noun', 'وهبطت الطائرة في قاعدة عسكرية قرب المدينة.'],
  ])('nothing invented: %s', (_t, text) => {
    const r = run(text);
    expect([...labelsOf(r, 'person'), ...labelsOf(r, 'place')]).toEqual([]);
  });

  it('«مستشار ترامب» is not Trump’s role', () => {
    const r = run('وقال رامي حداد، مستشار الرئيس الأمريكي دونالد ترامب، إن الزيارة مهمة.');
    expect(r.entities.find((e) => e.label === 'دونالد ترامب')?.role).toBeUndefined();
    expect(r.entities.find((e) => e.label === 'رامي حداد')?.role).toBe('مستشار الرئيس الأمريكي');
  });

  it('a surname alone found before the full name joins it', () => {
    const r = run('وقال عبد الرحيم إن الأسعار ستنخفض. وكان طارق عبد الرحيم قد تولى منصبه أمس.');
    expect(labelsOf(r, 'person')).toEqual(['طارق عبد الرحيم']);
  });

  it('the role is the title as written and gives the country', () => {
    const r = run('قال وزير الخارجية التركي مراد أوزدمير إن بلاده مستعدة للوساطة.');
    const p = r.entities.find((e) => e.label === 'مراد أوزدمير');
    expect(p?.role).toBe('وزير الخارجية التركي');
    expect(p?.countryId).toBe('turkey');
  });
});
