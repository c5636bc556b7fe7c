/**
 * People introduced by titles in lists and chains, one sentence each (written for these tests):
 * «و» and a name after a title, a counterpart joined by «و», honorifics in a row, and an office
 * named without a nationality.
 */
import { describe, expect, it } from 'vitest';
import { labelsOf, run, said } from './helpers.ts';

describe('titles in lists and chains', () => {
  it.each([
    [
      '«و» and a name after a title: the next person of a list, with his own title',
      'وحضر الدكتور سامي النجار رئيس الهيئة العامة للكتاب ومحمد الحداد رئيس اتحاد الناشرين. وقال رئيس اتحاد الناشرين إن المعرض ناجح.',
      ['سامي النجار', 'محمد الحداد'],
      ['محمد الحداد: المعرض ناجح'],
    ],
    [
      'a counterpart joined by «و» is another person, not the first title’s field',
      'افتتح الدكتور سامي النجار وزير الثقافة ونظيره الليبي هاني ربيع المعرض. وأكد وزير الثقافة أن المعرض ناجح.',
      ['سامي النجار', 'هاني ربيع'],
      ['سامي النجار: المعرض ناجح'],
    ],
    [
      'a minister’s field in construct before the country: the title speaks after «بدوره»',
      'واستقبل رئيس الحكومة سامي الحداد وزير خارجية البرتغال مانويل كوستا. وقال رئيس الحكومة إن الحوار مفيد. بدوره شدد وزير خارجية البرتغال على أهمية التعاون.',
      ['سامي الحداد', 'مانويل كوستا'],
      ['سامي الحداد: الحوار مفيد', 'مانويل كوستا: على أهمية التعاون'],
    ],
    [
      '«أمير» after a counterpart’s title is the counterpart’s given name',
      'وقال وزير الخارجية سامي الحداد في مؤتمر صحفي مع نظيره الماليزي أمير حمزة إن العلاقات متينة.',
      ['سامي الحداد', 'أمير حمزة'],
      ['سامي الحداد: العلاقات متينة'],
    ],
    [
      'a second office joined by «و» is the same person’s',
      'وقال رئيس الوزراء ووزير الخارجية القطري حمد العلي إن الحوار مستمر. وأضاف رئيس الوزراء القطري أن الوساطة ناجحة.',
      ['حمد العلي'],
      ['حمد العلي: الحوار مستمر', 'حمد العلي: الوساطة ناجحة'],
    ],
    [
      'honorifics in a row before the name: the name is the speaker',
      'بحضور الأستاذ الدكتور بيتر هاول رئيس الجامعة والأستاذ الدكتور سامي النجار، مدير المعهد. وقال الأستاذ الدكتور السير بيتر هاول إن الشراكة مثمرة.',
      ['بيتر هاول', 'سامي النجار'],
      ['بيتر هاول: الشراكة مثمرة'],
    ],
    [
      'an office without a nationality is the home official’s, not the foreign counterpart’s',
      'افتتح الدكتور سامي النجار وزير الثقافة ونظيره التونسي هاني ربيع المعرض. وأكد وزير الثقافة أن المعرض ناجح. وقال وزير الثقافة التونسي إن الثورة مستمرة.',
      ['سامي النجار', 'هاني ربيع'],
      ['سامي النجار: المعرض ناجح', 'هاني ربيع: الثورة مستمرة'],
    ],
    [
      'a given name that starts with ل after a title is the name, not a ل-complement',
      'وقالت المهندسة ليلى الشريف إن المشروع تأخر.',
      ['ليلى الشريف'],
      ['ليلى الشريف: المشروع تأخر'],
    ],
    [
      'an honorific inside a family’s name',
      'وقال رئيس الغرفة سليم الحاج منصور إن الأسعار مستقرة.',
      ['سليم الحاج منصور'],
      ['سليم الحاج منصور: الأسعار مستقرة'],
    ],
    [
      'a region the head governs is the title’s, not the person’s name',
      'وقال رئيس إقليم الشمال كريم داود إن الطرق مفتوحة. وتابع رئيس إقليم الشمال، أن المدارس تعمل.',
      ['كريم داود'],
      ['كريم داود: الطرق مفتوحة', 'كريم داود: المدارس تعمل'],
    ],
    [
      'a third name before a و-joined word',
      'واستقبل الأمير وزير الخارجية الدكتور سامي خالد نصار والوفد المرافق له. وقال نصار إن الزيارة مثمرة.',
      ['سامي خالد نصار'],
      ['سامي خالد نصار: الزيارة مثمرة'],
    ],
    [
      '«وهو طالب» is a student, not «طالب» (demanded)',
      'أوضح الباحث في الفريق، سامي كرم، وهو طالب جامعي في الكلية: "الصورة مذهلة".',
      ['سامي كرم'],
      ['سامي كرم: الصورة مذهلة'],
    ],
    [
      'a line broken after a comma goes on with the sentence',
      'قال رئيس الغرفة، سامي النجار في مؤتمر صحفي عقد يوم الإثنين،\nأن الأسعار مستقرة.',
      ['سامي النجار'],
      ['سامي النجار: الأسعار مستقرة'],
    ],
    [
      'a speech after a name is what the person gave, not a family name in ة',
      'وألقى الوزير سامي النجار كلمة أكد فيها أن الحكومة ماضية في الإصلاح.',
      ['سامي النجار'],
      ['سامي النجار: الحكومة ماضية في الإصلاح'],
    ],
    [
      'an honorific after an office and its town opens the name',
      'وقال مفتي طرابلس الدكتور حسن الدباغ إن الكتاب مهم.',
      ['حسن الدباغ'],
      ['حسن الدباغ: الكتاب مهم'],
    ],
    [
      '«علي» and a family nisba after an honorific need no closer',
      'وألقى الدكتور علي الكرمي كلمة شدد فيها على دور الكتاب.',
      ['علي الكرمي'],
      ['علي الكرمي: على دور الكتاب'],
    ],
    [
      'a Maghreb family name in بال after a given name',
      'وقال الوالي سمير بالقاسم إن المياه ارتفعت.',
      ['سمير بالقاسم'],
      ['سمير بالقاسم: المياه ارتفعت'],
    ],
    [
      'an ordinal after a definite office is its adjective (the prime minister of the Maghreb)',
      'وقال الوزير الأول نبراس العيادي إن الطرق مفتوحة.',
      ['نبراس العيادي'],
      ['نبراس العيادي: الطرق مفتوحة'],
    ],
    [
      'an ambassador accredited to a state',
      'وقال السفير المعتمد لدى الأردن سامي النجار إن العلاقات قوية.',
      ['سامي النجار'],
      ['سامي النجار: العلاقات قوية'],
    ],
    [
      'the national coach of the Maghreb (الناخب الوطني) is a title',
      'أكد الناخب الوطني سامي الدرعي أن اللاعبين أظهروا قوتهم.',
      ['سامي الدرعي'],
      ['سامي الدرعي: اللاعبين أظهروا قوتهم'],
    ],
    [
      'a word of time after a name and its family name closes the name',
      'اكد وزير النفط صابر الدليمي اليوم السبت إن الإنتاج سيرتفع.',
      ['صابر الدليمي'],
      ['صابر الدليمي: الإنتاج سيرتفع'],
    ],
    [
      'a second field of a ministry joined by و with hamza',
      'نفى وزير الصحة والسكان وإصلاح المستشفيات، عبد الحق الزاوي، وجود نقص في الأدوية.',
      ['عبد الحق الزاوي'],
      ['عبد الحق الزاوي: وجود نقص في الأدوية'],
    ],
    [
      'a given name in و before a closing family nisba is the name, not a second field',
      'وقالت مديرة المدرسة وجدان الكعبي إن الطلاب عادوا إلى الصفوف.',
      ['وجدان الكعبي'],
      ['وجدان الكعبي: الطلاب عادوا إلى الصفوف'],
    ],
    [
      'a given name that is a function word too (صباح), before a closing family nisba',
      'وقال الدكتور صباح الجبوري إن الميزانية لم تصل بعد.',
      ['صباح الجبوري'],
      ['صباح الجبوري: الميزانية لم تصل بعد'],
    ],
    [
      'a given name that reads as ف and a function word (فاخر), after a rank',
      'وصرح المتحدث باسم الشرطة العقيد فاخر الزبيدي بأن التحقيق مستمر.',
      ['فاخر الزبيدي'],
      ['فاخر الزبيدي: التحقيق مستمر'],
    ],
    [
      'a relational adjective inside a ministry’s fields is the title’s, not a family name',
      'وقال وزير التعليم العالي والبحث العلمي سامي النجار إن الجامعات جاهزة.',
      ['سامي النجار'],
      ['سامي النجار: الجامعات جاهزة'],
    ],
    [
      'a definite honorific takes no body noun: a given name bodies are also named with',
      'وقال الدكتور هلال النجار إن المستشفى جاهز.',
      ['هلال النجار'],
      ['هلال النجار: المستشفى جاهز'],
    ],
    [
      'a name joined by بن alone on a line (a caption) ends with the line',
      'الدكتور هلال بن سالم الحداد\nوأكد الوزير أن المدارس جاهزة.',
      ['هلال بن سالم الحداد'],
      ['هلال بن سالم الحداد: المدارس جاهزة'],
    ],
    [
      'a feminine honorific (الشيخة) is a title like the masculine one',
      'وقالت الشيخة سلمى النجار إن المهرجان ناجح.',
      ['سلمى النجار'],
      ['سلمى النجار: المهرجان ناجح'],
    ],
    [
      'a definite noun no title list holds, right before a name, describes the person',
      'وقالت الرسامة سلمى النجار إن المعرض ناجح.',
      ['سلمى النجار'],
      ['سلمى النجار: المعرض ناجح'],
    ],
    [
      'a given name in ف after a title, before a family name that closes it',
      'قالت وزيرة التربية فائقة الحداد، أن المدارس فتحت أبوابها.',
      ['فائقة الحداد'],
      ['فائقة الحداد: المدارس فتحت أبوابها'],
    ],
    [
      'an honorific after a school’s or a hospital’s noun names the place after a person',
      'وأدلى سامي النجار بصوته في مدرسة الملكة سلمى، ونقل المصاب إلى مستشفى الأمير هاني.',
      ['سامي النجار'],
      [],
    ],
    [
      'thanks after a given name are what she gave, not a family name',
      'ووجهت الشيخة سلمى الشكر للمتطوعين. وقالت الشيخة سلمى بنت خالد الحداد إن المهرجان ناجح.',
      ['سلمى بنت خالد الحداد'],
      ['سلمى بنت خالد الحداد: المهرجان ناجح'],
    ],
    [
      'a Mauritanian name with فال (no ف + article) and ولد, after a definite descriptor, a quoted body and an honorific',
      'أكد الإداري المدير العام لشركة "الأفق"، السيد أحمد فال ولد الحداد، أن الصادرات ارتفعت. وأوضح المدير العام أن الخطة طموحة.',
      ['أحمد فال ولد الحداد'],
      ['أحمد فال ولد الحداد: الصادرات ارتفعت', 'أحمد فال ولد الحداد: الخطة طموحة'],
    ],
    [
      'a dean (عميد) is a title in apposition that closes the name',
      'وقال الدكتور شمس الدين عميد كلية العلوم إن المختبر جاهز.',
      ['شمس الدين'],
      ['شمس الدين: المختبر جاهز'],
    ],
    [
      'a family name that looks like a verb of «I» before أن is the person again',
      'وقال المدرب جون أنطاه إن الفريق جاهز للنهائي. وأكد أنطاه أن اللاعبين تعافوا.',
      ['جون أنطاه'],
      ['جون أنطاه: الفريق جاهز للنهائي', 'جون أنطاه: اللاعبين تعافوا'],
    ],
    [
      'a deputy of an office is a title of its own (نائب رئيس …), not the office’s holder',
      'وقال نائب رئيس الوزراء سامي النجار إن القرار خاطئ. وقال رئيس الوزراء هاني ربيع إن الحكومة مستمرة. وأوضح نائب رئيس الوزراء أن الخطة جاهزة.',
      ['سامي النجار', 'هاني ربيع'],
      ['سامي النجار: القرار خاطئ', 'هاني ربيع: الحكومة مستمرة', 'سامي النجار: الخطة جاهزة'],
    ],
    [
      'asterisks of bold around a name after its title are no boundary',
      'ووصل نائب رئيس المجلس القائد *سامي النجار* إلى المدينة. وأوضح نائب رئيس المجلس أن التنفيذ يبدأ غدا.',
      ['سامي النجار'],
      ['سامي النجار: التنفيذ يبدأ غدا'],
    ],
    [
      'an office right after the name of a speech verb’s subject, past an abbreviation (د.)',
      'قال د. سامي النجار المتحدث باسم الحزب، إن الميزانية غير واقعية. وأضاف المتحدث باسم الحزب أنه تم تأجيل الجلسة.',
      ['سامي النجار'],
      ['سامي النجار: الميزانية غير واقعية', 'سامي النجار: تم تأجيل الجلسة'],
    ],
  ])('%s', (_, text, people, statements) => {
    const r = run(text);
    expect(labelsOf(r, 'person').sort()).toEqual([...people].sort());
    expect(said(r)).toEqual(statements);
  });
});

