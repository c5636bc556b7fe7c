/**
 * Verbs that open speech only with something to open (أن, a colon, a quote), one sentence each
 * (written for these tests).
 */
import { describe, expect, it } from 'vitest';
import { run, said } from './helpers.ts';

describe('verbs of going on', () => {
  it.each([
    [
      '«وأتم:» with a quote goes on speaking',
      'وقال المدرب سامي النجار إن الفريق جاهز. وأتم: "المنافس لم يحسم اللقب بعد".',
      ['سامي النجار: الفريق جاهز', 'سامي النجار: المنافس لم يحسم اللقب بعد'],
    ],
    ['«أتم» with an object is no speech', 'وأتم الفريق استعداداته للمباراة.', []],
  ])('%s', (_, text, statements) => {
    expect(said(run(text))).toEqual(statements);
  });
});

describe('«بين» without its shadda', () => {
  it.each([
    [
      'explains when أن follows its subject, a title and a name',
      'وبين رئيس البلدية منصور العتيبي أن الطريق سيفتح الأسبوع المقبل.',
      ['منصور العتيبي: الطريق سيفتح الأسبوع المقبل'],
    ],
    ['…but «between» when no subject leads to أن', 'وبين الطرفين خلاف على أن الحدود مغلقة.', []],
  ])('%s', (_, text, statements) => {
    expect(said(run(text))).toEqual(statements);
  });
});

describe('a derived verbal noun an affirmation takes as its claim', () => {
  it.each([
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
      'attendance affirmed after a name is the claim',
      'وأكد محامي الدفاع عبداللاي حمدي حضور جميع المتهمين.',
      ['عبداللاي حمدي: حضور جميع المتهمين'],
    ],
    [
      'a given name of that shape is the subject’s name, not a claim',
      'وأكد سامي الحداد انتصار الفريق كان مستحقا.',
      [],
    ],
  ])('%s', (_, text, statements) => {
    expect(said(run(text))).toEqual(statements);
  });
});

describe('where a claim’s words begin', () => {
  it('a comma after the subject is no part of the claim', () => {
    expect(said(run('ووصف الوزير سامي الحداد، العلاقات بين البلدين بأنها ممتازة.'))).toEqual([
      'سامي الحداد: العلاقات بين البلدين بأنها ممتازة',
    ]);
  });
});

describe('a named source after the claim, without a comma', () => {
  it.each([
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
  ])('%s', (_, text, statements) => {
    expect(said(run(text))).toEqual(statements);
  });
});

describe('an appeal (ناشد)', () => {
  it.each([
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
  ])('%s', (_, text, statements) => {
    expect(said(run(text))).toEqual(statements);
  });
});
