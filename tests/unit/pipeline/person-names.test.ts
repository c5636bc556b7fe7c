/**
 * People's names by the general shapes of Arabic names and of the phrases around them, on short
 * sentences written for these tests (invented people, places and bodies; not taken from any
 * article). Each row lists every person the sentence names (toEqual: an extra one fails too).
 */
import { describe, expect, it } from 'vitest';
import { labelsOf, run } from './helpers.ts';

const people = (text: string): string[] => labelsOf(run(text), 'person').sort();

describe('joinedNames: the items of a list joined by و next to a person', () => {
  it.each([
    [
      'an unknown given name and a family name in ال after a person',
      'وأفرجت السلطات عن سامي الحداد ونصّار البدري من السجن.',
      ['سامي الحداد', 'نصّار البدري'],
    ],
    [
      'items read back from the person that ends the list',
      'وشمل الحكم بالبراءة المتهم الأول ومبارك الزيداني وسالم الفرحاني وعباس الكعبي من التهم.',
      ['سالم الفرحاني', 'عباس الكعبي', 'مبارك الزيداني'],
    ],
    [
      'a known given name that reads as a function word once و is dropped (منة: منه)',
      'من تقديم المذيعين هاني عبده ومنة الطوخي، في حلقة خاصة.',
      ['منة الطوخي', 'هاني عبده'],
    ],
    [
      'a father’s name علي as written with ي',
      'وتضم اللجنة راشد حمود ويعقوب سالم وعبدالله علي والمقرر العام.',
      ['راشد حمود', 'عبدالله علي', 'يعقوب سالم'],
    ],
    [
      'two family names in ال, the first a nisba',
      'وأدانت المحكمة سامي الحداد والبرقاوي الشمالي بما نسب إليهما.',
      ['البرقاوي الشمالي', 'سامي الحداد'],
    ],
  ])('%s', (_t, text, expected) => {
    expect(people(text)).toEqual(expected);
  });

  it.each([
    ['a title joined by و', 'وحضر الاجتماع سامي الحداد ووزير الزراعة في الحكومة.'],
    ['a past verb and its object', 'وعمل سامي الحداد في الوزارة وشغل منصب المدير.'],
  ])('no item: %s', (_t, text) => {
    expect(people(text)).toEqual(['سامي الحداد']);
  });
});

