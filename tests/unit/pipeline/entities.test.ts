/**
 * Entity stages on short sentences written for these tests (not taken from any article).
 */
import { describe, expect, it } from 'vitest';
import { labelsOf, membersOf, run } from './helpers.ts';

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

  it('a family name in ال does not take the next noun', () => {
    const r = run('وصف الوزير خليل العمري أهالي المدينة بالصابرين.');
    expect(labelsOf(r, 'person')).toEqual(['خليل العمري']);
  });

  it.each([
    ['after two Arabic given names, a noun', 'على رفض الشيخ نعيم سالم نزع السلاح.', 'نعيم سالم'],
    ['after «عبد الله», an adverb', 'وعين المصرفي حسن عبد الله قائما بالأعمال.', 'حسن عبد الله'],
    ['a compound name goes on with بن', 'واستقبل عبد الله بن زايد الوفد.', 'عبد الله بن زايد'],
  ])('where an Arabic name ends: %s', (_t, text, name) => {
    expect(labelsOf(run(text), 'person')).toEqual([name]);
  });

  it.each([
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
  ])('role: %s', (_t, text, name, role) => {
    expect(run(text).entities.find((e) => e.label === name)?.role).toBe(role);
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

describe('places and organizations', () => {
  it.each([
    ['a city given by its noun, inside a state', 'عقد اللقاء بمدينة سياتل بولاية واشنطن.', 'سياتل'],
    [
      'a base with a dashed name',
      'هبطت الطائرة في قاعدة رامشتاين – لاندشتول الجوية.',
      'رامشتاين – لاندشتول',
    ],
    ['a country with a clitic', 'وصل الوفد إلى روسيا وبأوكرانيا.', 'أوكرانيا'],
    [
      'the town a base is in',
      'هبطت الطائرة في قاعدة رامشتاين الجوية في لاندشتول، ثم غادرت.',
      'لاندشتول',
    ],
  ])('%s', (_t, text, name) => {
    expect(labelsOf(run(text), 'place')).toContain(name);
  });

  it.each([
    [
      'a ministry with its country',
      'وأعلنت وزارة الدفاع الأوكرانية أن الهجوم فشل.',
      'وزارة الدفاع الأوكرانية',
    ],
    ['an army named by its country', 'وتقدم الجيش السوداني نحو المدينة.', 'الجيش السوداني'],
    [
      'a quoted channel after a media noun',
      'وقال في مقابلة مع قناة «الشرق اليوم» إن الحوار مستمر.',
      'الشرق اليوم',
    ],
    [
      'a quoted outlet that holds a place name',
      'وذكرت قناة "لبنان 7" أن الطريق مقطوعة.',
      'لبنان 7',
    ],
    [
      'an unquoted outlet after a media noun',
      'وقال الوزير لإذاعة كابيتال إن الخطة جاهزة.',
      'كابيتال',
    ],
    [
      'a ministry named by its field and country',
      'ونفى المتحدث باسم الخارجية التركية هذه الأنباء.',
      'الخارجية التركية',
    ],
  ])('organization: %s', (_t, text, name) => {
    expect(labelsOf(run(text), 'organization')).toContain(name);
  });

  it('a short form of an institution joins the long one', () => {
    const r = run(
      'وقال البنك المركزي المصري إن التضخم تراجع. وأضاف البنك المركزي أن الفائدة ثابتة.',
    );
    expect(labelsOf(r, 'organization')).toEqual(['البنك المركزي المصري']);
  });

  it('a field-named ministry joins its full name', () => {
    const r = run(
      'وقالت الخارجية التركية إن الموقف ثابت. وأكدت وزارة الخارجية التركية أن الحوار ممكن.',
    );
    expect(labelsOf(r, 'organization')).toEqual(['وزارة الخارجية التركية']);
  });

  it('a place inside a quoted outlet name is not a place', () => {
    expect(labelsOf(run('وذكرت قناة "لبنان 7" أن الطريق مقطوعة.'), 'place')).toEqual([]);
  });

  it('a nationality adjective is not a place', () => {
    expect(labelsOf(run('قال المسؤول الروسي إن الموقف الأمريكي واضح.'), 'place')).toEqual([]);
  });

  it('a quoted outlet is an organization, not a statement', () => {
    const r = run('وقال ترامب في مقابلة مع “فوكس نيوز” إن اللقاء كان جيدا.');
    expect(labelsOf(r, 'organization')).toContain('فوكس نيوز');
    expect(r.statements.map((s) => s.text)).toEqual(['اللقاء كان جيدا']);
  });

  it('«للبيت الأبيض» points at the name only', () => {
    const text = 'ووفقًا للبيت الأبيض فإن الزيارة قائمة.';
    const r = run(text);
    const org = r.entities.find((e) => e.kind === 'organization');
    expect(org?.label).toBe('البيت الأبيض');
    const m = org?.mentions[0];
    expect(m && text.slice(m.start, m.end)).toBe(m?.text);
  });
});

describe('delegations', () => {
  it('a list joined by «،» and «و», with names that start with و', () => {
    const r = run(
      'وضم الوفد الفرنسي الوزير جان مارتان، ووليام دوبوا، وويل برنار، والسفيرة كلير لوران.',
    );
    expect(membersOf(r)).toEqual([
      'جان مارتان → الوفد الفرنسي',
      'وليام دوبوا → الوفد الفرنسي',
      'ويل برنار → الوفد الفرنسي',
      'كلير لوران → الوفد الفرنسي',
    ]);
  });

  it('a side named by an organization, its list joined by «و» only', () => {
    const r = run(
      'ووصل وفد حماس إلى القاهرة. وضم الوفد كلا من سامي العبيدي ورامي حداد وعادل نور الله.',
    );
    expect(membersOf(r)).toEqual([
      'سامي العبيدي → وفد حماس',
      'رامي حداد → وفد حماس',
      'عادل نور الله → وفد حماس',
    ]);
  });

  it('a side named «من الجانب …» with a title-first list', () => {
    const r = run(
      'وحضر من الجانب التركي وزير الخارجية مراد أوزدمير، ومستشار الرئيس للأمن كمال يلدز.',
    );
    expect(membersOf(r)).toEqual(['مراد أوزدمير → الجانب التركي', 'كمال يلدز → الجانب التركي']);
  });

  it('a side introduced by «من الجانب» after other words, with titled names joined by و', () => {
    const r = run(
      'وشارك في اللقاء من الجانب التركي وزير الخارجية مراد أوزدمير ومستشار الرئيس كمال يلدز.',
    );
    expect(membersOf(r)).toEqual(['مراد أوزدمير → الجانب التركي', 'كمال يلدز → الجانب التركي']);
  });

  it('the present president heads his side', () => {
    const r = run(
      'استقبل الرئيس الفرنسي إيمانويل ماكرون ضيوفه. وضم الوفد الفرنسي الوزير جان مارتان.',
    );
    expect(r.relations.filter((x) => x.kind === 'heads').map((x) => x.source)).toEqual([
      'person:ايمانويل ماكرون',
    ]);
  });
});
