/**
 * The shapes of attribution general news uses, one sentence each (written for these tests):
 * organizations named by their kind speak, titles from every field introduce names, quotes after
 * a colon, who is speaking now, countries, and sides beyond summits.
 */
import { describe, expect, it } from 'vitest';
import { labelsOf, membersOf, run, said } from './helpers.ts';

describe('who said what in general news', () => {
  it.each([
    [
      'a ministry with its place after في',
      'أفادت وزارة الصحة في غزة بأن عدد المصابين ارتفع إلى مئة.',
      ['وزارة الصحة: عدد المصابين ارتفع إلى مئة'],
    ],
    [
      'an organization speaking «in a statement»',
      'وذكر الاتحاد الأفريقي في بيان أن القمة ستعقد في أديس أبابا.',
      ['الاتحاد الأفريقي: القمة ستعقد في أديس أبابا'],
    ],
    [
      'a coach named after his title',
      'وقال مدرب المنتخب المغربي وليد الركراكي إن اللاعبين قدموا مباراة كبيرة.',
      ['وليد الركراكي: اللاعبين قدموا مباراة كبيرة'],
    ],
    [
      'a governor with a three-part name',
      'أكد محافظ البنك المركزي فتحي زهير النوري أن الاحتياطي مستقر.',
      ['فتحي زهير النوري: الاحتياطي مستقر'],
    ],
    [
      'a UN envoy with a compound name',
      'وأعلن المبعوث الأممي خالد عبد الرحيم السلمان أنه سيزور صنعاء الأسبوع المقبل.',
      ['خالد عبد الرحيم السلمان: سيزور صنعاء الأسبوع المقبل'],
    ],
    [
      'speech after a colon without quotation marks',
      'وقال المدرب حسام حسن: لم نكن في يومنا وسنعود أقوى في المباراة المقبلة.',
      ['حسام حسن: لم نكن في يومنا وسنعود أقوى في المباراة المقبلة'],
    ],
    [
      'a subjectless continuation keeps the speaker',
      'وقال وزير المالية محمد معيط إن العجز تراجع. وتابع: الإيرادات زادت بنسبة كبيرة.',
      ['محمد معيط: العجز تراجع', 'محمد معيط: الإيرادات زادت بنسبة كبيرة'],
    ],
    [
      '«من جانبه» switches to the one just named',
      'وقال الوزير سامح شكري إن الحوار مستمر. من جانبه، قال نظيره الأردني أيمن الصفدي إن التنسيق قائم.',
      ['سامح شكري: الحوار مستمر', 'أيمن الصفدي: التنسيق قائم'],
    ],
    [
      '«بالقول» before a quote',
      'وقال المخرج جمال المداني إن المهرجان مهم. وتابع بالقول "السينما سينما مناضلة وتحكي مآسي كبرى".',
      ['جمال المداني: المهرجان مهم', 'جمال المداني: السينما سينما مناضلة وتحكي مآسي كبرى'],
    ],
    [
      '«وإنها» with a pronoun is a second claim, not a concession',
      'وقالت الشركة العربية للطيران إنها تواصل العمل وإنها تقوم بتعديلات يومية.',
      ['الشركة العربية للطيران: تواصل العمل', 'الشركة العربية للطيران: تقوم بتعديلات يومية'],
    ],
    [
      'a one-letter abbreviation (م. engineer) and a second field in the title',
      'قال وزير الاتصالات وتقنية المعلومات م. عبد الله السواحة، اليوم، إن الشبكة جاهزة.',
      ['عبد الله السواحة: الشبكة جاهزة'],
    ],
    [
      'a social-media user is nobody we can name, not the platform',
      'وقال الوزير أحمد عطاف إن الاجتماع ناجح. وكتب مستخدم على منصة إكس: "الوزير غادر القاعة مسرعا".',
      ['أحمد عطاف: الاجتماع ناجح'],
    ],
    [
      'an unnamed source is nobody we can name',
      'وقال الوزير سامح شكري إن الحوار مستمر. وقال مصدر دبلوماسي إن الجولة المقبلة تأجلت.',
      ['سامح شكري: الحوار مستمر'],
    ],
    [
      'a title of a body whose name is a construct («هيئة حماية المستهلك») introduces its head',
      'وأكد رئيس هيئة حماية المستهلك علي الخالدي أن الأسعار ستراقب يوميا.',
      ['علي الخالدي: الأسعار ستراقب يوميا'],
    ],
    [
      'a player introduced by his club',
      'وقال لاعب نادي الوحدات يوسف العمري: "الجماهير تستحق الفوز".',
      ['يوسف العمري: الجماهير تستحق الفوز'],
    ],
    [
      'a body named in quotes between the title and the person',
      'أكد الرئيس التنفيذي لشركة "نماء" حسن الراشد، أن الشركة ستوسع مصانعها.',
      ['حسن الراشد: الشركة ستوسع مصانعها'],
    ],
    [
      'a described official is not an earlier person whose title names another body',
      'وقال المدير العام للصندوق هشام العلي إن الموازنة جاهزة. وأوضح مدير مستشفى الجامعة أن الأسرة متوفرة.',
      ['هشام العلي: الموازنة جاهزة'],
    ],
    [
      'a later description matches a second office the person holds',
      'وقال نائب رئيس الوزراء وزير الطاقة كريم داود إن الإنتاج مستقر. وقال وزير الطاقة إن المصافي تعمل.',
      ['كريم داود: الإنتاج مستقر', 'كريم داود: المصافي تعمل'],
    ],
    [
      '«علي» with a connector after a title is a name, not the preposition',
      'وقال رئيس الاتحاد الأمير علي بن الحسين في تصريح صحفي: "نثق بقدرات المدرب الجديد".',
      ['علي بن الحسين: نثق بقدرات المدرب الجديد'],
    ],
    [
      "a long title holding a body, then the name: the body is the title's, the name speaks",
      'وقال أستاذ الفيزياء في جامعة القاهرة سامي عبد الحميد إن التجربة نجحت.',
      ['سامي عبد الحميد: التجربة نجحت'],
    ],
    [
      'a name followed by its office in apposition, described later by that office',
      'قال الكاتب عادل فهمي وزير الإعلام، خلال الافتتاح، إن الدورة ناجحة. وأضاف وزير الإعلام أن الجمهور كبير.',
      ['عادل فهمي: الدورة ناجحة', 'عادل فهمي: الجمهور كبير'],
    ],
  ])('%s', (_t, text, expected) => {
    expect(said(run(text))).toEqual(expected);
  });

  it("a common noun after a name with its family name is the verb's object", () => {
    expect(
      labelsOf(run('وانتقد النائب صالح العرموطي القرار، معتبرا أنه جاء متأخرا.'), 'person'),
    ).toEqual(['صالح العرموطي']);
  });

  it('a noun with a pronoun after a title is what the person did, not a name', () => {
    expect(labelsOf(run('وقدم مدير الشرطة شكره لرجال الأمن على جهودهم.'), 'person')).toEqual([]);
  });

  it.each([
    [
      'a long name stays whole',
      'وقال الشيخ عبد الله بن زايد آل نهيان إن العلاقات متينة.',
      'عبد الله بن زايد آل نهيان',
    ],
    [
      'a three-part name with علي',
      'وقال وزير الخارجية محمد علي الحكيم إن الزيارة ناجحة.',
      'محمد علي الحكيم',
    ],
  ])('%s', (_t, text, name) => {
    expect(labelsOf(run(text), 'person')).toEqual([name]);
  });

  it('one person under a given name and a family name', () => {
    const r = run(
      'وقال الرئيس الجزائري عبد المجيد تبون إن الانتخابات في موعدها. وأضاف تبون أن الدستور واضح.',
    );
    expect(labelsOf(r, 'person')).toEqual(['عبد المجيد تبون']);
  });

  it.each([
    [
      '«رئيس مولدوفا» is a title',
      'وقالت رئيسة مولدوفا مايا ساندو إن بلادها مستعدة.',
      'مايا ساندو',
      'مولدوفا',
    ],
  ])('%s', (_t, text, person, place) => {
    const r = run(text);
    expect(labelsOf(r, 'person')).toEqual([person]);
    expect(labelsOf(r, 'place')).toEqual([place]);
  });

  it('a participle with its own noun ends an organization name', () => {
    const r = run('وقال الرئيس إن الإدارة الأمريكية المنتهية ولايتها أخطأت.');
    expect(labelsOf(r, 'organization')).toEqual(['الإدارة الأمريكية']);
  });

  it('«وكالة أنباء (تاس)» is TASS', () => {
    expect(
      labelsOf(run('ونقلت وكالة أنباء (تاس) الروسية عن الكرملين أن اللقاء مثمر.'), 'organization'),
    ).toContain('تاس');
  });

  it('two sides with their members in one sentence', () => {
    const r = run(
      'ضم الجانب الإثيوبي وزير الخارجية تاي أصقي سلاسي، ومن الجانب المصري وزير الخارجية سامح شكري.',
    );
    expect(membersOf(r)).toEqual(['تاي أصقي سلاسي → الجانب الإثيوبي', 'سامح شكري → الجانب المصري']);
  });

  it('a delegation of a movement', () => {
    expect(labelsOf(run('ووصل وفد حركة طالبان إلى الدوحة أمس.'), 'delegation')).toEqual([
      'وفد حركة طالبان',
    ]);
  });
});