describe('names that look like other words', () => {
  it.each([
    [
      'a foreign family name in ف + ل (not ف + ل + a verb)',
      'وقال المدرب جاك فليتشر إن الفريق جاهز.',
      ['جاك فليتشر'],
    ],
    ['ل of purpose before a derived verb is still no name', 'وعاد الوزير ليتحدث عن الأزمة.', []],
    [
      'a given name shaped like a verb (يزيد) before بن and a name, after an honorific',
      'وشارك في اللقاء الموفد الأمير يزيد بن سامي بن خالد آل حداد.',
      ['يزيد بن سامي بن خالد آل حداد'],
    ],
    [
      'a given name of the Egyptian and Levantine press (نشوى) with its family name',
      'كما حضرت نشوى الحداد حفل الافتتاح وأكدت في تصريحاتها أن المعرض ناجح.',
      ['نشوى الحداد'],
    ],
    [
      'ف and the pronoun «I» (فأنا) is no given name once normalized (آنا)',
      'وقال المحامي سامي النجار: لهذا فأنا متفائل بالنتيجة.',
      ['سامي النجار'],
    ],
    [
      'a given name that is an adjective too, before a family nisba',
      'وفاز نبيل العياري بالمقعد.',
      ['نبيل العياري'],
    ],
    ['…but not before a common adjective', 'وهذا موقف نبيل الوطني تجاه القضية.', []],
    [
      'a given name that is a common noun too, before a verbal noun in ال (تفعيل)',
      'وتابع قائلا: "ميزة المعرض هذا العام، حسن التنظيم، وعدد الدور".',
      [],
    ],
    [
      '…nor inside a name an unknown word opened',
      'قال مهنا سعيد العدوي إن الفريق جاهز.',
      ['مهنا سعيد العدوي'],
    ],
    [
      'a compound given name in «بالله»',
      'وقال قائد الفريق معتز بالله الكردي إن اللقب مستحق.',
      ['معتز بالله الكردي'],
    ],
    [
      'a common noun in ال after two names is the verb’s object',
      'وحصد قائد المنتخب حسن رمال اللقب لأول مرة.',
      ['حسن رمال'],
    ],
    [
      'a family named after a city, after two names',
      'اعتبر وزير الاقتصاد السوري سامر نديم الخليل، أن البلاد ستتعافى.',
      ['سامر نديم الخليل'],
    ],
    [
      'a quoted short name of the body in the title is not the person',
      'رفض المدير العام لشركة تسويق النفط العراقية “سنام”، علي الكرمي، الخوض في الطلبات.',
      ['علي الكرمي'],
    ],
    [
      'a family name in quotes after a title and a given name',
      'وأوضح المتحدث باسم المنظمة طارق "ياسيفيتش" في مؤتمر صحفي أن المرض انتشر.',
      ['طارق ياسيفيتش'],
    ],
    [
      'a given name that is a common adjective too, right after a title',
      'وقال المستشار كامل الدباغ إن الخطة جاهزة.',
      ['كامل الدباغ'],
    ],
    [
      'a first name in ة and a given name that a comma closes',
      'وقال رئيس المجلس عقيلة منصور، اليوم، إن الجلسة تأجلت.',
      ['عقيلة منصور'],
    ],
    [
      'a title word that is a family name too, closed by a comma',
      'وقال الدكتور رياض القاضي، رئيس الجمعية، إن المؤتمر تأجل.',
      ['رياض القاضي'],
    ],
    [
      'the father’s name that is a common word too, between two given names in a Gulf chain',
      'وحضر الاجتماع الشيخ خالد صباح ناصر الحمود الصباح.',
      ['خالد صباح ناصر الحمود الصباح'],
    ],
    [
      'a name joined by ولد ends with its family name at the full stop',
      'وقال ذلك رئيس الحزب أحمد ولد سيدي المختار.',
      ['أحمد ولد سيدي المختار'],
    ],
    [
      'a scientist in construct with her field',
      'وقالت عالمة الفلك إشراق منير إن الرصد اكتمل.',
      ['إشراق منير'],
    ],
    [
      'a Gulf chain of names in ال stays whole',
      'وحضر الشيخ نواف سالم الفهد الصباح الحفل.',
      ['نواف سالم الفهد الصباح'],
    ],
  ])('%s', (_, text, people) => {
    expect(labelsOf(run(text), 'person')).toEqual(people);
  });

  it.each([
    [
      'a past verb after a definite place noun is its predicate',
      'وقام الوزير بزيارة للعاصمة استمرت أسبوعين.',
      [],
    ],
    [
      'a noun an indefinite nisba describes after a place noun is no place',
      'وقرر المجلس اعتبار البلاد منطقة كوارث طبيعية.',
      [],
    ],
    [
      '…but a preposition and a noun after the name are not its adjective',
      'وضربت السيول مدينة طوكر بولاية كسلا.',
      ['طوكر', 'كسلا'],
    ],
    [
      'a name after a definite place noun is the place',
      'ووصل الوفد إلى العاصمة بيروت أمس.',
      ['بيروت'],
    ],
  ])('%s', (_, text, places) => {
    expect(labelsOf(run(text), 'place').sort()).toEqual([...places].sort());
  });
});

