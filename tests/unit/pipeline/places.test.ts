/**
 * Places (stages/gazetteer.ts, stages/places.ts): the whole set of places found in short
 * sentences written for these tests (not taken from any article).
 */
import { describe, expect, it } from 'vitest';
import { labelsOf, run } from './helpers.ts';

describe('gazetteer: a town right after an event noun names the event (EVENT_WORDS)', () => {
  it.each([
    ['a festival', 'افتتح الوزير مهرجان نابلس للزيتون أمس.', []],
    ['a fair, in a reported clause', 'وقال المدير إن معرض الخرطوم للكتاب استقبل آلاف الزوار.', []],
    ['a forum after في', 'شارك الوفد في منتدى المنامة الاقتصادي.', []],
    ['an accord', 'ودعا الطرفان إلى تنفيذ اتفاق الدوحة كاملا.', []],
    ['a season of events', 'وانطلقت أمس فعاليات موسم طنطا الثقافي.', []],
  ])('%s', (_t, text, places) => {
    expect(labelsOf(run(text), 'place')).toEqual(places);
  });

  it('a town the article names elsewhere too is a place, mentioned once', () => {
    const r = run('وصل الوفد إلى بيروت لحضور معرض بيروت للكتاب.');
    expect(r.entities.filter((e) => e.kind === 'place').map((e) => e.mentions.length)).toEqual([1]);
  });
});

describe('countryKinds: a state named by its kind alone is the kingdom or sultanate the article names', () => {
  it.each([
    [
      'a kingdom named first',
      'زار الوزير السعودية أمس، وقال إن المملكة ستدعم المشروع.',
      'السعودية',
    ],
    [
      'a sultanate, after في',
      'وصل الوفد إلى سلطنة عمان، وقال رئيسه إن الاستثمار في السلطنة يتسع.',
      'سلطنة عمان',
    ],
    [
      'the kingdom the other words point to most',
      'وصرح وزير التخطيط الأردني بأن اقتصاد المملكة سينمو، وبأن الأردن سيجذب استثمارات من المغرب.',
      'الأردن',
    ],
  ])('%s', (_t, text, country) => {
    const r = run(text);
    const kind = /السلطنة/.test(text) ? 'السلطنة' : 'المملكة';
    const named = r.entities.filter((e) => e.kind === 'place' && e.aliases.includes(kind));
    expect(named.map((e) => e.label)).toEqual([country]);
  });
});

describe('places: a town named by a date after its place noun (an ordinal, من, a month)', () => {
  it.each([
    [
      'a Hijri month',
      'تفقد المحافظ مصانع جديدة في مدينة الثامن من شعبان أمس.',
      ['الثامن من شعبان'],
    ],
    [
      'a Gregorian month',
      'وانتقلت الشركة إلى مدينة السادس من أكتوبر العام الماضي.',
      ['السادس من أكتوبر'],
    ],
    ['a Levantine month after حي', 'وتقع الورشة في حي الأول من أيار قرب السوق.', ['الأول من أيار']],
  ])('%s', (_t, text, places) => {
    expect(labelsOf(run(text), 'place')).toEqual(places);
  });
});

describe('places: a facility noun that heads no name (counted, described, a verb, a verbal noun)', () => {
  it.each([
    ['counted', 'وتملك الشركة نحو 900 برج إرسال في الريف.', []],
    ['with an indefinite adjective', 'وتسببت الأمطار بانهيار جسر رئيسي قرب الوادي.', []],
    ['a verb after إذا', 'وقال إنه إذا قصر المسؤول فسيحاسب أمام المجلس.', []],
    ['filling a gap, after ل', 'وحصل المصرف على قرض لسد نقص التمويل هذا العام.', []],
    ['filling vacancies', 'وتشمل القرارات سد شواغر الهيئة العليا للثقافة.', []],
    [
      'the pitch of a stadium is named by the stadium',
      'وأقيمت المباراة فوق ملعب استاد طرابلس الدولي مساء أمس.',
      ['استاد طرابلس'],
    ],
  ])('%s', (_t, text, places) => {
    expect(labelsOf(run(text), 'place')).toEqual(places);
  });
});

describe('naturalFeatures: a gulf, valley, desert or mountain named after a known place', () => {
  it.each([
    ['a gulf', 'وأبحرت السفينة في خليج العقبة صباحا.', ['خليج العقبة']],
    ['a desert', 'ونشرت الوزارة فرقا في صحراء سيناء لمتابعة السيول.', ['صحراء سيناء']],
    [
      'a valley named after a country',
      'وعاد المزارعون إلى وادي الأردن بعد الموسم.',
      ['وادي الأردن'],
    ],
    [
      'the place named elsewhere stays a place',
      'ورست القوارب في خور دبي، وصرح مسؤول في دبي بأن الحركة طبيعية.',
      ['دبي', 'خور دبي'],
    ],
  ])('%s', (_t, text, places) => {
    expect(labelsOf(run(text), 'place')).toEqual(places);
  });
});

describe('townLists: an unknown name joined by و to a known place is a town too', () => {
  it.each([
    ['between two towns', 'وتوقفت الحافلات بين حلب وكفرنبود في الليل.', ['حلب', 'كفرنبود']],
    [
      'before a comma',
      'وسجلت الفرق حرائق في صيدا وبرجيلان، ثم في طرطوس.',
      ['صيدا', 'طرطوس', 'برجيلان'],
    ],
    ['a construct name', 'ووصلت المساعدات إلى بيروت ودير قانون بعد الظهر.', ['بيروت', 'دير قانون']],
  ])('%s', (_t, text, places) => {
    expect(labelsOf(run(text), 'place')).toEqual(places);
  });
});

