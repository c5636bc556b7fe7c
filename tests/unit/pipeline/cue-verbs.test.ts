/**
 * Verbs that open speech only with something to open (أن, a colon, a quote), one sentence each
 * (written for these tests).
 */
import { describe, expect, it } from 'vitest';
import { run, said } from './helpers.ts';

/** Tables of «sentence → who said what», one per shape. */
const TABLES: Record<string, Array<[string, string, string[]]>> = {
  wishes: [
    [
      '«تمنى» with أن in quotes, and the speaker goes on',
      'وخلال الاجتماع، تمنى رئيس الحكومة سامي النجار “أن يعم الهدوء في المنطقة”. وقال: “ننتظر خطوات عملية”.',
      ['سامي النجار: أن يعم الهدوء في المنطقة', 'سامي النجار: ننتظر خطوات عملية'],
    ],
    [
      '«تمنى» with an object and no أن opens nothing',
      'وتمنى اللاعب سامي النجار التوفيق لزملائه.',
      [],
    ],
  ],

  'verbs of stance: claiming, condemning, putting down to': [
    [
      '«زعم» with a ب-noun after a title alone',
      'وقال الوزير سامي النجار إن الأرقام دقيقة. وزعم الوزير بوجود فائض مالي كبير في الموازنة.',
      ['سامي النجار: الأرقام دقيقة', 'سامي النجار: بوجود فائض مالي كبير في الموازنة'],
    ],
    [
      '«أدان» with what it condemns',
      'وأدان رئيس المجلس سامي النجار "الاعتداء على المدنيين في القرى الحدودية".',
      ['سامي النجار: الاعتداء على المدنيين في القرى الحدودية'],
    ],
    [
      'the comma closing the subject’s name comes before what is put down to a cause',
      'وأرجع وزير الأشغال سامي النجار، تأخر الرحلات إلى أعمال صيانة في المطار.',
      ['سامي النجار: تأخر الرحلات إلى أعمال صيانة في المطار'],
    ],
    [
      '«أرجع» with the cause it puts the matter down to',
      'وأرجع وزير الأشغال سامي النجار تأخر المشروع إلى نقص التمويل.',
      ['سامي النجار: تأخر المشروع إلى نقص التمويل'],
    ],
  ],

  'set phrases and expressions with their prepositions': [
    [
      '«جدد التأكيد على» without its subject: the claim after the preposition',
      'وأكد الوزير سامي النجار أن الحوار مستمر. وجدد التأكيد على حرص الحكومة على السلام.',
      ['سامي النجار: الحوار مستمر', 'سامي النجار: حرص الحكومة على السلام'],
    ],
    [
      '«عبّر … عن» after a long adjunct in commas that names another person',
      'وأكد نائب الوزير سامي النجار أن الموسم ناجح. وعبّر نائب الوزير، خلال اجتماعه مع رئيس بعثة المنظمة الدولية للهجرة في المدينة الساحلية الجنوبية محمد الحداد، عن الشكر للفرق الميدانية.',
      ['سامي النجار: الموسم ناجح', 'سامي النجار: عن الشكر للفرق الميدانية'],
    ],
  ],

  'talking about (تحدث عن) is speech only with what was said after it': [
    [
      '«عن أن» opens the claim',
      'وتحدث المدير الفني سامي الحداد عن أن الكرة المحلية مليئة بالمواهب.',
      ['سامي الحداد: الكرة المحلية مليئة بالمواهب'],
    ],
    [
      'a colon and a quote after the topic',
      'وتحدث الكاتب سامي الحداد عن روايته الجديدة: "أنا سعيد جدا بهذه الجائزة".',
      ['سامي الحداد: أنا سعيد جدا بهذه الجائزة'],
    ],
    ['a topic alone is no claim', 'وتحدث الوزير سامي الحداد عن الأزمة الاقتصادية في البلاد.', []],
  ],

  '«by his saying» (بقوله) before the words': [
    [
      'after a colon and a quote, the sentence’s subject a title the text named',
      'وقال رئيس النادي سامي الحداد إن الفريق جاهز. وأنهى رئيس النادي تصريحاته بقوله: “الفريق قدم أداء ممتازا في الملعب”.',
      ['سامي الحداد: الفريق جاهز', 'سامي الحداد: الفريق قدم أداء ممتازا في الملعب'],
    ],
    ['«بقوله» with no words after it opens nothing', 'واكتفى المدرب سامي الحداد بقوله.', []],
  ],

  'verbs of going on': [
    [
      '«وأتم:» with a quote goes on speaking',
      'وقال المدرب سامي النجار إن الفريق جاهز. وأتم: "المنافس لم يحسم اللقب بعد".',
      ['سامي النجار: الفريق جاهز', 'سامي النجار: المنافس لم يحسم اللقب بعد'],
    ],
    ['«أتم» with an object is no speech', 'وأتم الفريق استعداداته للمباراة.', []],
  ],

  '«بين» without its shadda': [
    [
      'explains when أن follows its subject, a title and a name',
      'وبين رئيس البلدية منصور العتيبي أن الطريق سيفتح الأسبوع المقبل.',
      ['منصور العتيبي: الطريق سيفتح الأسبوع المقبل'],
    ],
    ['…but «between» when no subject leads to أن', 'وبين الطرفين خلاف على أن الحدود مغلقة.', []],
  ],

  'a derived verbal noun an affirmation takes as its claim': [
    [
      'after the subject (تفعيل)',
      'وأكد الوزير سامي الحداد تسخير الوزارة لكافة إمكاناتها.',
      ['سامي الحداد: تسخير الوزارة لكافة إمكاناتها'],
    ],
    [
      'after the subject (تفاعل)',
      'وأكد رئيس الوزراء سامي الحداد تعاون الحكومة مع البرلمان.',
      ['سامي الحداد: تعاون الحكومة مع البرلمان'],
    ],
    [
      'right after a participle (مفاعلة)',
      'وقال الوزير سامي الحداد إن الحملة بدأت، مؤكدا مضاعفة الوزارة للمساعدات.',
      ['سامي الحداد: الحملة بدأت', 'سامي الحداد: مضاعفة الوزارة للمساعدات'],
    ],
    [
      'after a participle of likelihood, the sentence before it no speech',
      'وتحدث الوزير سامي الحداد عن الأزمة، مرجحا تراجع معدل التضخم بنهاية العام.',
      ['سامي الحداد: تراجع معدل التضخم بنهاية العام'],
    ],
    [
      'after a participle of expectation, the sentence before it a visit',
      'وزار الوزير سامي الحداد أمس المصنع، متوقعا ارتفاع الإنتاج خلال العام المقبل.',
      ['سامي الحداد: ارتفاع الإنتاج خلال العام المقبل'],
    ],
    [
      'a participle that opens nothing stays inside the claim before it',
      'وقال الوزير سامي الحداد إن الهيئة تطبق القانون على الجميع، ونافيا ما تردد عن استقالته من منصبه.',
      ['سامي الحداد: الهيئة تطبق القانون على الجميع، ونافيا ما تردد عن استقالته من منصبه'],
    ],
    [
      'attendance affirmed after a name is the claim',
      'وأكد محامي الدفاع عبداللاي حمدي حضور جميع المتهمين.',
      ['عبداللاي حمدي: حضور جميع المتهمين'],
    ],
    [
      'a given name of that shape is the subject’s name, not a claim',
      'وأكد سامي الحداد انتصار الفريق كان مستحقا.',
      [],
    ],
  ],

  'where a claim’s words begin': [
    [
      'a comma after the subject is no part of the claim',
      'ووصف الوزير سامي الحداد، العلاقات بين البلدين بأنها ممتازة.',
      ['سامي الحداد: العلاقات بين البلدين بأنها ممتازة'],
    ],
  ],

  'a named source after the claim, without a comma': [
    [
      'at the sentence’s end',
      'وارتفعت مبيعات الشركة بنسبة عشرة في المئة خلال العام الماضي وفق سامي النجار.',
      ['سامي النجار: وارتفعت مبيعات الشركة بنسبة عشرة في المئة خلال العام الماضي'],
    ],
    [
      'with the person’s title after the name',
      'وارتفعت مبيعات الشركة بنسبة عشرة في المئة خلال العام الماضي وفق سامي النجار المدير العام للشركة.',
      ['سامي النجار: وارتفعت مبيعات الشركة بنسبة عشرة في المئة خلال العام الماضي'],
    ],
    ['«وفق» a plan is no source', 'وتسير الأعمال وفق الخطة الموضوعة منذ العام الماضي.', []],
  ],

  'carrying on before a colon (the present at a line’s head, and استكمل)': [
    [
      'an interview goes on with «يتابع:» and ends with «يختم:», the speaker carried over',
      'وقال المدرب سامي النجار إن الاستعدادات جيدة.\nيتابع: "الموسم كان صعبا على الفرق".\nيختم: "طموحنا أن نؤدي جيدا".',
      [
        'سامي النجار: الاستعدادات جيدة',
        'سامي النجار: الموسم كان صعبا على الفرق',
        'سامي النجار: طموحنا أن نؤدي جيدا',
      ],
    ],
    [
      '…but in running text the same verb is no speech',
      'وتواصل الفرق عملها لضمان أن المباريات تقام في موعدها.',
      [],
    ],
    [
      '«واستكمل:» goes on with the last speaker',
      'وقال المتحدث سامي النجار: «يجب مواصلة الإجراءات». واستكمل: «لم نصل إلى الاستقرار».',
      ['سامي النجار: يجب مواصلة الإجراءات', 'سامي النجار: لم نصل إلى الاستقرار'],
    ],
  ],

  'an announcement of an act, its verbal noun after the subject': [
    [
      'closing, as the Levant writes it, after the subject and a comma',
      'أعلن وزير الداخلية سامي النجار، غلق باب الترشح للانتخابات البلدية.',
      ['سامي النجار: غلق باب الترشح للانتخابات البلدية'],
    ],
    [
      'stopping, after the subject and a day in commas',
      'أعلن النائب المستقل، سامي النجار، الاثنين، إيقاف الكفلاء السبعة للمتهمين.',
      ['سامي النجار: إيقاف الكفلاء السبعة للمتهمين'],
    ],
  ],

  'a description with ب (وصف … ب…)': [
    [
      'what is described and what it is called, after the subject and a comma',
      'كما وصف وزير الخارجية سامي النجار، هذه الحكومة بالمولود الميت.',
      ['سامي النجار: هذه الحكومة بالمولود الميت'],
    ],
    [
      '…but with the subject before the verb, the participle after goes on with it',
      'وكان سامي النجار قد وصف الحكم بالقاسي، معتبرا أن موكله تضرر كثيرا.',
      ['سامي النجار: موكله تضرر كثيرا'],
    ],
  ],

  'praise (أشاد ب)': [
    [
      'what is praised, glued to ب after the speaker',
      'وأشاد الوزير سامي النجار بالإنجازات العديدة التي تحققت هذا العام.',
      ['سامي النجار: بالإنجازات العديدة التي تحققت هذا العام'],
    ],
  ],

  'an appeal (ناشد)': [
    [
      'the ones appealed to and what they are asked, after a ministry’s name',
      'وناشدت وزارة الصحة المواطنين والمقيمين بالتقيد بالإرشادات الرسمية.',
      ['وزارة الصحة: المواطنين والمقيمين بالتقيد بالإرشادات الرسمية'],
    ],
    [
      '…and after a body named by its kind',
      'وقالت وزارة الصحة إن الحالات تراجعت. وناشدت الوزارة المواطنين بالتقيد بالإرشادات.',
      ['وزارة الصحة: الحالات تراجعت', 'وزارة الصحة: بالتقيد بالإرشادات'],
    ],
  ],
};

describe.each(Object.entries(TABLES))('%s', (_, rows) => {
  it.each(rows)('%s', (_, text, statements) => {
    expect(said(run(text))).toEqual(statements);
  });
});