describe('a ministry by its field alone', () => {
  it('speaks as the ministry named with that field before', () => {
    const r = run('أعلنت الداخلية السودانية ارتفاع عدد الضحايا. وذكرت الداخلية أن ألف منزل انهار.');
    expect(said(r)).toEqual([
      'الداخلية السودانية: ارتفاع عدد الضحايا',
      'الداخلية السودانية: ألف منزل انهار',
    ]);
  });
});

describe('honorifics that are no names', () => {
  it('a blessing in quotes after a title is no name', () => {
    const r = run('وقال الوزير إن زيارة حاكم الإمارة "حفظه الله" للمعرض تدعم القطاع.');
    expect(labelsOf(r, 'person')).toEqual([]);
  });

  it('an honorific pronoun after a participle is the one speaking, not the last person named', () => {
    const r = run(
      'وقال سمو الشيخ سالم بن ناصر الفارس إن زيارة الشيخ فهد بن خالد الماجد للمعرض تدعم القطاع، مشيرا سموه إلى أن المعرض ناجح.',
    );
    expect(said(r)).toEqual([
      'سالم بن ناصر الفارس: زيارة الشيخ فهد بن خالد الماجد للمعرض تدعم القطاع',
      'سالم بن ناصر الفارس: المعرض ناجح',
    ]);
  });
});

