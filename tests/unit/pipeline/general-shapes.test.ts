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
      'a document named by its kind speaks for the one who issued it',
      'وقالت وزارة الصحة في بيان إن المستشفيات ممتلئة. ووفقاً للبيان، شملت الإصابات ثلاثين طفلا.',
      ['وزارة الصحة: المستشفيات ممتلئة', 'وزارة الصحة: شملت الإصابات ثلاثين طفلا'],
    ],
    [
      'a unit named by its task, a chain of constructs, and whose it is after التابعة',
      'وقالت الوحدة التنفيذية لإدارة مخيمات اللاجئين التابعة للحكومة إن الخيام تضررت.',
      ['الوحدة التنفيذية لإدارة مخيمات اللاجئين: الخيام تضررت'],
    ],
    [
      'a title set off by a dash is the person’s, and describes them later',
      'وأكد الدكتور سامي النجار- أستاذ القانون الدولي بكلية الحقوق، أن القرار باطل. وأضاف أستاذ القانون الدولي، أن الطعن مقبول.',
      ['سامي النجار: القرار باطل', 'سامي النجار: الطعن مقبول'],
    ],
    [
      'a given name that is a common word too, before a family name',
      'وقال النائب مسلم الحداد إن الجلسة تأجلت.',
      ['مسلم الحداد: الجلسة تأجلت'],
    ],
    [
      'a quote in parentheses after the verb and its speaker',
      'وقال الوزير سامي النجار (نريد شراكة تدوم طويلا مع الجميع).',
      ['سامي النجار: نريد شراكة تدوم طويلا مع الجميع'],
    ],
    [
      'a short name in parentheses after the body speaks for it later',
      'وقعت الشركة الوطنية للاتصالات (وطنية) العقد. وأعلنت وطنية أن الأرباح ارتفعت.',
      ['الشركة الوطنية للاتصالات: الأرباح ارتفعت'],
    ],
    [
      'a body named by one complement speaks right after the verb',
      'وجددت سلطة المياه تأكيدها على أن الإمدادات مستقرة.',
      ['سلطة المياه: الإمدادات مستقرة'],
    ],
    [
      'a Hebrew given name in ئيل after a title and a comma',
      'وقال وزير الطاقة الإسرائيلي، يسرائيل كوهين، إن الغاز سيتدفق.',
      ['يسرائيل كوهين: الغاز سيتدفق'],
    ],
    [
      'an honorific of office, a name with two lineage links, then the title',
      'قال معالي السيد فهد بن سالم بن حمود الحارثي وزير الخارجية إن العلاقات متينة.',
      ['فهد بن سالم بن حمود الحارثي: العلاقات متينة'],
    ],
    [
      'a given name in عبد written as one word opens a name, and a leader’s too',
      'وقال الرئيس عبدربه سالم الحداد إن الرئيس عبدالفتاح السيسي وعده بالدعم.',
      ['عبدربه سالم الحداد: الرئيس عبدالفتاح السيسي وعده بالدعم'],
    ],
    [
      'a quoted title inside the adjunct after the verb; the claim comes with أن',
      'وأضاف المدير سامي النجار، ردا على سؤال عن تقرير “آفاق الاقتصاد” الأخير، أنه من المتوقع أن ينمو الاقتصاد.',
      ['سامي النجار: من المتوقع أن ينمو الاقتصاد'],
    ],
    [
      '«as X said» after a claim, with or without a comma; «كما أكد … أن» opens one',
      'كانت المشاركة خجولة كما قالت الكاتبة سلمى الحداد. والوضع صعب جدا، كما أكد الوزير سامي النجار. كما أكد النجار أن الحل قريب.',
      ['سلمى الحداد: كانت المشاركة خجولة', 'سامي النجار: والوضع صعب جدا', 'سامي النجار: الحل قريب'],
    ],
    [
      'what is expected is the claim: a verbal noun after توقع',
      'وتوقّع البنك الدولي، ارتفاع نمو الاقتصاد في العام المقبل.',
      ['البنك الدولي: ارتفاع نمو الاقتصاد في العام المقبل'],
    ],
    [
      'a quoted short name that reads as a verb (آفاد ~ أفاد) closes its quote and speaks later',
      'بحسب ما ذكرت هيئة الطوارئ التركية "آفاد".\nوقالت "آفاد": إنه تم إجلاء ألف شخص من المناطق المنكوبة.',
      ['هيئة الطوارئ التركية: تم إجلاء ألف شخص من المناطق المنكوبة'],
    ],
    [
      'ذي before a given name opens a compound name after a verb; صاحب السمو is an honorific',
      'أكد ذي يزن بن طارق الحارثي، أن المعرض ناجح. وقال صاحب السمو السيد فهد بن محمود الحارثي إن الزيارة مثمرة.',
      ['ذي يزن بن طارق الحارثي: المعرض ناجح', 'فهد بن محمود الحارثي: الزيارة مثمرة'],
    ],
    [
      'a second report set beside the first with «فيما»',
      'وقال وزير النقل سامي النجار إن الطريق أغلق، فيما ذكرت صحيفة المستقبل أن الجسر تضرر.',
      ['سامي النجار: الطريق أغلق', 'المستقبل: الجسر تضرر'],
    ],
    [
      'a verb that opens no speech stays inside the content',
      'وذكرت صحيفة المستقبل أن شركة طيران الخليج علقت رحلاتها إلى المدينة.',
      ['المستقبل: شركة طيران الخليج علقت رحلاتها إلى المدينة'],
    ],
    [
      'a lineage connector carries the name on',
      'وقال الوزير سالم عوض بن مرعي إن الحوار مستمر.',
      ['سالم عوض بن مرعي: الحوار مستمر'],
    ],
    [
      'a foreign name of three words, relayed with an adjunct before the colon',
      'ونقلت الوكالة عن المدير ستيفن مارك هولدن قوله في مؤتمر صحفي: إن المبيعات ارتفعت.',
      ['ستيفن مارك هولدن: المبيعات ارتفعت'],
    ],
    [
      'a quoted relaying source before «عن»',
      'ونقل “مركز أخبار المنظمة الدولية” عن الوزير سامي النجار قوله إن الطرق مفتوحة.',
      ['سامي النجار: الطرق مفتوحة'],
    ],
    [
      'an unknown name before the verb’s preposition and أن',
      'وأشار فيلدمان إلى أن الأسعار ستنخفض.',
      ['فيلدمان: الأسعار ستنخفض'],
    ],
    [
      'a call: the one called opens the claim',
      'وقال الوزير سامي النجار إن المطر غزير، داعيا المجتمع الدولي إلى التحرك الفوري.',
      ['سامي النجار: المطر غزير', 'سامي النجار: المجتمع الدولي إلى التحرك الفوري'],
    ],
    [
      'a renewed stance, its claim a noun',
      'وجدد الوزير سامي النجار، إدانة بلاده للهجوم، مجددا دعم الحكومة للمبادرة.',
      ['سامي النجار: إدانة بلاده للهجوم', 'سامي النجار: دعم الحكومة للمبادرة'],
    ],
    [
      'an honorific between the office and the name',
      'أكد وزير الصحة دكتور سامي الحربي أن المراكز جاهزة.',
      ['سامي الحربي: المراكز جاهزة'],
    ],
    [
      '«ذات المتحدث» and «المتحدث ذاته» are the last speaker',
      'وقال الأمين العام للحزب سامي النجار إن الحوار مستمر. وأوضح ذات المتحدث، أن البلاد آمنة. وأبرز المتحدث ذاته، أن الموقف ثابت.',
      ['سامي النجار: الحوار مستمر', 'سامي النجار: البلاد آمنة', 'سامي النجار: الموقف ثابت'],
    ],
    [
      'a verb of «we» after a title is no name',
      'وقال الوزير سامي النجار: “نقلنا الدعوة عبر وزير الخارجية ونتمنى أن تتم الزيارة”.',
      ['سامي النجار: نقلنا الدعوة عبر وزير الخارجية ونتمنى أن تتم الزيارة'],
    ],
    [
      '«علي» then a given name and a family name, closed by a comma',
      'أكد وزير الخارجية علي حامد الشريف، أن التشاور مستمر.',
      ['علي حامد الشريف: التشاور مستمر'],
    ],
    [
      'a compound given name counts as one word of the name',
      'وقال المدير العام الجديد للشركة نور الدين حمادي إن الإنتاج ارتفع.',
      ['نور الدين حمادي: الإنتاج ارتفع'],
    ],
    [
      'a scientist introduced by his field, an honorific as family name',
      'أعلن العالم الأردني الدكتور حامد السيد، عن تطوير لقاح جديد للملاريا.',
      ['حامد السيد: عن تطوير لقاح جديد للملاريا'],
    ],
    [
      'the head of a department of a body',
      'وقالت رئيسة قسم المخطوطات الباحثة في مكتبة الجامعة سلمى الخطيب: "الوثائق محفوظة".',
      ['سلمى الخطيب: الوثائق محفوظة'],
    ],
    [
      'a body named only by its kind speaks, and its statement goes on',
      'التقى وزير النقل سامي النجار نظيره. وقالت الوزارة في بيان إن اللقاء مثمر. وأضاف البيان أن الطرفين اتفقا. وتابع أن اللجنة ستجتمع.',
      ['الوزارة: اللقاء مثمر', 'الوزارة: الطرفين اتفقا', 'الوزارة: اللجنة ستجتمع'],
    ],
    [
      '«الشركة» is the airline named before it',
      'وارتفعت أرباح الخطوط الجوية الليبية. وقالت الشركة إنها تواصل العمل.',
      ['الخطوط الجوية الليبية: تواصل العمل'],
    ],
    [
      'the last two names of a longer one are the same person',
      'وقال الرئيس، عبد ربه سالم هادي، إن الوضع صعب. وأضاف سالم هادي أن الحوار ممكن.',
      ['عبد ربه سالم هادي: الوضع صعب', 'عبد ربه سالم هادي: الحوار ممكن'],
    ],
    [
      'a participle’s speaker is the subject of its own clause',
      'وعقد الوزير سالم بن مرعي جلسة مع نظيره فادي الحلبي، حيث أدلى الحلبي بتصريح قائلا: "العلاقة ممتازة".',
      ['فادي الحلبي: العلاقة ممتازة'],
    ],
    [
      'a long title of a department inside an international body',
      'قال مدير إدارة شمال أفريقيا وغرب آسيا في البنك الدولي سامر نصار، إن الإصلاحات نجحت.',
      ['سامر نصار: الإصلاحات نجحت'],
    ],
    [
      'an honorific with a pronoun is the person named last',
      'أجرت القناة مقابلة مع الوزيرة سلمى الكعبي. وقالت معاليها في حديثها مع المحطة: «البرنامج يسير وفق الخطة».',
      ['سلمى الكعبي: البرنامج يسير وفق الخطة'],
    ],
    [
      'a source phrase naming an outlet by its kind',
      'أجرت محطة «بي بي سي» مقابلة مع الوزيرة. وبحسب المحطة البريطانية، فإن الدولة أطلقت أقمارا صناعية.',
      ['بي بي سي: الدولة أطلقت أقمارا صناعية'],
    ],
    [
      'a title ending on a body’s noun with a pronoun',
      'وقال رئيس مجلس إدارته أحمد ولد سالم إن المصرف قوي.',
      ['أحمد ولد سالم: المصرف قوي'],
    ],
    [
      '«وكان X قد أعلن» with an affirmed noun, the surname of three words',
      'وقال الرئيس أحمد ولد عبد الرحمن إن الوضع جيد. وكان ولد عبد الرحمن قد أعلن عدم نيته الترشح لولاية ثالثة.',
      ['أحمد ولد عبد الرحمن: الوضع جيد', 'أحمد ولد عبد الرحمن: عدم نيته الترشح لولاية ثالثة'],
    ],
    [
      'a verb joined by و to an earlier cue shares its subject, not the object before it',
      'أكد رئيس المجلس سامي النجار في تصريح بعد لقائه الرئيس فادي الحلبي وقال: “الحكومة ستتشكل قريبا”.',
      ['سامي النجار: الحكومة ستتشكل قريبا'],
    ],
    [
      'a mission named by its body speaks; a relative clause’s verb is no cue of its own',
      'توقعت بعثة صندوق النقد الدولي التي اختتمت لقاءات استشارية مع مسؤولين أن يحقق الاقتصاد نموا كبيرا.',
      ['بعثة صندوق النقد الدولي: يحقق الاقتصاد نموا كبيرا'],
    ],
    [
      'a past verb of the form تفعّل takes the feminine ending',
      'وتعهدت وزارة المالية بأن تصرف الرواتب في موعدها.',
      ['وزارة المالية: تصرف الرواتب في موعدها'],
    ],
    [
      'a preposition inside an adjunct after the subject is not the verb’s',
      'أكد سامي النجار مدرب المنتخب عقب الفوز العريض اليوم على الضيوف برباعية نظيفة في الجولة الثانية من منافسات المجموعة السادسة أن الانتصار مهم جدا.',
      ['سامي النجار: الانتصار مهم جدا'],
    ],
    [
      'a league «for the defence of» rights, then named by its kind',
      'طالبت الرابطة المغربية للدفاع عن حقوق الإنسان بالإفراج عن الموقوف. وأوضحت الرابطة، في بيان، أن الموقوف عبّر عن استيائه.',
      [
        'الرابطة المغربية للدفاع عن حقوق الإنسان: بالإفراج عن الموقوف',
        'الرابطة المغربية للدفاع عن حقوق الإنسان: الموقوف عبّر عن استيائه',
      ],
    ],
    [
      'a known company named right after its kind noun speaks',
      'قالت شركة أرامكو لتشغيل الحقول في المنطقة الشرقية يوم الاثنين إنها ستبدأ الإنتاج قريبا.',
      ['أرامكو: ستبدأ الإنتاج قريبا'],
    ],
    [
      'two family names in ال after a title, but no common adjectives',
      'وقال المرشح الفهيدي العجمي: إن الحملة بدأت. وقال المتحدث الرسمي الأمني: إن الطرق مغلقة.',
      ['الفهيدي العجمي: الحملة بدأت'],
    ],
    [
      'a town after a masculine speech verb is a family name',
      'وقال وزير الصحة سامي الأبيض إن المستشفيات ممتلئة. وأشار الأبيض إلى أنه تم إجراء عمليات كثيرة.',
      ['سامي الأبيض: المستشفيات ممتلئة', 'سامي الأبيض: تم إجراء عمليات كثيرة'],
    ],
    [
      '«وأكمل:» goes on with the same speaker; «أكمل الفريق» opens nothing',
      'وقال المدرب سامي النجار إن الفريق جاهز. وأكمل: "الانضباط هو الأساس الدائم في المنتخب". وأكمل الفريق استعداداته أمس.',
      ['سامي النجار: الفريق جاهز', 'سامي النجار: الانضباط هو الأساس الدائم في المنتخب'],
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
    [
      'a source adjunct («وفق ما أفادت») between the cue and its content is no speaker',
      'وقالت وزارة البيئة وفق ما أفادت صحيفة الخليج، إنها ستزرع مليون شجرة.',
      ['وزارة البيئة: ستزرع مليون شجرة'],
    ],
    [
      '«في» after a title waiting for its name belongs to the title',
      'وقالت الباحثة في مركز الأبحاث الفلكية سلمى عادل، "إن المذنب سيعود بعد قرن".',
      ['سلمى عادل: إن المذنب سيعود بعد قرن'],
    ],
    [
      'a description naming a body in quotes is the person whose title names it, not a bare «الرئيس»',
      'قال المهندس "نبيل عمران" رئيس حزب النور إنه سيترشح للانتخابات المقبلة. وأشاد الرئيس حسن داود بالمرشحين. وأضاف رئيس "حزب النور" أن برنامجه جاهز.',
      ['نبيل عمران: سيترشح للانتخابات المقبلة', 'نبيل عمران: برنامجه جاهز'],
    ],
    [
      'a lawyer of someone named first: the second name is the lawyer',
      'وقال محامي اللاعب الدولي كريم بنزيمة جان بيير مارتان إن موكله بريء من التهم.',
      ['جان بيير مارتان: موكله بريء من التهم'],
    ],
    [
      'a name in quotes after its title',
      'وأكد مسؤول الإعلام في الحزب “كمال عثمان” أن الاجتماع سيعقد غدا في الخرطوم.',
      ['كمال عثمان: الاجتماع سيعقد غدا في الخرطوم'],
    ],
    [
      'a document frame speaks for the body named after it',
      'وجاء في بيان صادر عن وزارة الزراعة: "سنوزع البذور على المزارعين مجانا هذا الموسم".',
      ['وزارة الزراعة: سنوزع البذور على المزارعين مجانا هذا الموسم'],
    ],
    [
      'a document frame «بيان للحزب» speaks for the party named by its kind before',
      'أعلن حزب "النهضة" انسحابه من الائتلاف الحاكم. وجاء في بيان للحزب أن "القرار اتخذ بالإجماع بعد نقاش طويل".',
      // A quote after أن keeps its marks in the statement (its offsets are what corrections anchor to).
      ['النهضة: انسحابه من الائتلاف الحاكم', 'النهضة: "القرار اتخذ بالإجماع بعد نقاش طويل"'],
    ],
    [
      'an affirmed verbal noun with a pronoun is the claim (أكد جاهزية فريقه)',
      'أكد مدرب المنتخب سامي الطرابلسي، جاهزية فريقه للقاء المقبل أمام مالي.',
      ['سامي الطرابلسي: جاهزية فريقه للقاء المقبل أمام مالي'],
    ],
    [
      '«نسبت صحيفة X لـY قوله»: Y speaks, not the paper',
      'ونسبت صحيفة الشروق لرئيس الهيئة المستشار حازم بدوي، قوله أيضا إن اللجنة رفضت الطعن المقدم.',
      ['حازم بدوي: اللجنة رفضت الطعن المقدم'],
    ],
    [
      '«عبّر X، title، عن»: expressed, with the name in apposition',
      'من جهة أخرى، عبر ماركو بيتريتش، مدرب النادي، عن خيبة أمله بعد خسارة فريقه.',
      ['ماركو بيتريتش: عن خيبة أمله بعد خسارة فريقه'],
    ],
    [
      'a verb of stance with its preposition (شكك في)',
      'وشكك تحالف قوى المعارضة في قدرة الحكومة على إجراء الانتخابات.',
      ['تحالف قوى المعارضة: في قدرة الحكومة على إجراء الانتخابات'],
    ],
    [
      'a verb of expectation with أن',
      'وتوقع وزير المالية سمير الخطيب أن يتراجع التضخم العام المقبل.',
      ['سمير الخطيب: يتراجع التضخم العام المقبل'],
    ],
    [
      'a negated claim after an affirming verb and participle (أكد عدم، مؤكدا عدم)',
      'كما أكد الوزير سالم أحمد عدم وجود إصابات جديدة في المدينة، مؤكداً عدم وجود أشخاص تحت الأنقاض.',
      ['سالم أحمد: عدم وجود إصابات جديدة في المدينة', 'سالم أحمد: عدم وجود أشخاص تحت الأنقاض'],
    ],
    [
      "«الحاجة» after a participle's preposition is a need, not a pilgrim",
      'وقال الطبيب سامر ناصر إن الأرقام مقلقة، مشددًا على الحاجة الملحة إلى حملات التطعيم.',
      ['سامر ناصر: الأرقام مقلقة', 'سامر ناصر: على الحاجة الملحة إلى حملات التطعيم'],
    ],
    [
      "a person inside a relative clause is not the participle's subject; «عدّ أن» considers",
      'وقال رئيس الهيئة حاتم بلحاج إن الملف مغلق. وعدّ أن الصلاحية تعود إلى البرلمان، الذي يرأسه سامي القروي، موضحاً أنه لا دخل للهيئة في ذلك.',
      [
        'حاتم بلحاج: الملف مغلق',
        'حاتم بلحاج: الصلاحية تعود إلى البرلمان، الذي يرأسه سامي القروي',
        'حاتم بلحاج: لا دخل للهيئة في ذلك',
      ],
    ],
    [
      'an outer title, an inner role with its name, then the holder in commas',
      'وقال مدير الحملة الانتخابية للمرشح كريم سعيد، محمد لطفي، إن المرشح سيزور عشر مدن.',
      ['محمد لطفي: المرشح سيزور عشر مدن'],
    ],
    [
      'a known leader after the title of another office holds that office now',
      'وقالت المرشحة الرئاسية كامالا هاريس إن الحملة ستزور الولايات المتأرجحة.',
      ['كامالا هاريس: الحملة ستزور الولايات المتأرجحة'],
    ],
    [
      'a foreign given name shaped like a future verb (س + imperfect), closed by أن',
      'وأكدت المديرة التنفيذية للبرنامج سيندي ماكين أن المساعدات ستصل خلال أيام.',
      ['سيندي ماكين: المساعدات ستصل خلال أيام'],
    ],
    [
      'a rank between the field and the name; a given name that starts like a clitic and a verb (فا…)',
      'ويرى الخبير في الشؤون العسكرية اللواء فايز الحمدان أن المعركة ستطول.',
      ['فايز الحمدان: المعركة ستطول'],
    ],
    [
      'a body after a full name is the verb’s object, not a third name',
      'وطالب الوزير خالد العمر الحكومة بتسريع صرف التعويضات.',
      ['خالد العمر: الحكومة بتسريع صرف التعويضات'],
    ],
    [
      'a nationality after a speech verb is a noun («the Greek»), the name after it a person',
      'وأكد اليوناني ديميس مدرب النادي أن الفريق استعاد توازنه.',
      ['ديميس: الفريق استعاد توازنه'],
    ],
    [
      'a nationality noun, a name with its family name, and a title in apposition',
      'في المقابل، قال التونسي منصف الشابي مدرب الضيوف إن الحكم أخطأ في ركلة الجزاء.',
      ['منصف الشابي: الحكم أخطأ في ركلة الجزاء'],
    ],
    [
      'the speaker’s own words open with a verb of «I» (no quote marks)',
      'وقال المدرب سامي النجار إن الفوز مستحق. وقال أعتقد أن اللاعبين قدموا كل شيء.',
      ['سامي النجار: الفوز مستحق', 'سامي النجار: أعتقد أن اللاعبين قدموا كل شيء'],
    ],
    [
      'a quoted body between the title and a name set off by commas',
      'وأوضح مدير عام “تطوير الساحل”، رامي عوض، أن المشروع سيبدأ قريبا.',
      ['رامي عوض: المشروع سيبدأ قريبا'],
    ],
    [
      'بيّن written without its shadda, first in its clause',
      'وقال الوزير خالد العمر إن العقد جديد. وبين العمر، أن المصنع سيفتتح العام المقبل.',
      ['خالد العمر: العقد جديد', 'خالد العمر: المصنع سيفتتح العام المقبل'],
    ],
    [
      'a description points back: a coach named only later does not say what «المدرب» said',
      'وقال المدرب: الفوز مستحق. وأشاد التركي بولنت مدرب الضيوف بأداء لاعبيه.',
      [],
    ],
    [
      'a name in quotes after its title keeps its article (names such as الصديق، المهدي)',
      'قال محافظ البنك “الصادق المهدي” خلال الملتقى، إن السيولة متوفرة.',
      ['الصادق المهدي: السيولة متوفرة'],
    ],
    [
      'an unknown name after the verb, then a definite title in apposition',
      'وقال رامز حديدات المنسق الإعلامي للنادي، إن المباراة ستقام في موعدها.',
      ['رامز حديدات: المباراة ستقام في موعدها'],
    ],
    [
      'a body’s acronym in quotes, then the person’s own title and name',
      'وقال المدير التنفيذي للشركة الوطنية للغاز "نافكو" المهندس سامر عيد إن الإمدادات مستقرة.',
      ['سامر عيد: الإمدادات مستقرة'],
    ],
    [
      'a woman’s family name alone after a feminine verb',
      'وقالت مرشحة الدائرة الثالثة نورة المطيري إن التعليم أولا. وقالت المطيري إن الصحة تأتي بعده.',
      ['نورة المطيري: التعليم أولا', 'نورة المطيري: الصحة تأتي بعده'],
    ],
    [
      'the present tense reports at the head of its clause, not inside a claim or impersonally',
      'يعتقد المدرب سامي النجار أن المباراة صعبة. وأوضح النجار أن الإدارة تؤكد دعم الفريق. ويتوقع أن تبدأ المباراة مساء.',
      ['سامي النجار: المباراة صعبة', 'سامي النجار: الإدارة تؤكد دعم الفريق'],
    ],
    [
      'in sport a nationality is the person’s own, not the team’s',
      'وقال مدرب منتخب الجزائر فلاديمير بيتكوفيتش إن المجموعة صعبة. وشدد المدرب البوسني على أن اللاعبين جاهزون.',
      ['فلاديمير بيتكوفيتش: المجموعة صعبة', 'فلاديمير بيتكوفيتش: اللاعبين جاهزون'],
    ],
    [
      'a name in quotes after a title, however it looks (a first name in ة)',
      'وحضرت الحفل وزيرة الثقافة “مبروكة بلقاسم”. وقالت “بلقاسم” في كلمة إن التراث ثروة وطنية.',
      ['مبروكة بلقاسم: التراث ثروة وطنية'],
    ],
    [
      'a pronoun of «we» right after the verb opens the speaker’s words',
      'وقال وزير الثقافة سامي النجار إن المعرض ناجح. وأضاف نحن هنا اليوم لإطلاق هذه الأعمال.',
      ['سامي النجار: المعرض ناجح', 'سامي النجار: نحن هنا اليوم لإطلاق هذه الأعمال'],
    ],
    [
      'a communiqué (البلاغ) speaks for whoever issued it',
      'وأوضح مركز البحوث الزراعية في بلاغ أن العينات محفوظة. وذكر البلاغ أن الفريق أنهى التحاليل.',
      ['مركز البحوث الزراعية: العينات محفوظة', 'مركز البحوث الزراعية: الفريق أنهى التحاليل'],
    ],
    [
      'a counterpart holds the same office, and the nationality in the phrase is his own',
      'بحث وزير الخارجية الأردني سامي النجار مع نظيره العماني خالد الهنائي الأوضاع. من جانبه، أكد الوزير العماني أن التنسيق مستمر.',
      ['خالد الهنائي: التنسيق مستمر'],
    ],
    [
      'a four-part name of given names and a family word; the shorter name later is the same person',
      'والتقى الرئيس نظيره السوداني الجديد عمر محمد أحمد صديق خلال الزيارة. وقال السفير عمر محمد أحمد إن العلاقات متينة.',
      ['عمر محمد أحمد صديق: العلاقات متينة'],
    ],
    [
      'آيت (sons of) carries an Amazigh family name on',
      'وقال خالد آيت الطالب، وزير الصحة، إن الخصاص كبير.',
      ['خالد آيت الطالب: الخصاص كبير'],
    ],
    [
      'an affirmed noun after an adjunct in commas, the subject before the verb',
      'وكان السفير سامي النجار قد أكد، خلال زيارته إلى المدينة، حرص بلاده على أمن المنطقة.',
      ['سامي النجار: حرص بلاده على أمن المنطقة'],
    ],
    [
      'a source phrase whose verb tells an agency what a person said',
      'وحكم على ثلاثة متهمين بالسجن، حسبما أفاد وكالة رويترز المحامي سامي النجار.',
      ['سامي النجار: وحكم على ثلاثة متهمين بالسجن'],
    ],
    [
      'a body’s short name in quotes after its full name, then the short name speaks',
      'وأعلنت هيئة الإغاثة الإنسانية التركية "إيهاه" بدء التوزيع. وقال الوزير سامي النجار إن الطرق مفتوحة. وقالت "إيهاه": تم توزيع ألف طرد.',
      [
        'هيئة الإغاثة الإنسانية التركية: بدء التوزيع',
        'سامي النجار: الطرق مفتوحة',
        'هيئة الإغاثة الإنسانية التركية: تم توزيع ألف طرد',
      ],
    ],
    [
      'an affirmed noun inside the subject’s apposition does not open the claim when أن follows',
      'أكد سامي النجار، رئيس الوفد المشارك في حفل افتتاح المعرض، أن المشروع يجسد رؤية جديدة.',
      ['سامي النجار: المشروع يجسد رؤية جديدة'],
    ],
    [
      'a past verb after its own subject inside a claim is part of the claim',
      'وأضاف الوزير سامي النجار أن قرارات المحكمة أكدت على ضرورة احترام الدستور. وأكد أن الحوار مستمر.',
      ['سامي النجار: قرارات المحكمة أكدت على ضرورة احترام الدستور', 'سامي النجار: الحوار مستمر'],
    ],
    [
      'a long adjunct with relative clauses between the subject and أن',
      'وقال وزير الخارجية سامي النجار، في جلسة البرلمان التي تأتي بعد المحادثة الهاتفية بين الرئيسين، والتي تم فيها الإعلان عن زيارة مرتقبة له بتاريخ السادس من الشهر المقبل، للقاء نظيره العراقي، أن بلاده تنوي التعامل مع الأزمة بحزم.',
      ['سامي النجار: بلاده تنوي التعامل مع الأزمة بحزم'],
    ],
    [
      'a body before its verb, with where it is between them',
      'جدير بالذكر أن القوات المسلحة بسلطنة عمان أكدت جاهزيتها للتعامل مع الحالة المدارية.',
      ['القوات المسلحة: جاهزيتها للتعامل مع الحالة المدارية'],
    ],
    [
      '«عبّر … عن» after a function word at the clause’s head',
      'وقال الوزير سامي النجار إن المعرض ناجح، فيما عبرت الوزيرة نورة الكعبي عن شكرها لاختيار بلادها ضيف شرف.',
      ['سامي النجار: المعرض ناجح', 'نورة الكعبي: عن شكرها لاختيار بلادها ضيف شرف'],
    ],
    [
      '«الشركة» refers back to a firm, never to a club named before',
      'وقال رئيس نادي الزمالك حسين لبيب إن العقد انتهى. وقالت الشركة الراعية في بيان إن الرعاية مستمرة.',
      ['حسين لبيب: العقد انتهى', 'الشركة الراعية: الرعاية مستمرة'],
    ],
    [
      'ل after the verb opens whom it was said to; the subject stands before the verb',
      'المحامي سامي النجار قال لصحيفة الوطن "الطعن مقبول شكلا".',
      ['سامي النجار: الطعن مقبول شكلا'],
    ],
    [
      'a given name that is a time word too, and a Gulf name of four parts without بن',
      'قال أمير البلاد الشيخ صباح الأحمد الجابر الصباح إن الإيرادات تراجعت. وقال صباح اليوم إن الجلسة انتهت.',
      ['صباح الأحمد الجابر الصباح: الإيرادات تراجعت', 'صباح الأحمد الجابر الصباح: الجلسة انتهت'],
    ],
    [
      'an acting official: the title goes on through «القائم بأعمال» to the office',
      'قال القائم بأعمال مدير عام المعهد الدكتور سامي النجار إن المعهد أنجز عشرين مشروعا.',
      ['سامي النجار: المعهد أنجز عشرين مشروعا'],
    ],
    [
      'a verb whose own first letter is و (واصل) inside a reported clause opens no statement',
      'وأضاف الدكتور سامي النجار أن المعهد واصل الاهتمام بالنشر العلمي كما أنه يفتح آفاقا واسعة. وواصل النجار: "نحن مستمرون".',
      [
        'سامي النجار: المعهد واصل الاهتمام بالنشر العلمي كما أنه يفتح آفاقا واسعة',
        'سامي النجار: نحن مستمرون',
      ],
    ],
    [
      'the name before «الذي» is the subject of the verb after it, though the object of the sentence',
      'واستقبل الوزير سامي النجار السفير الروسي ألكسندر روداكوف الذي قال بعد اللقاء: "العلاقات ممتازة".',
      ['ألكسندر روداكوف: العلاقات ممتازة'],
    ],
    [
      'a family name that reads as a common word, closed by a comma and the person’s title',
      'وقال العميد إلياس عاد، مدير العلاقات العامة في الجيش، إن البحث مستمر.',
      ['إلياس عاد: البحث مستمر'],
    ],
    [
      'a rank with its grade, then a name that begins with a definite word',
      'وقال وزير الداخلية، الفريق أول الطريفي إدريس، إن مناسيب الأنهار ارتفعت.',
      ['الطريفي إدريس: مناسيب الأنهار ارتفعت'],
    ],
    [
      'an official’s office speaks, named by the official’s title (not the person)',
      'وقال مكتب رئيس الوزراء الإسرائيلي في بيان إن الوفد سيغادر. وذكر المكتب الإعلامي لرئيس الوزراء أن الزيارة ناجحة.',
      [
        'مكتب رئيس الوزراء الإسرائيلي: الوفد سيغادر',
        'المكتب الإعلامي لرئيس الوزراء: الزيارة ناجحة',
      ],
    ],
    [
      'an office’s name ends before a preposition the title ran on over',
      'ونفى مكتب النائب العام عن الواقعة أي علاقة، وقال إن الأمر خلط للأوراق.',
      ['مكتب النائب العام: الأمر خلط للأوراق'],
    ],
    [
      'the noun an affirmation takes ends the name before it',
      'حيث أكد نائب رئيس التجمع عبد خضر ضرورة الاستمرار في تطوير القطاع.',
      ['عبد خضر: ضرورة الاستمرار في تطوير القطاع'],
    ],
    [
      'a denial of a noun whose own clause in أن comes later (بزعم أنه) is the claim',
      'ونفى مجلس القضاء في بيان صحة الأنباء عن صدور حكم، بزعم أنه صدر أمس.',
      ['مجلس القضاء: صحة الأنباء عن صدور حكم، بزعم أنه صدر أمس'],
    ],
    [
      'a given name in ل after the verb is still the subject',
      'وقال لطفي الحداد إن الموسم انتهى.',
      ['لطفي الحداد: الموسم انتهى'],
    ],
    [
      'an office of a known body with its field is one agency, then named again by a describing adjective',
      'قالت مفوضية الأمم المتحدة لشؤون اللاجئين إن المخيمات ممتلئة. وأضافت المفوضية الأممية أن المساعدات تأخرت.',
      [
        'مفوضية الأمم المتحدة لشؤون اللاجئين: المخيمات ممتلئة',
        'مفوضية الأمم المتحدة لشؤون اللاجئين: المساعدات تأخرت',
      ],
    ],
    [
      'a definite head with an adjective of the earlier name is that body again',
      'وقالت وزارة الخارجية الكويتية إن السفير استدعي. وأوضحت الوزارة الكويتية أن المذكرة سلمت.',
      ['وزارة الخارجية الكويتية: السفير استدعي', 'وزارة الخارجية الكويتية: المذكرة سلمت'],
    ],
    [
      'a definite head with an adjective of its own is a body of its own',
      'وقالت وزارة الصحة إن الحالات تراجعت. وقالت الهيئة الوطنية للدواء إن المخزون كاف.',
      ['وزارة الصحة: الحالات تراجعت', 'الهيئة الوطنية للدواء: المخزون كاف'],
    ],
  ])('%s', (_t, text, expected) => {
    expect(said(run(text))).toEqual(expected);
  });

  it.each([
    [
      '«الفريق» (a team) before a verb',
      'وقال المدرب إن الفريق نجح في الحد من خطورة المنافس.',
      'نجح',
    ],
    ['«بسبب» ends a name', 'وغاب اللاعب جاك هندري بسبب الإصابة عن المباراة.', 'بسبب'],
    [
      'an imperfect verb after a title is no name',
      'وقال إن الأمين العام يحمل رسالة إلى الرئيس.',
      'يحمل',
    ],
    [
      'a given name before a body is an ordinary word (عمر: age)',
      'وقال الوزير سامي النجار إن السنة الأولى من عمر الحكومة كانت صعبة.',
      'عمر',
    ],
    [
      'an indefinite accusative and its adjective after a title are no name',
      'وقال: كان بإمكاني بصفتي رئيس الحكومة حلولا سهلة لكنني رفضت.',
      'حلولا',
    ],
    [
      'a common adjective after a title noun is no name',
      'وتحتاج المستشفيات إلى ألف طبيب إضافي، حسب الوزارة.',
      'إضافي',
    ],
    [
      'a given name that is also a verb, before ب and a verbal noun',
      'وذكرت النيابة أن المحكمة حكمت بتأييد الحكم السابق.',
      'بتأييد',
    ],
    [
      'a participle of the form مستفعل after a title is no name',
      'وقال رئيس النادي إن المدير الفني مستمر في منصبه.',
      'مستمر',
    ],
    [
      'an affirmed verbal noun after the verb is its claim, not a name',
      'وأكد استعداد الشركة للتكفل بكل الاحتياجات، حسب البيان.',
      'استعداد',
    ],
    [
      'a person’s name after a facility or a body’s noun names the place, not a person',
      'ووصل الوفد إلى مطار محمد الخامس الدولي، ثم زار مستشفى عبد الله المبارك الصحي.',
      'محمد',
    ],
    [
      'a word joined by و after a full name is the next item, not a third name',
      'وقال الأمين العام سامي فاعور وحشد من المسؤولين إن البرنامج ناجح.',
      'وحشد',
    ],
    [
      'a nisba title word after an indefinite noun is its adjective (a press briefing)',
      'وأعلنت الهيئة، خلال نقطة إعلامية انتظمت صباح اليوم، النتائج الأولية.',
      'انتظمت',
    ],
    [
      'an ambiguous given name before a noun in ة is an ordinary word',
      'وقال الوزير إن الاستثمارات ضئيلة، وجاري معالجة ذلك الأمر في وقت قصير.',
      'معالجة',
    ],
    [
      'a past verb of three letters after a title, before a preposition',
      'وأعلنت اللجنة أن مرشح الحزب حصل على أغلبية الأصوات.',
      'حصل',
    ],
    [
      'a plural nationality is a people, and the verb after it no name',
      'وأشار إلى أن اليمنيين تضرروا من أزمة الملاحة.',
      'تضرروا',
    ],
    [
      'a relational adjective in ية after a name qualifies the noun before it',
      'ويقع المصنع في مدينة الأمير حمزة بن علي الصناعية شرق البلاد.',
      'الصناعية',
    ],
    [
      'a verb of «I» after a speech verb is no name',
      'وقال المدرب سامي النجار إن الفوز مستحق. وقال أعتقد أن اللاعبين قدموا كل شيء.',
      'أعتقد',
    ],
  ])('%s', (_t, text, word) => {
    const people = labelsOf(run(text), 'person');
    expect(people.some((p) => p.includes(word))).toBe(false);
  });

  it('the armed forces with no country are the article’s own body, and speak', () => {
    const r = run('وأكدت القوات المسلحة جاهزيتها التامة للتعامل مع الحالة المدارية.');
    expect(said(r)).toEqual(['القوات المسلحة: جاهزيتها التامة للتعامل مع الحالة المدارية']);
    expect(r.entities.find((e) => e.label === 'القوات المسلحة')?.key).toBe(
      'organization:t:القوات المسلحه',
    );
  });

  it('a place named after a king keeps the regnal number; «بقيادة» is followed by a person', () => {
    const r = run('ووصل الوفد بقيادة محمد عبد السلام إلى مطار محمد الخامس الدولي أمس.');
    expect(labelsOf(r, 'person')).toEqual(['محمد عبد السلام']);
    expect(labelsOf(r, 'place')).toEqual(['محمد الخامس']);
    expect(r.entities.find((e) => e.kind === 'place')?.aliases).toContain('مطار محمد الخامس');
  });

  it('a compound family name in الدين stays whole', () => {
    expect(
      labelsOf(
        run('وأفرزت النتائج مرور المترشحين حمزة العياري وسفيان شرف الدين إلى الدور الثاني.'),
        'person',
      ),
    ).toContain('سفيان شرف الدين');
  });

  it('official long names of countries are the country', () => {
    const r = run('ووقعت جمهورية مصر العربية والمملكة الأردنية الهاشمية اتفاقا للربط الكهربائي.');
    expect(r.entities.filter((e) => e.kind === 'place').map((e) => e.lexiconId)).toEqual([
      'egypt',
      'jordan',
    ]);
  });

  it('a definite head takes adjectives, never a definite noun (the verb’s object)', () => {
    const orgs = labelsOf(
      run('وقالت الهيئة المستقلة للانتخاب إن الفرز انتهى، فيما تعلن الهيئة النتائج النهائية مساء.'),
      'organization',
    );
    expect(orgs).toContain('الهيئة المستقلة للانتخاب');
    expect(orgs.some((o) => o.includes('النتائج'))).toBe(false);
  });

  it.each([
    ['قال رئيس مجلس الوزراء سامي حداد إن الموازنة جاهزة.', []],
    ['وأكد نائب رئيس الحكومة الأردنية سامي حداد أن الموازنة جاهزة.', []],
    ['وأعلن مجلس الوزراء أن العطلة تبدأ غدا.', ['مجلس الوزراء']],
    ['وقالت الحكومة الأردنية إن الموازنة جاهزة.', ['الحكومة الأردنية']],
  ])('the cabinet after «رئيس» is the premier’s title, not a body: %s', (text, orgs) => {
    expect(labelsOf(run(text), 'organization')).toEqual(orgs);
  });

  it.each([
    ['وأجل رئيس هيئة المحكمة النطق بالحكم إلى الشهر المقبل.', 'هيئة المحكمة'],
    ['وقالت هيئة الأرصاد الجوية إن الحرارة ترتفع.', 'هيئة الأرصاد الجوية'],
    ['وأكدت جمعية الهلال الأحمر أن القافلة وصلت.', 'جمعية الهلال الأحمر'],
    ['وذكرت وكالة أنباء الشرق الأوسط أن الوفد وصل.', 'وكالة أنباء الشرق الأوسط'],
  ])('after a definite noun only an adjective continues the name: %s', (text, org) => {
    expect(labelsOf(run(text), 'organization')).toEqual([org]);
  });

  it('letters joined by points are one acronym, and end no sentence', () => {
    const r = run('وقال المدير سامي النجار إن شركة تي.آي.إم تلقت العرض.');
    expect(labelsOf(r, 'organization')).toContain('تي.آي.إم');
    expect(said(r)).toEqual(['سامي النجار: شركة تي.آي.إم تلقت العرض']);
  });

  it.each([
    ['وكان وزير المالية الإسرائيلي، بتسلئيل كاتس، قد هدد بقطع العلاقة.', ['بتسلئيل كاتس']],
    ['وأكدت الوزارة أن الأموال آمنة ومضمونة في المصارف.', []],
  ])('names that look like a clitic and a noun, words that look like names: %s', (text, people) => {
    expect(labelsOf(run(text), 'person')).toEqual(people);
  });

  it('a word in ة after a body’s nationality is the next item, not a pronoun that ends the name', () => {
    expect(
      labelsOf(
        run('ودعمت البحث الجمعية الجيولوجية الأردنية وحديقة النباتات الملكية في عمّان.'),
        'organization',
      ),
    ).toContain('الجمعية الجيولوجية الأردنية');
  });

  it.each([
    ['وقالت الرئاسة التونسية إن الزيارة تأجلت.', ['الرئاسة التونسية']],
    ['وتنافس مرشحو الرئاسة التونسية في مناظرة.', []],
    ['واجتمع الوفد برئاسة الوزير سامي النجار.', []],
  ])('a presidency with its country is a body, an office in elections is not: %s', (text, orgs) => {
    expect(labelsOf(run(text), 'organization')).toEqual(orgs);
  });

  it('«عن بعد» and a field joined by و as a construct belong to the name', () => {
    expect(
      labelsOf(
        run('وأكدت الهيئة الوطنية للاستشعار عن بعد وعلوم الفضاء أن القمر يعمل بكفاءة.'),
        'organization',
      ),
    ).toEqual(['الهيئة الوطنية للاستشعار عن بعد وعلوم الفضاء']);
  });

  it.each([
    ['وصل الوفد إلى العاصمة السعودية الرياض مساء.', ['الرياض']],
    ['وقال العالم سامي النجار إن التلسكوب “جيمس ويب” التقط صورا جديدة.', ['سامي النجار']],
    ['وزار الوزير محافظة المفرق حيث التقى سامي النجار.', ['سامي النجار']],
  ])(
    'a country adjective, an instrument named after someone, a province with its noun: %s',
    (text, names) => {
      const r = run(text);
      expect([...labelsOf(r, 'place'), ...labelsOf(r, 'person')]).toEqual(
        expect.arrayContaining(names),
      );
      expect(labelsOf(r, 'place')).not.toContain('السعودية');
      expect(labelsOf(r, 'person')).not.toContain('جيمس ويب');
    },
  );

  it('a place right after a competition’s word names the competition', () => {
    const r = run('وقال المدرب سامي النجار إن الفريق خرج من كأس آسيا بعد مباراة في الدوحة.');
    expect(labelsOf(r, 'place')).toEqual(['الدوحة']);
  });

  it.each([
    ['وأكدت مصادر أن المحامية سنية الحداد صدر في شأنها حكم بالسجن.', ['سنية الحداد']],
    ['وقال المدرب باسم سالم الحداد إن الفوز مهم.', []],
  ])('a past verb after a name; «باسم» before a name is no title link: %s', (text, people) => {
    const r = run(text);
    for (const p of people) expect(labelsOf(r, 'person')).toContain(p);
    expect(r.entities.some((e) => e.role?.includes('باسم'))).toBe(false);
  });

  it.each([
    'وأكد الوزير ضرورة التوصل إلى سلام عادل ومستدام في المنطقة.',
    'وقال إن الأمين العام والبرلماني انتقل من الشعر إلى السياسة.',
    'وبحسب الصحيفة فإن استدعاء السفير الفرنسي جاء "للإعراب عن الاحتجاج".',
  ])('adjectives and verbs after a given name or a title are no names: %s', (text) => {
    expect(labelsOf(run(text), 'person')).toEqual([]);
  });

  it('a country nisba is a family name before the person’s title; a board is no body', () => {
    const r = run('وأكد سامر المصري رئيس مجلس الإدارة أن النتائج جيدة.');
    expect(said(r)).toEqual(['سامر المصري: النتائج جيدة']);
    expect(labelsOf(r, 'organization')).toEqual([]);
  });

  it('a title in the accusative after a name says in what capacity', () => {
    const r = run(
      'وتقدم الوزير السابق سالم الحداد مرشحا عن الدائرة الثالثة، قائلا إن البرنامج جاهز.',
    );
    expect(labelsOf(r, 'person')).toEqual(['سالم الحداد']);
  });

  it('a list of names joined by و, each a person', () => {
    const r = run('ويشارك في المهرجان الفنانون سامي النجار وصابر الحداد ونجوى كرم وراغب سالم.');
    expect(labelsOf(r, 'person')).toEqual(
      expect.arrayContaining(['سامي النجار', 'صابر الحداد', 'نجوى كرم', 'راغب سالم']),
    );
    expect(labelsOf(r, 'person')).toHaveLength(4);
  });

  it('an ambiguous given name joined by و before a plural is a noun (وأسماء الفائزين)', () => {
    expect(labelsOf(run('وأعلنت اللجنة النتائج وأسماء الفائزين في الانتخابات.'), 'person')).toEqual(
      [],
    );
  });

  it('one person under a full name and with a middle name dropped', () => {
    const r = run(
      'وقال الرئيس سالم ولد الشيخ الحداد إن الفرز انتهى. وأكد الرئيس سالم ولد الحداد أن النتائج نهائية.',
    );
    expect(labelsOf(r, 'person')).toEqual(['سالم ولد الشيخ الحداد']);
  });

  it('a party is named by its name without the head too', () => {
    const party = run('وقال حزب العدالة والتنمية إن الحكومة فشلت.').entities.find(
      (e) => e.kind === 'organization',
    );
    expect(party?.aliases).toContain('العدالة والتنمية');
  });

  it('a known place after its noun is named with the noun too', () => {
    const place = run('وزار الوزير محافظة المفرق أمس.').entities.find((e) => e.kind === 'place');
    expect(place?.aliases).toContain('محافظة المفرق');
  });

  it("a common noun after a name with its family name is the verb's object", () => {
    expect(
      labelsOf(run('وانتقد النائب صالح الزعبي القرار، معتبرا أنه جاء متأخرا.'), 'person'),
    ).toEqual(['صالح الزعبي']);
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

  it.each([
    [
      'a stadium named after a person',
      'وأقيمت المباراة على ملعب الملك فهد في الرياض.',
      'ملعب الملك فهد',
    ],
    [
      'a theatre with a construct name',
      'وأقيم الحفل على مسرح حديقة النخيل مساء أمس.',
      'مسرح حديقة النخيل',
    ],
    [
      'a castle named after a person, not that person',
      'وافتتح المهرجان في قلعة صلاح الدين بالقاهرة.',
      'قلعة صلاح الدين',
    ],
  ])('%s', (_t, text, place) => {
    const r = run(text);
    expect(labelsOf(r, 'place')).toContain(place);
    expect(labelsOf(r, 'person')).toEqual([]);
  });

  it.each([
    [
      'a channel spelled in letters',
      'وقالت قناة تي آر تي التركية إن عدد الضحايا ارتفع.',
      'تي آر تي',
    ],
    [
      'a letter acronym with its tail',
      'وذكرت شبكة سي إن بي سي عربية أن الأسهم ارتفعت.',
      'سي إن بي سي عربية',
    ],
    [
      'a company named by its field',
      'وأعلنت مصر للطيران تشغيل رحلات جديدة إلى أوروبا.',
      'مصر للطيران',
    ],
    [
      'a company whose name is an adjective',
      'وقالت الوطنية للبترول إن الإنتاج زاد.',
      'الوطنية للبترول',
    ],
    [
      'a body after ل merged with ال is named with its article',
      'وقدمت الوزارة منحة للمجلس الوطني للبحوث العلمية في بيروت.',
      'المجلس الوطني للبحوث العلمية',
    ],
  ])('%s', (_t, text, org) => {
    expect(labelsOf(run(text), 'organization')).toContain(org);
  });

  it.each([
    [
      'the same first and last name without the middle one',
      'قال رئيس الحزب محمد جاسم الكبيسي إن الحزب سيقاطع. وأكد محمد الكبيسي أن القرار نهائي.',
      ['محمد جاسم الكبيسي'],
    ],
    [
      'a given name alone after the full name',
      'وقال المتحدث كمال عثمان إن الاجتماع تأجل. وقال كمال: "سنعود إلى الطاولة قريبا".',
      ['كمال عثمان'],
    ],
    [
      '«علي» with an unknown family name closed by a comma',
      'وقال وزير الداخلية التركي، علي أرسلان طاش، إن الإجلاء شمل ثلاث ولايات.',
      ['علي أرسلان طاش'],
    ],
  ])('%s', (_t, text, people) => {
    expect(labelsOf(run(text), 'person')).toEqual(people);
  });

  it.each([
    [
      'a list after a plural place noun',
      'وشملت عمليات الإجلاء ولايات كوتاهيا وأيدين وهاتاي.',
      ['أيدين', 'كوتاهيا'],
    ],
    ['no list: an adjective after the plural', 'ونقل السكان إلى مناطق جديدة وآمنة.', []],
  ])('%s', (_t, text, places) => {
    const found = labelsOf(run(text), 'place');
    for (const p of places) expect(found).toContain(p);
    if (places.length === 0) expect(found).toEqual([]);
  });

  it.each([
    [
      'a team is no title before a verb and its object',
      'وقال المدرب إن الفريق لعب مباراة قوية.',
      [],
    ],
    [
      'an unknown name after a common-noun title, closed by a comma and a title',
      'وقال اللواء قرشي حسين، مساعد المدير العام، إن الأمطار غزيرة.',
      ['قرشي حسين'],
    ],
    [
      'an ambiguous given name before a plural of people',
      'وأعلنت اللجنة أسماء المرشحين الفائزين في الانتخابات.',
      [],
    ],
    ['ف and «الآن» are no given name', 'وقال الوزير فالآن مطلوب من الجميع العمل.', []],
    ['a preposition glued to a demonstrative ends a name', 'وعبر عن أمل لهؤلاء الرهائن.', []],
    [
      'an imperfect verb after a name is the verb, not a third name',
      'وقال الرئيس نبيه بري يعمل على إنهاء الأزمة.',
      ['نبيه بري'],
    ],
  ])('people, and words that only look like names: %s', (_t, text, people) => {
    expect(labelsOf(run(text), 'person')).toEqual(people);
  });

  it('a list of people parted by dashes', () => {
    const people = labelsOf(
      run('وكرم الحفل المبدعين وهم: سامي الحداد - ذياب مشهور - راتب سكر - سمير الحسين.'),
      'person',
    );
    expect(people).toEqual(expect.arrayContaining(['ذياب مشهور', 'راتب سكر']));
  });

  it('a country’s name written with tanween is a nationality noun, not the place', () => {
    expect(labelsOf(run('قتل ثلاثة لبنانيين وسورياً في ليبيا.'), 'place')).toEqual(['ليبيا']);
  });

  it('a town named after a person keeps the family name of ال and a given name', () => {
    expect(labelsOf(run('وصل الوفد إلى مدينة صباح الأحمد صباح الخميس.'), 'place')).toEqual([
      'صباح الأحمد',
    ]);
  });

  it('a feminine participle after a name describes her, it is no family name', () => {
    expect(
      labelsOf(run('وقالت سلمى أحمد العاملة في المستشفى إن الوضع صعب جدا.'), 'person'),
    ).toEqual(['سلمى أحمد']);
  });

  it.each([
    ['a regional airline is a description', 'وقالت شركة طيران إقليمية إنها ستلغي رحلاتها.'],
    ['a cultural foundation is a description', 'وأكد أنه لم تبق مؤسسة ثقافية في المدينة إلا دمرت.'],
  ])('%s', (_t, text) => {
    expect(labelsOf(run(text), 'organization')).toEqual([]);
  });

  it('a team by its nationality and by its country is one body', () => {
    const r = run(
      'وقال مدرب المنتخب السعودي إن اللاعبين جاهزون. وأكد لاعبو منتخب السعودية أن الفوز ممكن.',
    );
    expect(labelsOf(r, 'organization')).toHaveLength(1);
  });

  it('«صوّر» (filmed) is no mention of Tyre, «صور» is', () => {
    expect(labelsOf(run('وقال المصور إنه صوّر المشهد كاملا.'), 'place')).toEqual([]);
    expect(labelsOf(run('وسقطت قذيفة قرب مدينة صور أمس.'), 'place')).toEqual(['صور']);
  });

  it.each([
    [
      'a family named after a city, after a title',
      'وقالت الدكتورة هالة الرباط، ممثلة المنظمة، إن الوضع مستقر.',
      ['هالة الرباط'],
      [],
    ],
    [
      'a plural in construct is no name',
      'وقالت الوزارة إنها رفعت درجات الاستعداد في المستشفيات.',
      [],
      [],
    ],
  ])('%s', (_t, text, people, places) => {
    const r = run(text);
    expect(labelsOf(r, 'person')).toEqual(people);
    expect(labelsOf(r, 'place')).toEqual(places);
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

  it('two delegations in one phrase, each a side with its members', () => {
    const r = run('والتقى وفدا الحكومة والمعارضة في جنيف أمس، وضم وفد الحكومة الوزير خالد عمر.');
    expect(labelsOf(r, 'delegation')).toEqual(['وفد الحكومة', 'وفد المعارضة']);
    expect(membersOf(r)).toEqual(['خالد عمر → وفد الحكومة']);
  });

  it('a mission and its members named after «البعثة»', () => {
    const r = run(
      'وغادرت بعثة المنتخب المغربي إلى الدوحة، وتضم البعثة المدرب وليد الركراكي واللاعب أشرف حكيمي.',
    );
    expect(membersOf(r)).toEqual([
      'وليد الركراكي → بعثة المنتخب المغربي',
      'أشرف حكيمي → بعثة المنتخب المغربي',
    ]);
  });

  it('the head of a side named with «برئاسة» speaks as «رئيس الوفد»', () => {
    const r = run(
      'وصل وفد سوداني برئاسة وزير الخارجية علي الشريف إلى القاهرة. وقال رئيس الوفد السوداني إن المباحثات ستتناول ملف المياه.',
    );
    expect(said(r)).toEqual(['علي الشريف: المباحثات ستتناول ملف المياه']);
  });

  it.each([
    'وترأس الوفد الأردني وزير الخارجية سامي النجار، بمشاركة مدير المخابرات فهد الحداد.',
    'والتقى الوفد الأردني برئاسة وزير الخارجية سامي النجار، الذي ضم مدير المخابرات فهد الحداد.',
  ])('members named after the head’s phrase: %s', (text) => {
    expect(membersOf(run(text))).toEqual(['فهد الحداد → الوفد الأردني']);
  });

  it('a side and its nationality in the accusative, headed after برئاسة', () => {
    const r = run('واستقبل الرئيس وفداً أردنياً برئاسة وزير الخارجية سامي النجار.');
    expect(labelsOf(r, 'delegation')).toEqual(['وفداً أردنياً']);
  });

  it('a long plural after a foreign two-word name is the verb’s object', () => {
    const r = run('وأجرى وفد أمريكي يضم مساعدة الوزير باربرا ليف محادثات في القاهرة.');
    expect(labelsOf(r, 'person')).toEqual(['باربرا ليف']);
  });

  it('a delegation of a movement', () => {
    expect(labelsOf(run('ووصل وفد حركة طالبان إلى الدوحة أمس.'), 'delegation')).toEqual([
      'وفد حركة طالبان',
    ]);
  });

  it.each([
    [
      'a body named in full, then by its name alone, speaks under its full name',
      'أعلن نادي الكواكب رحيل المدرب بعد الخسارة في المباراة. وقال الكواكب في بيان إن اللاعبين جاهزون للدوري.',
      ['نادي الكواكب: اللاعبين جاهزون للدوري'],
    ],
    [
      'a multi-word party name alone is the party in any article',
      'تأسس حزب الوفاق الديمقراطي قبل عامين. وقال الوفاق الديمقراطي في بيان إن الانتخابات مزورة.',
      ['حزب الوفاق الديمقراطي: الانتخابات مزورة'],
    ],
  ])('%s', (_shape, text, expected) => {
    expect(said(run(text))).toEqual(expected);
  });

  it.each([
    [
      'a team named by one word after فريق in a match report, and that word alone later',
      'وقال مدرب فريق الشروق بعد المباراة إن الدوري طويل. وأضاف أن الشروق سيعود بعد هدف التعادل.',
      ['فريق الشروق'],
    ],
    [
      'the generic nouns of a match name no club',
      'وقال المدرب بعد المباراة إن الفوز على المنافس أسعد اللاعبين، وإن مواجهة الفائز في الدوري صعبة.',
      [],
    ],
    [
      'outside sport «فريق» with one complement, a win and a meeting name no club',
      'وأكد الوزير أن فريق العمل يرى الفوز على الأزمة ممكنا، وأن مواجهة الغلاء تبدأ اليوم.',
      [],
    ],
  ])('%s', (_shape, text, expected) => {
    expect(labelsOf(run(text), 'organization')).toEqual(expected);
  });

  it('a one-word party name is a common noun outside sport: not read as the party', () => {
    const r = run('وقال حزب الأمة إن الانتخابات مزورة. وأكد الرئيس أن الأمة موحدة.');
    const party = r.entities.find((e) => e.kind === 'organization');
    expect(party?.mentions).toHaveLength(1);
  });

  it.each([
    [
      'a body named inside quoted words is a body',
      'وقال الوزير إن "أعضاء كتلة الوفاق النيابية زاروا وزارة المالية العراقية أمس".',
      ['كتلة الوفاق النيابية', 'وزارة المالية العراقية'],
    ],
    [
      'inside quoted words a figurative head names nothing, and a ل-phrase is what a body does',
      'وقال الوزير إن "حركة الحياة لا تتوقف، والمصرف المركزي للحصول على القروض مستعد".',
      ['المصرف المركزي'],
    ],
  ])('%s', (_shape, text, expected) => {
    expect(labelsOf(run(text), 'organization')).toEqual(expected);
  });

  it('«العالم» after a noun or a preposition is the world, not a scientist before a name', () => {
    const r = run(
      'وقال المدير إن سمعة الشركة في العالم أثمن من أي شيء. وقال العالم المصري سامي الفقي إن التجربة نجحت.',
    );
    expect(labelsOf(r, 'person')).toEqual(['سامي الفقي']);
  });

  it.each([
    [
      'ل of purpose before a verb ends a name',
      'وخرج مدرب الفريق السيد سامي الحداد ليتحدث عن المباراة، وقال إن اللاعبين تعبوا.',
      ['سامي الحداد: اللاعبين تعبوا'],
    ],
    [
      'a set phrase of speech keeps its object (لفت الانتباه) out of the speaker',
      'وقال سامي الحداد إن التعديلات جاهزة. ولفت الانتباه إلى أن الانتخابات ستجري في الصيف.',
      ['سامي الحداد: التعديلات جاهزة', 'سامي الحداد: الانتخابات ستجري في الصيف'],
    ],
    [
      'two family names joined by و after a speech verb, and a claim after a comma',
      'وأكد النجار والحداد، عمق العلاقات بين البلدين. وأكد النجار، تضامن المجلس مع الأشقاء.',
      ['النجار: عمق العلاقات بين البلدين', 'النجار: تضامن المجلس مع الأشقاء'],
    ],
  ])('%s', (_shape, text, expected) => {
    expect(said(run(text))).toEqual(expected);
  });

  it('a dual or plural speech verb is a verb, never a name', () => {
    const r = run('الوزير والسفير يؤكدان: العلاقات قوية. والنواب يقولون إن الموازنة متأخرة.');
    expect(labelsOf(r, 'person')).toEqual([]);
  });

  it('a word that reads as a nationality is a given name before بن', () => {
    const r = run(
      'وقال الأمير تركي بن سالم بن حمد إن المعرض نجح. وأضاف الأمير تركي أن الزوار كثر.',
    );
    expect(said(r)).toEqual(['تركي بن سالم بن حمد: المعرض نجح', 'تركي بن سالم بن حمد: الزوار كثر']);
  });

  it('a given name that looks like a particle and a pronoun (لانا) is a name after a title', () => {
    const r = run(
      'وقالت وزيرة الثقافة الدكتورة لانا حداد، في كلمتها، إن المهرجان ناجح. ولا أية مشكلة.',
    );
    expect(said(r)).toEqual(['لانا حداد: المهرجان ناجح']);
  });

  it('districts and sub-districts are places; «من ناحية» (as to) is no place', () => {
    const r = run(
      'وتسببت السيول في قضاء سيدكان بانهيار منزلين. وقال مدير ناحية ليلان إن الوضع صعب من ناحية الظروف الصحية.',
    );
    expect(labelsOf(r, 'place')).toEqual(['سيدكان', 'ليلان']);
  });

  it('an event noun after a word is no family name (ضيف الندوة): the titled name after it speaks', () => {
    const r = run('من جانبه قال ضيف الندوة الدكتور سامي الحداد، إن «الأمور ستكون للأحسن».');
    expect(said(r)).toEqual(['سامي الحداد: «الأمور ستكون للأحسن»']);
  });

  it.each([
    [
      'علي written with ي after a title, and a bare family name a full stop closes',
      'ونفى المكتب صدور أمر بالقبض على رئيس الوزراء علي زيدان. وقال زيدان إن الأمر مفبرك.',
      ['علي زيدان: الأمر مفبرك'],
      ['علي زيدان'],
    ],
    [
      'a given name written with ال, then a family name, after a title',
      'وقال المتحدث باسم مكتب النائب العام الطاهر الصور، إن التحقيق مستمر.',
      ['الطاهر الصور: التحقيق مستمر'],
      ['الطاهر الصور'],
    ],
  ])('%s', (_shape, text, statements, people) => {
    const r = run(text);
    expect(labelsOf(r, 'person')).toEqual(people);
    expect(said(r)).toEqual(statements);
  });

  it('a name with the father’s name after بن and the same name without it are one person', () => {
    const r = run(
      'أعلن المهندس سعد بن شريده الحداد، وزير الطاقة، أن القمة ستعقد. وقال سعد الحداد إن الاستعداد جار. وأضاف الحداد أن الدعوات أرسلت.',
    );
    expect(labelsOf(r, 'person')).toEqual(['سعد بن شريده الحداد']);
    expect(r.statements).toHaveLength(3);
  });

  it('the other items of a list of people are people, the و that joins one left out', () => {
    const r = run('والمحكوم عليهم هم؛ محمد المالكي، ألطاف المطري، سمير العماري، وروضان الحمادي.');
    expect(labelsOf(r, 'person')).toEqual([
      'محمد المالكي',
      'سمير العماري',
      'ألطاف المطري',
      'روضان الحمادي',
    ]);
  });

  it('a list of things is no list of people', () => {
    const r = run('وشملت الأضرار محمد المالكي، وسمير العماري، مدارس القرية، مزارع النخيل.');
    expect(labelsOf(r, 'person')).toEqual(['محمد المالكي', 'سمير العماري']);
  });

  it('after علي a title word that is a family name too (الشيخ) ends the name', () => {
    const r = run('قال الفنان السوداني علي الشيخ، إن الغناء والمديح مختلفان.');
    expect(said(r)).toEqual(['علي الشيخ: الغناء والمديح مختلفان']);
  });

  it('a name joined by بن takes its family name in ال, its first word known or not', () => {
    const r = run('قال وزير الثقافة السعودي عواد بن صالح العواد في كلمة بالحفل إن المعرض مهم.');
    expect(said(r)).toEqual(['عواد بن صالح العواد: المعرض مهم']);
  });

  it('a call or an attribution with its subject left out carries the speaker over', () => {
    const r = run(
      'وقال الوزير سامي الحداد إن الإيرادات زادت. ودعا المواطنين إلى الالتزام بالقانون. وعزا العجز في الميزانية إلى الاقتراض.',
    );
    expect(said(r)).toEqual([
      'سامي الحداد: الإيرادات زادت',
      'سامي الحداد: إلى الالتزام بالقانون',
      'سامي الحداد: إلى الاقتراض',
    ]);
  });

  it('«أبان» (made clear) reports a claim', () => {
    expect(said(run('وأبان الخبير سامي الحداد، إن الكوكب لن يصطدم بالأرض.'))).toEqual([
      'سامي الحداد: الكوكب لن يصطدم بالأرض',
    ]);
  });

  it.each([
    [
      'an adjective in ة after a place noun names no place',
      'وأعلنت الحكومة المنطقة منطقة منكوبة، وقالت إن منطقة واعدة تنتظر الاستثمار.',
      'place',
      [],
    ],
    [
      'a town in ة after its noun is a place still',
      'وغرق طفل في منطقة ضبعة أمس.',
      'place',
      ['ضبعة'],
    ],
    [
      'after بدون (without) no name follows a title',
      'وتعادل المنتخب مع نظيره العراقي بدون أهداف.',
      'person',
      [],
    ],
    [
      'a verb after شركة, and a body’s noun with a pronoun after قناة, name no body',
      'وقال إن 50 شركة تعمل في البحث. وقال المدرب عبر قناة ناديه إن الفوز صعب.',
      'organization',
      [],
    ],
    [
      'a head that is a common noun takes no place right after it (في مصلحة إيران)',
      'وقال إن الاتفاق في مصلحة إيران للقيام بدورها.',
      'organization',
      [],
    ],
    [
      'a government is named by its place',
      'وأعلنت حكومة دبي أن المشروع سيكتمل.',
      'organization',
      ['حكومة دبي'],
    ],
    [
      'a directorate joins its fields',
      'وقالت مديرية الفنون والمسرح إن المهرجان بدأ.',
      'organization',
      ['مديرية الفنون والمسرح'],
    ],
  ] as const)('%s', (_shape, text, kind, expected) => {
    expect(labelsOf(run(text), kind)).toEqual(expected);
  });

  it('a known person’s name goes on with the family after آل', () => {
    const r = run(
      'واستقبل ولي العهد الأمير محمد بن سلمان آل سعود الوفد. وقال محمد بن سلمان إن العلاقات متينة.',
    );
    expect(labelsOf(r, 'person')).toEqual(['محمد بن سلمان آل سعود']);
  });
});