describe('places: words after a place noun that are no name of their own', () => {
  it.each([
    ['a point of the compass', 'واستهدف القصف منطقة غرب الموصل فجرا.', ['الموصل']],
    [
      'a point of the compass before a sea',
      'وتمتد الغيوم إلى منطقة شمال البحر الأحمر.',
      ['البحر الأحمر'],
    ],
    ['a participle plural (supporters)', 'وأشاد النائب بتوسع قاعدة المؤيدين للمشروع.', []],
    ['a participle plural (followers)', 'وتحدث عن قاعدة المتابعين للمنصة.', []],
    [
      'a place noun heading the item of a list',
      'وتشمل الحملة محافظات إقليم بيرسان، حسب الخطة.',
      ['بيرسان'],
    ],
  ])('%s', (_t, text, places) => {
    expect(labelsOf(run(text), 'place')).toEqual(places);
  });
});

describe('places: a village half or a bey after the name ends it (TOPONYM_SUFFIX_WORDS)', () => {
  it.each([
    [
      'the upper half of a village',
      'واندلع حريق في قرية الحوامدية قبلي مساء أمس.',
      ['الحوامدية قبلي'],
    ],
    ['a quarter named after a bey', 'وانهار مبنى قديم في حي زيزينيا بك فجرا.', ['زيزينيا بك']],
  ])('%s', (_t, text, places) => {
    expect(labelsOf(run(text), 'place')).toEqual(places);
  });
});

describe('places: parks and mosques are facilities, «العام» and «الأكبر» their descriptors', () => {
  it.each([
    [
      'a grand mosque named after a prince',
      'وزار الوفد جامع الأمير سالم الأكبر صباحا.',
      ['جامع الأمير سالم'],
    ],
    ['a public park', 'وتقام الفعاليات في متنزه الورود العام كل مساء.', ['متنزه الورود']],
    ['a park by one definite word', 'وافتتح المحافظ منتزه الشاطئ بعد تجديده.', ['منتزه الشاطئ']],
  ])('%s', (_t, text, places) => {
    expect(labelsOf(run(text), 'place')).toEqual(places);
  });

  it('the descriptor stays in an alias', () => {
    const park = run('وتقام الفعاليات في متنزه الورود العام كل مساء.').entities[0];
    expect(park?.aliases).toEqual(['متنزه الورود العام']);
  });
});

describe('landmarks: a definite landmark noun and its adjective', () => {
  it.each([
    ['a palace', 'وزار الوزير القصر الرئاسي صباح اليوم.', ['القصر الرئاسي']],
    [
      'a museum, a nationality and an adjective',
      'وافتتح المتحف اليمني الكبير أبوابه للزوار.',
      ['المتحف اليمني الكبير'],
    ],
    ['a mosque', 'وأقيمت الصلاة في المسجد العتيق وسط البلدة.', ['المسجد العتيق']],
    ['a government seat', 'واجتمع المجلس في السرايا الكبيرة مساء.', ['السرايا الكبيرة']],
  ])('%s', (_t, text, places) => {
    expect(labelsOf(run(text), 'place')).toEqual(places);
  });
});

describe('regions lexicon: regions named by a point of the compass or a landform and an adjective', () => {
  it.each([
    [
      'a Saudi province',
      'وتوقفت الدراسة بمدارس المنطقة الشرقية بسبب الأمطار.',
      ['المنطقة الشرقية'],
    ],
    [
      'the south of a country, as one region',
      'وتراجع التوتر على الحدود داخل جنوب لبنان أمس.',
      ['جنوب لبنان'],
    ],
    [
      'two Egyptian regions',
      'وتمتد العاصفة إلى الوجه البحري والقاهرة الكبرى.',
      ['الوجه البحري', 'القاهرة الكبرى'],
    ],
    ['a mountain range', 'وشهد الأطلس الكبير تساقط الثلوج.', ['الأطلس الكبير']],
    ['a suburb', 'وعاد الهدوء إلى الضاحية الجنوبية مساء.', ['الضاحية الجنوبية']],
  ])('%s', (_t, text, places) => {
    expect(labelsOf(run(text), 'place')).toEqual(places);
  });
});

describe('countryKinds: the kind without ال before a country names it too', () => {
  it.each([
    ['a kingdom, after ل', 'وانتقد البيان الإساءة لمملكة الأردن ورموزها.', 'مملكة الأردن'],
    ['a sultanate, after ل', 'ونقل الوزير تحيات ملك البلاد لسلطنة بروناي وشعبها.', 'سلطنة بروناي'],
  ])('%s', (_t, text, alias) => {
    const places = run(text).entities.filter((e) => e.kind === 'place');
    expect(places.filter((e) => e.aliases.includes(alias))).toHaveLength(1);
  });
});

describe('gazetteer: «الأبيض» is white, the Sudanese town only where the article names Sudan', () => {
  it.each([['white paper', 'وارتفعت صادرات الشركة من الورق الأبيض خلال العام.', []]])(
    '%s',
    (_t, text, places) => {
      expect(labelsOf(run(text), 'place')).toEqual(places);
    },
  );
});

describe('places: «جهة» names a Moroccan region only before a known one', () => {
  it('the region is also named with its noun', () => {
    const r = run('وزار الوزير جهة درعة تافيلالت الأسبوع الماضي.');
    expect(r.entities.filter((e) => e.kind === 'place').map((e) => e.aliases)).toEqual([
      ['جهة درعة تافيلالت'],
    ]);
  });

  it.each([
    [
      'after another place noun, the second heads the name',
      'وحضر الحفل ممثلو ولاية جهة درعة تافيلالت.',
      ['درعة تافيلالت'],
    ],
  ])('%s', (_t, text, places) => {
    expect(labelsOf(run(text), 'place')).toEqual(places);
  });
});