describe('whom a participle continues', () => {
  it('a person named after a preposition, his title before a comma, is no subject', () => {
    const r = run(
      'وقال رئيس الحكومة سامي النجار إن الانتخابات في موعدها. ودافع عن وزيرة الخارجية، هالة الحداد، مؤكدًا أنها تتحدث بلسان الحكومة.',
    );
    expect(said(r)).toEqual([
      'سامي النجار: الانتخابات في موعدها',
      'سامي النجار: تتحدث بلسان الحكومة',
    ]);
  });
});

describe('«علي» spelled with ي after a title', () => {
  it.each([
    [
      'after an honorific set off by commas',
      'أكد وزير الثقافة، الدكتور علي قاسم الحداد، أهمية المبادرة التي تشمل صيانة ألف مخطوط.',
      ['علي قاسم الحداد: أهمية المبادرة التي تشمل صيانة ألف مخطوط'],
    ],
    [
      'three words closed by the claim an affirmation takes',
      'وأكد وزير الكهرباء الدكتور علي سيف محمد التزام الوزارة بدعم المشروع.',
      ['علي سيف محمد: التزام الوزارة بدعم المشروع'],
    ],
    [
      'the preposition written with ي stays a preposition',
      'وأكد الوزير علي الالتزام بالقانون.',
      [],
    ],
  ])('%s', (_, text, statements) => {
    expect(said(run(text))).toEqual(statements);
  });
});