describe('given-name: a list item joined by و ends before the next one', () => {
  it.each([
    [
      'single given names in a row are no two-word names',
      'وفقدت الأسرة أبناءها الأربعة سلمى وهند ومنى وسامي في الحادث.',
      [],
    ],
    [
      'an item stops before the next word joined by و',
      'وضم المدرب إلى القائمة جون بيترسون وسامي نصار ووكاع الرميثي في المعسكر.',
      ['جون بيترسون', 'سامي نصار', 'وكاع الرميثي'],
    ],
  ])('%s', (_t, text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});

describe('findPersons: a name after its title and the title’s adjective', () => {
  it.each([
    [
      'a participle that agrees with a feminine title',
      'وقالت النائبة المستقيلة كارمن حداد إن المجلس فشل في مهمته.',
      ['كارمن حداد'],
    ],
    [
      'a common adjective, the name closed by a function word',
      'وقال الممثل القدير ماركوس نصار لم يعد المسرح كما كان.',
      ['ماركوس نصار'],
    ],
    [
      'a participle with its complement in لل',
      'وقال الناشط المناهض للتمييز جيرار ساسين إن القانون ظالم.',
      ['جيرار ساسين'],
    ],
  ])('%s', (_t, text, expected) => {
    expect(people(text)).toEqual(expected);
  });

  it('guard: a definite object after a title is no adjective of it', () => {
    expect(people('وناشد الوزير المواطنين بالهدوء.')).toEqual([]);
  });
});

describe('findPersons: a given name written with ال and a lineage word after a title', () => {
  it.each([
    ['بن after an emir', 'وحضر الافتتاح سمو الأمير الحسن بن سامي أمس.', ['الحسن بن سامي']],
    [
      'ولد after an honorific',
      'وقال السيد الطاهر ولد سالم، رئيس الحزب، إن الانتخابات نزيهة.',
      ['الطاهر ولد سالم'],
    ],
  ])('%s', (_t, text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});

describe('findPersons: the third word of a name after its title, before the next phrase', () => {
  it.each([
    [
      'a word with ل glued on',
      'وصافح وزير الطاقة التركي كمال جواد أوزبيك لنظيره الإيراني أمس.',
      ['كمال جواد أوزبيك'],
    ],
    [
      'a function word',
      'وزار المحافظ وزير الزراعة الفرنسي جان نويل لوران قبل ظهيرة الأحد.',
      ['جان نويل لوران'],
    ],
    [
      'a family name in ال closed by a comma after an unknown given name',
      'وقال المرشح عن الدائرة هود سالم الرميثي، الذي فاز بالمقعد، إن المعركة صعبة.',
      ['هود سالم الرميثي'],
    ],
  ])('%s', (_t, text, expected) => {
    expect(people(text)).toEqual(expected);
  });

  it.each([
    [
      'a noun with a pronoun is the object',
      'وأعلن رئيس الوزراء سامي خالد زيارته لبيروت الأسبوع المقبل.',
      ['سامي خالد'],
    ],
    [
      'a family name in ال must be a nisba (the object is not)',
      'وانتقد النائب رامي الحداد التقرير، معتبرا أنه متسرع.',
      ['رامي الحداد'],
    ],
    [
      'the claim an affirmation takes is no third name',
      'وأكد محامي الشركة كيفن دوران حضور الجلسة المقبلة.',
      ['كيفن دوران'],
    ],
    [
      'a word of time follows a predicate',
      'وقال إن المدرب كيفن دوران مطالب اليوم بالفوز.',
      ['كيفن دوران'],
    ],
  ])('guard: %s', (_t, text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});

describe('afterNationalityNoun: a nationality after a noun, then a name', () => {
  it.each([
    [
      'after a role noun that is no title',
      'ودارت المحادثات بين الوزيرة والموفد الكندي ديريك مولان، في مكتبها أمس.',
      ['ديريك مولان'],
    ],
    [
      'after a noun in construct (the Dutchman’s return)',
      'وأكد النادي أن عودة الهولندي بارت فيربوم إلى الفريق قريبة.',
      ['بارت فيربوم'],
    ],
  ])('%s', (_t, text, expected) => {
    expect(people(text)).toEqual(expected);
  });

  it.each([
    ['a plural noun phrase', 'وناقش الوفد التونسي صعوبات مالية تواجه المصانع.'],
    ['a verb and its object', 'وقال الناطق إن الحزب الأردني يدعم وقف الحرب، مشيرا إلى ذلك.'],
  ])('guard: %s', (_t, text) => {
    expect(people(text)).toEqual([]);
  });
});

describe('given-name: servants’ names and lineages', () => {
  it.each([
    [
      'a compound head joined by و (وأبو) opens the name',
      'وأصيب في الحادث سامي خالد وأبو بكر منصور علي وهما من سكان الحي.',
      ['أبو بكر منصور علي', 'سامي خالد'],
    ],
    [
      'the name goes on after the two words of a servant’s name joined by و',
      'وأصيب سامي خالد وعبد الرحيم نصور في الحادث.',
      ['سامي خالد', 'عبد الرحيم نصور'],
    ],
    [
      'a servant’s name with an abstract noun (السلام) and a family name',
      'وضم الفريق البحثي سمير الزين وعبد السلام الحداد وهند نصار في المختبر.',
      ['سمير الزين', 'عبد السلام الحداد', 'هند نصار'],
    ],
    [
      'the grandfather’s name after ولد and the father’s, closed by a comma',
      'وقال الوزير إلى جانب زميله عبد الودود ولد محمد عالي، إن الاتفاق مهم.',
      ['عبد الودود ولد محمد عالي'],
    ],
  ])('%s', (_t, text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});

describe('nameLength: ل and a verbal noun says what for, it names nobody', () => {
  it.each([
    ['a derived verbal noun (تفعيل)', 'ودعت الوزارة إلى خطط رشيدة لتقليل الهدر في الموازنة.', []],
    ['a verbal noun of the shape فعال', 'وأصبحت الطرق آمنة لضمان عبور الشاحنات.', []],
  ])('%s', (_t, text, expected) => {
    expect(people(text)).toEqual(expected);
  });

  it.each([
    ['a known given name in ل is a name', 'وقال لقمان لطفي إن الاتفاق مهم.', ['لقمان لطفي']],
    [
      'a family name in ل after a foreign given name',
      'وقالت الكاتبة إيما لوران إن الرواية جاهزة.',
      ['إيما لوران'],
    ],
  ])('guard: %s', (_t, text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});

describe('nameLength: what may follow a compound given name in الله', () => {
  it.each([
    [
      'an honorific inside the family’s name and a name word (الحاج سالم)',
      'وكلف المجلس السفير فضل الله الحاج سالم، بمتابعة الملف.',
      ['فضل الله الحاج سالم'],
    ],
    [
      'a bare name word and the family after آل',
      'وتوفي الشابان عبد الله رضا آل سالم ومحمد حسن في الحادث.',
      ['عبد الله رضا آل سالم', 'محمد حسن'],
    ],
  ])('%s', (_t, text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});

describe('findPersons: a nationality in quotes between the title and the name', () => {
  it.each([
    [
      'straight quotes',
      'وصرح وزير الزراعة "الإسرائيلي" عميحاي كرمي، بأن الخطة جاهزة.',
      ['عميحاي كرمي'],
    ],
    ['curly quotes', 'وقالت السفيرة “الأمريكية” دانا ستيل، إن الزيارة مهمة.', ['دانا ستيل']],
  ])('%s', (_t, text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});
