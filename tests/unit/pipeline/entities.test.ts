/**
 * Entity stages on short sentences written for these tests (not taken from any article).
 */
import { describe, expect, it } from 'vitest';
import { labelsOf, membersOf, run } from './helpers.ts';

describe('places and organizations', () => {
  it.each([
    ['a city given by its noun, inside a state', 'عقد اللقاء بمدينة سياتل بولاية واشنطن.', 'سياتل'],
    [
      'a base with a dashed name',
      'هبطت الطائرة في قاعدة رامشتاين – لاندشتول الجوية.',
      'رامشتاين – لاندشتول',
    ],
    ['a country with a clitic', 'وصل الوفد إلى روسيا وبأوكرانيا.', 'أوكرانيا'],
    ['a definite name after an indefinite noun', 'غمرت السيول قرية الحسينية ليلا.', 'الحسينية'],
    ['a port with a definite name', 'رست الناقلة في ميناء الحمرية صباحا.', 'الحمرية'],
    ['a governorate with a definite name', 'وصلت القافلة إلى محافظة الجيزة.', 'الجيزة'],
    ['a construct place name after its noun', 'انقطعت الكهرباء عن بلدة عين صالح.', 'عين صالح'],
    ['a construct name with a definite second word', 'نزح السكان من مدينة دير البلح.', 'دير البلح'],
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
    ['the cabinet', 'وصادق مجلس الوزراء على الموازنة الجديدة.', 'مجلس الوزراء'],
    ['the prime ministry', 'وأصدرت رئاسة مجلس الوزراء بيانا مقتضبا.', 'رئاسة مجلس الوزراء'],
    ['the lower house', 'وأقر مجلس النواب التعديلات أمس.', 'مجلس النواب'],
    ['the parliament', 'وصوّت البرلمان ضد المقترح.', 'البرلمان'],
    ['a government with its nationality', 'وطالبت الحكومة التونسية بالتهدئة.', 'الحكومة التونسية'],
    ['a news agency named by a place', 'ونشرت وكالة أنباء الإمارات الصور.', 'وكالة أنباء الإمارات'],
    [
      'a news agency named by an unknown word',
      'وبثت وكالة أنباء فارس التسجيل.',
      'وكالة أنباء فارس',
    ],
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
    ['a company named after «شركة»', 'وقال مدير شركة فولتكس إن الإنتاج ارتفع.', 'فولتكس'],
    ['a definite outlet after a media noun', 'وذكرت صحيفة المستقبل أن الجسر أغلق.', 'المستقبل'],
    [
      'a channel named by a place and a media word',
      'ونقلت قناة دمشق الإخبارية عن الوزير أن الجسر أغلق.',
      'دمشق الإخبارية',
    ],
    ['a municipality', 'وقالت بلدية الزهراء إن فرقها فتحت الطرق.', 'بلدية الزهراء'],
    ['a club named with a construct word', 'وتعادل نادي أم الغزلان مع ضيفه.', 'نادي أم الغزلان'],
    ['a well-known energy company', 'ووقعت إكسون موبيل عقدا جديدا للتنقيب.', 'إكسون موبيل'],
    ['a space agency', 'وأطلقت ناسا مسبارا نحو المريخ.', 'ناسا'],
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

  it('a body named with one qualifier fewer is the same body', () => {
    const r = run(
      'وأعلنت الهيئة العليا المستقلة للانتخابات النيابية أن الفرز انتهى. وقالت الهيئة العليا المستقلة للانتخابات إن النتائج دقيقة.',
    );
    expect(labelsOf(r, 'organization')).toEqual(['الهيئة العليا المستقلة للانتخابات النيابية']);
  });

  it('a field-named ministry joins its full name', () => {
    const r = run(
      'وقالت الخارجية التركية إن الموقف ثابت. وأكدت وزارة الخارجية التركية أن الحوار ممكن.',
    );
    expect(labelsOf(r, 'organization')).toEqual(['وزارة الخارجية التركية']);
  });

  it('a known body after its kind noun is also named with the noun', () => {
    const org = run('وأعلنت شركة أرامكو أرباحها الفصلية.').entities.find(
      (e) => e.kind === 'organization',
    );
    expect(org?.aliases).toContain('شركة أرامكو');
  });

  it('a company with its nationality is also named without it, and by its own name', () => {
    const org = run('وقال المدير العام لشركة فولتكس الألمانية إن الإنتاج ارتفع.').entities.find(
      (e) => e.kind === 'organization',
    );
    expect(org?.aliases).toEqual(expect.arrayContaining(['شركة فولتكس', 'فولتكس']));
  });

  it.each([
    ['a company for a purpose', 'وأسست الحكومة شركة لتشغيل الهاتف المحمول.'],
    ['a centre for a purpose', 'وافتتحت الوزارة مركزا لتجميع الأقمار الصناعية.'],
    ['a body’s deals bound by rules', 'ودعا إلى احترام صفقات البنك للضوابط الشرعية.'],
  ])('no organization: %s', (_t, text) => {
    expect(labelsOf(run(text), 'organization')).toEqual([]);
  });

  it('a canal is no channel', () => {
    expect(labelsOf(run('وعبرت السفن قناة السويس أمس.'), 'organization')).toEqual([]);
  });

  it('a place inside a quoted outlet name is not a place', () => {
    expect(labelsOf(run('وذكرت قناة "لبنان 7" أن الطريق مقطوعة.'), 'place')).toEqual([]);
  });

  it.each([
    ['a war zone', 'وصلت الفرق الطبية إلى منطقة الحرب أمس.'],
    ['a mission’s mandate', 'ومدد المجلس ولاية البعثة عاما آخر.'],
    ['a team keeping its title', 'وتعد محافظة الفريق على لقبه إنجازا كبيرا.'],
    ['an injured body part', 'وتعرض اللاعب لإصابة في منطقة الركبة.'],
    ['a plural complement', 'ونفذ الجيش هجمات في منطقة العمليات.'],
    ['an adjective agreeing with a definite noun', 'عاد الهدوء إلى المدينة الساحلية.'],
  ])('no place: %s', (_t, text) => {
    expect(labelsOf(run(text), 'place')).toEqual([]);
  });

  it('a place named after its noun is also known with the noun', () => {
    const place = run('رست الناقلة في ميناء الحمرية صباحا.').entities.find(
      (e) => e.kind === 'place',
    );
    expect(place?.aliases).toContain('ميناء الحمرية');
  });

  it('a body named by its town: the town is part of the title, not a person', () => {
    const r = run('وقال رئيس بلدية مدينة الواحة سعيد الطاهري إن الطرق فتحت.');
    expect(labelsOf(r, 'person')).toEqual(['سعيد الطاهري']);
  });

  it.each([
    ['an adverb after a title', 'وقال السفير الأمريكي تحديدا إن الوضع صعب.'],
    ['«مما» after a title', 'كما أكد الوزير مما جعل القرار ضروريا.'],
    ['a film after its director’s title', 'وعرض مخرج فيلم نور الصباح عمله أمس.'],
    ['a plural cabinet after «رئيس»', 'وكان آخر رئيس وزراء في عهده.'],
    ['an indefinite adjective after a feminine title', 'وهي فنانة قديرة فحسب.'],
    ['a given name before a common adjective', 'وتضم القائمة أسماء جديدة من اللاعبين.'],
  ])('no person: %s', (_t, text) => {
    expect(labelsOf(run(text), 'person')).toEqual([]);
  });

  it('a nationality adjective is not a place', () => {
    expect(labelsOf(run('قال المسؤول الروسي إن الموقف الأمريكي واضح.'), 'place')).toEqual([]);
  });

  it('a place noun that is a known person’s surname names no place', () => {
    const r = run(
      'قال النائب السابق هشام محافظة إن الخطة واضحة. وأضاف محافظة لبرنامج المساء أن التنفيذ بطيء.',
    );
    expect(labelsOf(r, 'place')).toEqual([]);
    expect(labelsOf(r, 'person')).toEqual(['هشام محافظة']);
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

  it.each([
    [
      'a verb before the side: «ترأس الوفد … X»',
      'وترأس الوفد المغربي وزير الخارجية كريم بناني، وضم الوفد أيضا السفير سمير العلوي.',
      ['كريم بناني → الوفد المغربي'],
    ],
    [
      '«برئاسة» after the side',
      'ووصل الوفد الأردني برئاسة رئيس الوزراء فراس الحمدان إلى القاهرة.',
      ['فراس الحمدان → الوفد الأردني'],
    ],
    [
      'a named head wins over the president guessed from the country',
      'قال الرئيس المغربي عمر الفاسي إن المحادثات بناءة. ويقود الوفد المغربي وزير الخارجية كريم بناني.',
      ['كريم بناني → الوفد المغربي'],
    ],
    [
      'no head across a sentence end',
      'وصل الوفد المغربي برئاسة. وقال الوزير كريم بناني إن الاجتماع مهم.',
      [],
    ],
  ])('a head named in words: %s', (_title, text, expected) => {
    const r = run(text);
    const label = new Map(r.entities.map((e) => [e.key, e.label]));
    const heads = r.relations
      .filter((x) => x.kind === 'heads')
      .map((x) => `${label.get(x.source)} → ${label.get(x.target)}`);
    expect(heads).toEqual(expected);
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