describe('compound given names and the subject before', () => {
  it('a compound given name in الإسلام after a plural noun', () => {
    const r = run('وأعلن القاضي إدانة المتهمين سيف الإسلام الحداد وعبدالله النجار بما أسند إليهم.');
    expect(labelsOf(r, 'person')).toEqual(['سيف الإسلام الحداد', 'عبدالله النجار']);
  });

  it('the object of the sentence before is not the subject a later cue continues', () => {
    const r = run(
      'وأعلن القاضي إدانة المتهم سيف الإسلام الحداد بما أسند إليه. وقال إن الحكم قابل للطعن.',
    );
    expect(said(r)).toEqual([]);
  });

  it('a person inside the title of the sentence before is its subject', () => {
    const r = run('وتطرق الوزير سامي النجار إلى المستجدات..مؤكدا حرص الحكومة على تنفيذ الاتفاق.');
    expect(said(r)).toEqual(['سامي النجار: حرص الحكومة على تنفيذ الاتفاق']);
  });
});

describe('groups and phrases that look like names', () => {
  it.each([
    ['a title’s plural in construct is a group', 'وقال مسؤولو الوزارة إن الخطة جاهزة.', []],
    [
      'a quoted phrase after a preposition and ال is no name',
      'بالمقابل رحب محامو المدعية "بالقرار الهام" في بيان.',
      [],
    ],
    [
      'a quoted name may begin with ال',
      'وقال الإمام "الصادق الحداد" إن الحوار مستمر.',
      ['الصادق الحداد'],
    ],
  ])('%s', (_, text, people) => {
    expect(labelsOf(run(text), 'person')).toEqual(people);
  });
});

