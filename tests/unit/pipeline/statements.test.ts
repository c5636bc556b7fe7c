/**
 * Statement stage on short sentences written for these tests (not taken from any article).
 */
import { describe, expect, it } from 'vitest';
import { run, said } from './helpers.ts';

describe('statements', () => {
  it.each([
    [
      'reported speech after قال إن',
      'وقال الوزير كارل هوفمان إن الاقتصاد يتعافى ببطء.',
      ['كارل هوفمان: الاقتصاد يتعافى ببطء'],
    ],
    [
      'a direct quote after a colon',
      'وقال ماكرون: “سنواصل دعم الحوار بين الطرفين”.',
      ['ماكرون: سنواصل دعم الحوار بين الطرفين'],
    ],
    [
      'guillemets',
      'وقال أردوغان: «لن نقبل بأي تهديد لأمننا».',
      ['أردوغان: لن نقبل بأي تهديد لأمننا'],
    ],
    [
      'mismatched marks ”…″',
      'وأضاف ماكرون: ”الطريق ما زال طويلا جدا″.',
      ['ماكرون: الطريق ما زال طويلا جدا'],
    ],
    [
      'a participle splits two claims',
      'وأكد الوزير كارل هوفمان أن الميزانية متوازنة، مشيرا إلى أن الضرائب لن ترتفع.',
      ['كارل هوفمان: الميزانية متوازنة', 'كارل هوفمان: الضرائب لن ترتفع'],
    ],
    [
      'a speaker carried over to وأضاف',
      'وقال بايدن إن الوضع صعب. وأضاف: “علينا أن نعمل معا الآن”.',
      ['بايدن: الوضع صعب', 'بايدن: علينا أن نعمل معا الآن'],
    ],
    [
      'a speaker given by a description',
      'استقبل الرئيس التركي رجب طيب أردوغان ضيفه. وقال الرئيس التركي إن العلاقات ممتازة بين البلدين.',
      ['رجب طيب أردوغان: العلاقات ممتازة بين البلدين'],
    ],
    [
      'an unbalanced closing mark after reported speech',
      'وأوضح ماكرون أن المفاوضات ستستأنف الأسبوع المقبل”.',
      ['ماكرون: المفاوضات ستستأنف الأسبوع المقبل'],
    ],
    [
      'a second claim joined by وأن',
      'وأعلن بايدن أن الاتفاق جاهز، وأن التوقيع سيتم قريبا في جنيف.',
      ['بايدن: الاتفاق جاهز', 'بايدن: التوقيع سيتم قريبا في جنيف'],
    ],
    [
      'content after a preposition (أكد على)',
      'وأكد الوزير كارل هوفمان على ضرورة خفض الإنفاق العام.',
      ['كارل هوفمان: على ضرورة خفض الإنفاق العام'],
    ],
    [
      'a coordinated cue keeps its speaker and skips its object',
      'وأشاد ماكرون بالاتفاق، ودعا الأطراف إلى احترام وقف إطلاق النار.',
      ['ماكرون: إلى احترام وقف إطلاق النار'],
    ],
    [
      'وصف keeps what is described',
      'ووصف بايدن اللقاء بأنه "صريح ومفيد جدا".',
      ['بايدن: اللقاء بأنه "صريح ومفيد جدا"'],
    ],
    [
      'a speaker named by an earlier clause of the sentence',
      'لكن بايدن تأخر عن الموعد، حيث قال إن الطائرة تعطلت في المطار.',
      ['بايدن: الطائرة تعطلت في المطار'],
    ],
    [
      'a quote glued to a participle opens',
      'وأكد ماكرون أن الحوار ضروري،مضيفا" لن نتخلى عن حلفائنا في المنطقة.',
      ['ماكرون: الحوار ضروري', 'ماكرون: لن نتخلى عن حلفائنا في المنطقة'],
    ],
    [
      'a nested report keeps only the inner speaker',
      'وأفادت قناة “الشرق اليوم” أن وزير الخارجية النمساوي، يوهان بيرغر، صرح بأن الحوار مستمر.',
      ['يوهان بيرغر: الحوار مستمر'],
    ],
    [
      'a quote that runs over scraped line breaks',
      'وقال ماكرون: "خلال زيارتي إلى مدينة\nليون\n، لم نتحدث عن الانتخابات".',
      ['ماكرون: خلال زيارتي إلى مدينة\nليون\n، لم نتحدث عن الانتخابات'],
    ],
    [
      'whoever is spoken to is not the speaker',
      'وقال بايدن إن الوضع صعب. وصرح لاحقا لمراسل قناة “الشرق اليوم” بأنه متفائل جدا.',
      ['بايدن: الوضع صعب', 'بايدن: متفائل جدا'],
    ],
    [
      'a feminine cue formed from the lexicon verb',
      'وصرحت الوزيرة كلارا بيرغمان بأن الميزانية جاهزة.',
      ['كلارا بيرغمان: الميزانية جاهزة'],
    ],
    [
      'an answer is speech',
      'سأل الصحفي الوزير عن زيارته. فأجاب ماكرون: لقد زرت المدينة من قبل.',
      ['ماكرون: لقد زرت المدينة من قبل'],
    ],
    [
      'a verb joined by «، و» keeps the sentence subject, not the object before it',
      'وتحدث بايدن عن الرئيس ماكرون، وقال: “نحن متفقان على كل شيء”.',
      ['بايدن: نحن متفقان على كل شيء'],
    ],
    [
      'a colon without quote marks',
      'وتابع أردوغان: نحن مستعدون لاستضافة الجولة المقبلة.',
      ['أردوغان: نحن مستعدون لاستضافة الجولة المقبلة'],
    ],
    [
      'a speaker found only as the subject of a speech verb',
      'وقال غرانت إن الشركة ستفتتح فرعا جديدا. وأضاف غرانت أن العمل يبدأ قريبا.',
      ['غرانت: الشركة ستفتتح فرعا جديدا', 'غرانت: العمل يبدأ قريبا'],
    ],
  ])('%s', (_t, text, expected) => {
    expect(said(run(text))).toEqual(expected);
  });

  it.each([
    [
      'a relayed speaker (نقل … عن X قوله)',
      'ونقلت وكالة رويترز عن وزير المالية الألماني كارل هوفمان قوله إن النمو سيتباطأ.',
      ['كارل هوفمان: النمو سيتباطأ'],
    ],
    [
      'a verb after the quote it introduces',
      '"الحوار هو الطريق الوحيد"، قال الرئيس الفرنسي إيمانويل ماكرون للصحفيين.',
      ['إيمانويل ماكرون: الحوار هو الطريق الوحيد'],
    ],
    [
      'a long Arabic name with connectors',
      'وقال الشيخ محمد بن عبد الرحمن آل ثاني إن الوساطة مستمرة.',
      ['محمد بن عبد الرحمن آل ثاني: الوساطة مستمرة'],
    ],
  ])('%s', (_t, text, expected) => {
    expect(said(run(text))).toEqual(expected);
  });

  it('a feminine cue does not carry a masculine speaker', () => {
    const r = run('وقال بايدن إن الوضع صعب جدا. وأعلنت الوزارة أن الطرق مغلقة.');
    expect(said(r)).toEqual(['بايدن: الوضع صعب جدا']);
  });

  it.each([
    [
      'a quoted topic before the real quote',
      'وقال بايدن عند مناقشة "ملف الهجرة غير الشرعية" في واشنطن: "لن نغير سياستنا".',
      ['بايدن: لن نغير سياستنا'],
    ],
  ])('%s', (_t, text, expected) => {
    expect(said(run(text))).toEqual(expected);
  });

  it.each([
    ['a nickname in quotes', 'ركب الرئيس سيارة تعرف باسم “الوحش” ثم انطلق.'],
    ['narration', 'ودام الاجتماع ثلاث ساعات في القاعة الكبرى.'],
    ['a vague source', 'وقالت مصادر مطلعة إن الاجتماع قد يتأجل.'],
  ])('no statement: %s', (_t, text) => {
    expect(run(text).statements).toEqual([]);
  });

  it('a headline line is not a statement, a first line that reports speech is', () => {
    expect(said(run('بايدن: الحرب ستنتهي قريبا جدا\nوقال بايدن إن المفاوضات مستمرة.'))).toEqual([
      'بايدن: المفاوضات مستمرة',
    ]);
    expect(said(run('وقال بايدن إن المفاوضات مستمرة\nوأضاف أن الجولة المقبلة قريبة.'))).toEqual([
      'بايدن: المفاوضات مستمرة',
      'بايدن: الجولة المقبلة قريبة',
    ]);
  });

  it('boilerplate after the body is not read', () => {
    const r = run('وقال بايدن إن الوضع صعب جدا.\nمواضيع ذات صلة :\nبايدن: الحرب ستنتهي قريبا');
    expect(r.article.bodyEnd).toBe('وقال بايدن إن الوضع صعب جدا.'.length);
    expect(r.statements).toHaveLength(1);
  });

  it.todo('a quote whose speaker comes after it in the next sentence');
});
