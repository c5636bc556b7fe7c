/**
 * Organizations named in the frames of speech and of «لل», one sentence each (written for these
 * tests): the outlet a speaker talked to, and a body whose article «لل» swallowed.
 */
import { describe, expect, it } from 'vitest';
import { labelsOf, run, said } from './helpers.ts';

describe('outlets and bodies', () => {
  it.each([
    [
      'a quoted name after «لـ» right after the verb and the speaker',
      'وقال المتحدث سامي النجار لـ«الأفق الجديد» إن الأسعار ستنخفض.',
      ['الأفق الجديد'],
    ],
    [
      'a quoted name after «في تصريح لـ»',
      'وأكد المحامي هاني ربيع في تصريح لـ"الوطن الحر" أن الحكم نهائي.',
      ['الوطن الحر'],
    ],
    [
      'a quoted name after a verb of receiving a document',
      'وقال المتحدث سامي النجار في بيان تلقته "الأفق الجديد"، إن الأسعار ستنخفض.',
      ['الأفق الجديد'],
    ],
    [
      'a name in Latin letters after a media noun',
      'وقال المتحدث سامي النجار في مقابلة مع شبكة ABC إن الأسعار ستنخفض.',
      ['ABC'],
    ],
    [
      'a name word and a place before the outlet’s tail',
      'وقال المتحدث سامي النجار لموقع صدى الأردن الإخباري، إن الأسعار ستنخفض.',
      ['صدى الأردن'],
    ],
    [
      'a name word and the letters of a station’s band, before the complementizer إن',
      'وقال المتحدث سامي النجار لإذاعة نجوم أف أم إن الأسعار ستنخفض.',
      ['نجوم أف أم'],
    ],
    [
      'a quoted name that holds a place, after a speaker described at length',
      'وقال اللواء فهد العلي، مساعد قائد شرطة المرور، لـ«الشرق الأوسط»، إن الطرق مغلقة.',
      ['الشرق الأوسط'],
    ],
    [
      'a quoted name that reads as a person’s, after a media noun',
      'وقال المتحدث سامي النجار لصحيفة "مارك دوبوا" إن الأسعار ستنخفض.',
      ['مارك دوبوا'],
    ],
    [
      'a name in parentheses after a media noun',
      'وقال المتحدث سامي النجار لإذاعة (صوت الساحل) إن الأسعار ستنخفض.',
      ['صوت الساحل'],
    ],
    [
      'a channel’s name glued to its number',
      'وقال المتحدث سامي النجار عبر قناة نجمة2 إن الأسعار ستنخفض.',
      ['نجمة2'],
    ],
    [
      'a name in Latin letters glued to «لـ»',
      'وقال المتحدث سامي النجار في مقابلة لـABC إن الأسعار ستنخفض.',
      ['ABC'],
    ],
    [
      'a description quoted after «بـ» is not an outlet, even after a noun of speech',
      'وانتقد الوزير تصريحات وصفها بـ"غير المسؤولة" أدلى بها النائب.',
      [],
    ],
    [
      'no speech before it: «لـ» gives a reason, not an addressee',
      'وحكم على الصحفي بالسجن عامين لـ"إهانة قاض".',
      [],
    ],
  ])('the outlet a speaker talked to: %s', (_, text, outlets) => {
    const r = run(text);
    const orgs = labelsOf(r, 'organization');
    for (const o of outlets) expect(orgs).toContain(o);
    if (outlets.length === 0) expect(orgs).toEqual([]);
    expect(labelsOf(r, 'place')).not.toContain('الشرق الأوسط');
  });

  it('the outlet is not the speaker', () => {
    const r = run('وقال المتحدث سامي النجار لـ«الأفق الجديد» إن الأسعار ستنخفض.');
    expect(said(r)).toEqual(['سامي النجار: الأسعار ستنخفض']);
  });

  it.each([
    [
      'a two-word head after «لل»',
      'وقال المدير العام للدفاع المدني سامي النجار إن الأمطار غزيرة.',
      'الدفاع المدني',
    ],
    [
      'a national society after «لل»',
      'وقال الأمين العام للهلال الأحمر الأردني سامي النجار إن القافلة وصلت.',
      'الهلال الأحمر الأردني',
    ],
  ])('a body whose article «لل» swallowed keeps it: %s', (_, text, body) => {
    const orgs = labelsOf(run(text), 'organization');
    expect(orgs).toContain(body);
    expect(orgs.filter((o) => o.startsWith('ل'))).toEqual([]);
  });

  it.each([
    [
      'a quoted name after a head without the article',
      'وكشفت مجموعة "نخيل الواحة" عن نتائجها السنوية.',
      ['نخيل الواحة'],
    ],
    [
      'a quoted show after «برنامج» is no body',
      'وقال الخبير خلال برنامج "مساء الخير" إن الأسعار سترتفع.',
      [],
    ],
    [
      'a body named before and then by the last word of its name, quoted',
      'وأعلنت الخطوط الجوية الساحلية بيع التذاكر. وقال رئيس مجلس إدارة "الساحلية" إن الطائرة وصلت.',
      ['الخطوط الجوية الساحلية'],
    ],
    ['«سوق» alone is a market, not a body', 'وارتفعت الأسعار في سوق الخضار المركزي أمس.', []],
    [
      'a place and a transliterated trade word end a company’s name',
      'واستحوذ المستثمرون على حصة في موريشيوس تليكوم العام الماضي.',
      ['موريشيوس تليكوم'],
    ],
    [
      'a market town in a list of places stays a place',
      'وجرت الانتخابات في بلديتي سوق الزيتون وباردو أمس.',
      [],
    ],
    [
      'a university of a foreign nation is known by its host city',
      'وقالت الجامعة الكندية في دبي إن التسجيل بدأ.',
      ['الجامعة الكندية في دبي'],
    ],
    [
      'glued to ب as well',
      'وقال أستاذ الكيمياء بالجامعة الألمانية بالقاهرة إن البحث نشر.',
      ['الجامعة الألمانية بالقاهرة'],
    ],
    [
      'a nation’s own university in its own city is only located there',
      'وقالت الجامعة الأردنية في عمّان إن الامتحانات تأجلت.',
      ['الجامعة الأردنية'],
    ],
  ])('names after a body’s head: %s', (_, text, bodies) => {
    expect(labelsOf(run(text), 'organization')).toEqual(bodies);
  });

  it('a body named by its kind after a present-tense verb is no family name', () => {
    const r = run(
      'وكشفت مجموعة "نخيل الواحة" عن نتائجها. وتؤكد المجموعة، أن الأرباح ارتفعت بفضل الصادرات.',
    );
    expect(labelsOf(r, 'person')).toEqual([]);
    expect(said(r)).toContain('نخيل الواحة: الأرباح ارتفعت بفضل الصادرات');
  });

  it.each([
    [
      'a masculine adjective after a feminine definite genitive agrees with the noun before it',
      'وانضمت طائرة رابعة إلى أسطول الشركة المتجدد هذا العام.',
      [],
    ],
    [
      'a masculine elative after a feminine head and complement describes, it does not name',
      'وقالت وزارة الثقافة الأقدم في المنطقة إن المعرض يفتح غدا.',
      ['وزارة الثقافة'],
    ],
    [
      'a feminine nationality after a masculine definite genitive agrees with the plural before it',
      'وبثت قنوات التلفزيون المغربية مشاهد للعاصفة.',
      [],
    ],
    [
      'a nisba written with ى (المركزى) is masculine, not a feminine elative',
      'وقال الجهاز المركزى للإحصاء إن الأسعار ارتفعت.',
      ['الجهاز المركزى للإحصاء'],
    ],
    [
      'a feminine adjective may agree with a broken plural complement',
      'وقال مجلس الشؤون الإسلامية إن الصلاة أقيمت.',
      ['مجلس الشؤون الإسلامية'],
    ],
    [
      'after a construct noun the definite word is its genitive, any gender',
      'وقالت الهيئة الوطنية لمكافحة الفساد إن التحقيق بدأ.',
      ['الهيئة الوطنية لمكافحة الفساد'],
    ],
  ])('a body’s adjective agrees with it in gender: %s', (_, text, bodies) => {
    expect(labelsOf(run(text), 'organization')).toEqual(bodies);
  });

  it.each([
    [
      'a field joined by و that starts with hamza (أ is ا once normalized)',
      'وقال جهاز حرس الحدود وأمن المطارات إن المسافرين عبروا.',
      ['جهاز حرس الحدود وأمن المطارات'],
    ],
    [
      'members joined by و are people, not a field',
      'وقال مجلس الرئاسة وأعضاء المجلس الاستشاري إن الاتفاق نهائي.',
      ['مجلس الرئاسة', 'المجلس الاستشاري'],
    ],
    [
      'a union’s trades joined by و',
      'وقال اتحاد غرف التجارة والصناعة إن الصادرات ارتفعت.',
      ['اتحاد غرف التجارة والصناعة'],
    ],
    [
      'an association of two kinds of members',
      'وقالت جمعية الكتاب والأدباء إن الأمسية ناجحة.',
      ['جمعية الكتاب والأدباء'],
    ],
    [
      'two construct nouns joined by و share their place',
      'وقالت غرفة تجارة وصناعة الواحة إن الصادرات ارتفعت.',
      ['غرفة تجارة وصناعة الواحة'],
    ],
    [
      'after the body’s nationality its name is whole: the next noun joined by و is another place',
      'وشاركت الجمعية الجيولوجية العمانية وحديقة النباتات في المعرض.',
      ['الجمعية الجيولوجية العمانية'],
    ],
    [
      '«عن» after joined fields opens the verb’s object, not the name',
      'وأعلنت المديرية العامة للثقافة والفنون عن المهرجان الجديد.',
      ['المديرية العامة للثقافة والفنون'],
    ],
    [
      'a plural of people keeps its plural adjective',
      'وقالت رابطة المدربين المحترفين إن القرار ظالم.',
      ['رابطة المدربين المحترفين'],
    ],
  ])('fields joined to a body: %s', (_, text, bodies) => {
    expect(labelsOf(run(text), 'organization')).toEqual(bodies);
  });

  it.each([
    [
      'a parliament with its nationality',
      'وقال مجلس النواب الأردني في بيان إن الجلسة تأجلت. وأضاف مجلس النواب أن النصاب اكتمل.',
      'مجلس النواب الأردني',
    ],
    [
      'a cabinet with its nationality',
      'وقال مجلس الوزراء العماني إن الموازنة أقرت.',
      'مجلس الوزراء العماني',
    ],
  ])('a body every state has is the country’s own: %s', (_, text, body) => {
    const r = run(text);
    expect(labelsOf(r, 'organization')).toEqual([body]);
    const e = r.entities.find((x) => x.label === body);
    // The kind's own name stays a spelling of it, for search and matching.
    expect(e?.aliases).toContain(body.split(' ').slice(0, -1).join(' '));
    expect(r.statements.every((st) => st.speaker === e?.key)).toBe(true);
  });

  it.each([
    [
      'a statement «of» a ministry',
      'وقال بيان لوزارة النقل إن الطريق سيفتح غدا.',
      ['وزارة النقل: الطريق سيفتح غدا'],
    ],
    [
      'a report issued by a bank',
      'وذكر تقرير صادر عن البنك المركزي أن التضخم تراجع.',
      ['البنك المركزي: التضخم تراجع'],
    ],
  ])('a document named with its issuer speaks for the issuer: %s', (_, text, statements) => {
    expect(said(run(text))).toEqual(statements);
  });

  it.each([
    ['a losing company', 'وقالت الشركة الخاسرة إن الأرباح تراجعت.', []],
    ['a winning company', 'ووقعت الشركة الرابحة عقدا جديدا.', []],
    [
      '…but a holding company is a kind of company',
      'وقالت الشركة القابضة إن الأرباح تراجعت.',
      ['الشركة القابضة'],
    ],
  ])('a definite head and one describing adjective name no body: %s', (_, text, bodies) => {
    expect(labelsOf(run(text), 'organization').filter((o) => o.includes(' '))).toEqual(bodies);
  });

  it('a definite plural of people after a construct noun is the body’s genitive', () => {
    expect(labelsOf(run('وقالت هيئة دفاع المتهمين إن الحكم قاس.'), 'organization')).toEqual([
      'هيئة دفاع المتهمين',
    ]);
  });

  it.each([
    [
      'a minister’s field with a nationality is the office’s, not a ministry named',
      'واستقبل الرئيس وزيرة العلاقات الخارجية الكولومبية ماريا لوبيز أمس.',
      [],
    ],
    [
      '…but a spokesman speaks for the ministry he names',
      'وقال المتحدث باسم الخارجية الفنزويلية سامي النجار إن الزيارة مثمرة.',
      ['الخارجية الفنزويلية'],
    ],
    [
      '«وحدة» before a country is its unity, not a unit',
      'وقال الوزير سامي النجار إن القرار يستهدف وحدة السودان وسلامة أراضيه.',
      [],
    ],
    [
      '…but a unit named by its task is one',
      'وقالت وحدة مكافحة الإرهاب في الشرطة إن المشتبه به اعتقل.',
      ['وحدة مكافحة الإرهاب'],
    ],
  ])('%s', (_, text, bodies) => {
    expect(labelsOf(run(text), 'organization')).toEqual(bodies);
  });

  it.each([
    [
      'a hospital after a king, with its adjective',
      'وقال مستشفى الملك نادر الجامعي إن الجرحى وصلوا.',
      'مستشفى الملك نادر الجامعي',
    ],
    [
      'a centre after a sheikha, with its field',
      'وأكد مركز الشيخة سلمى للأبحاث البحرية أن العينات سليمة.',
      'مركز الشيخة سلمى للأبحاث البحرية',
    ],
    [
      'a university after a sultan with his lineage',
      'وقالت جامعة السلطان ماجد بن سالم إن التسجيل بدأ.',
      'جامعة السلطان ماجد بن سالم',
    ],
    [
      'an institute after a king with a servant’s name and a regnal number',
      'وأوضح معهد الملك عبد الرحيم الثاني للبحوث أن الدراسة اكتملت.',
      'معهد الملك عبد الرحيم الثاني للبحوث',
    ],
    [
      'a known given name and its lineage before the field, without a rank',
      'وقال مركز راشد بن ماجد للفضاء إن القمر أطلق بنجاح.',
      'مركز راشد بن ماجد للفضاء',
    ],
  ])(
    'a body named after an honoree speaks, and nobody of that name is there: %s',
    (_, text, body) => {
      const r = run(text);
      expect(labelsOf(r, 'organization')).toEqual([body]);
      expect(labelsOf(r, 'person')).toEqual([]);
      expect(said(r)).toHaveLength(1);
      expect(said(r)[0]).toMatch(new RegExp(`^${body}: `));
    },
  );

  it.each([
    [
      'a prize named after a sheikh is nobody speaking',
      'وأعلنت جائزة الشيخ سالم للكتاب أسماء الفائزين.',
    ],
    ['a school named after a prince neither', 'وقالت مدرسة الأمير هاني إن الطلاب عادوا.'],
  ])('%s', (_, text) => {
    expect(labelsOf(run(text), 'person')).toEqual([]);
  });

  it.each([
    [
      'the movement of travellers is traffic, no movement',
      'وعادت حركة السفر إلى طبيعتها بعد العاصفة.',
    ],
    ['the bench of a trial is no authority', 'وقررت هيئة المحكمة تأجيل القضية إلى الشهر المقبل.'],
    [
      'a general assembly of any body but the United Nations is that body’s organ',
      'وقررت الجمعية العمومية للنادي انتخاب مجلس جديد، واجتمعت الجمعية العامة للمساهمين أمس.',
    ],
    [
      'the abode of war or of the hereafter is no house of an institution',
      'وقال الخطيب إن دار الحرب ودار الآخرة من مفاهيم الفقه القديم.',
    ],
    [
      'the military establishment and the legislature are sectors of the state, not bodies',
      'وقال المحلل إن المؤسسة العسكرية والمؤسسة التشريعية تتفقان على الموازنة.',
    ],
    [
      'the unity of a people or a stand is no unit',
      'ودعا الخطيب إلى وحدة الصف الواحد وحماية وحدة الشعب.',
    ],
    [
      'a programme of reform or of a government is a plan, not a body',
      'وقال الوزير إن برنامج التحديث الإداري حقق أهدافه وإن برنامج الحكومة المقبل جاهز.',
    ],
  ])('a head that a complement makes a common noun names no body: %s', (_, text) => {
    expect(labelsOf(run(text), 'organization')).toEqual([]);
  });

  it('the management of a body named by its kind is that body’s organ: the body is named', () => {
    expect(
      labelsOf(run('وقالت إدارة المؤسسة الوطنية للنفط إن الإنتاج ارتفع.'), 'organization'),
    ).toEqual(['المؤسسة الوطنية للنفط']);
  });

  it('a person named after a rank who is not after a body’s noun stays a person', () => {
    const r = run('وقال الأمير ماجد بن سالم إن الحوار مستمر.');
    expect(labelsOf(r, 'person')).toEqual(['ماجد بن سالم']);
  });
});