describe('family names in «بو»', () => {
  it('written apart later, they are the person written joined before', () => {
    const r = run(
      'وقال وزير الخارجية سامي بوعلام إن الحوار مستمر. وسلم بو علام رسالة إلى السفير. وقال بو علام إن البلاد ملتزمة.',
    );
    expect(labelsOf(r, 'person')).toEqual(['سامي بوعلام']);
    expect(said(r)).toEqual(['سامي بوعلام: الحوار مستمر', 'سامي بوعلام: البلاد ملتزمة']);
  });
});

describe('a family name with ال and without', () => {
  it('is one person', () => {
    const r = run(
      'وقال الرئيس التنفيذي للشركة سامي الحداد إن الأرباح ارتفعت. وأضاف سامي حداد أن الإنتاج مستقر.',
    );
    expect(labelsOf(r, 'person')).toHaveLength(1);
    expect(said(r)).toHaveLength(2);
    expect(new Set(said(r).map((x) => x.split(':')[0])).size).toBe(1);
  });

  it('another given name is another person', () => {
    const r = run('وقال سامي الحداد إن الأرباح ارتفعت. وقال هاني حداد إن الإنتاج مستقر.');
    expect(labelsOf(r, 'person').sort()).toEqual(['سامي الحداد', 'هاني حداد']);
  });
});
