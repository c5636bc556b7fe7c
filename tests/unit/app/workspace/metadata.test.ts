// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withoutStyles } from '../../../../src/app/workspace/add-files';
import { articleFromHtml } from '../../../../src/app/workspace/ingest/html';
import { arabicShare } from '../../../../src/app/workspace/ingest/text';
import { normalizeDate, readPageMetadata } from '../../../../src/app/workspace/ingest/metadata';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const page = readFileSync(join(process.cwd(), 'tests/fixtures/workspace/page.html'), 'utf8');
const head = (tags: string) => parse(`<html><head>${tags}</head><body></body></html>`);

describe('the metadata reader', () => {
  it.each([
    [
      'Open Graph and article tags',
      `<meta property="og:title" content="عنوان"><meta property="og:site_name" content="الجزيرة">
       <meta property="og:url" content="https://a.example/x"><meta property="article:published_time" content="2025-08-16T01:00:00+03:00">
       <meta name="author" content="مراسلنا">`,
      {
        title: 'عنوان',
        source: 'الجزيرة',
        url: 'https://a.example/x',
        date: '2025-08-16',
        byline: 'مراسلنا',
      },
    ],
    [
      'canonical wins over og:url',
      `<link rel="canonical" href="https://a.example/canonical"><meta property="og:url" content="https://a.example/og">`,
      { url: 'https://a.example/canonical', source: 'a.example' },
    ],
    [
      'JSON-LD in a @graph list: headline, publisher, date, author',
      `<script type="application/ld+json">{"@graph":[{"@type":"WebSite"},{"@type":"NewsArticle","headline":"خبر","datePublished":"2024-03-01","author":[{"name":"أ"},{"name":"ب"}],"publisher":{"name":"بي بي سي"}}]}</script>`,
      { title: 'خبر', source: 'بي بي سي', date: '2024-03-01', byline: 'أ، ب' },
    ],
    [
      'a broken JSON-LD block is skipped, the <title> and <time> still count',
      `<title>عنوان الصفحة</title><script type="application/ld+json">{broken</script>`,
      { title: 'عنوان الصفحة' },
    ],
    [
      'the host of the address names the outlet when nothing else does',
      `<meta property="og:url" content="https://www.example.net/story">`,
      { url: 'https://www.example.net/story', source: 'example.net' },
    ],
    ['a page that says nothing about itself', '', {}],
  ])('%s', (_title, tags, expected) => {
    expect(readPageMetadata(head(tags))).toEqual(expected);
  });

  it('reads the date of a <time> element in the body', () => {
    const doc = parse('<body><time datetime="2023-11-05T10:00Z">5 نوفمبر</time></body>');
    expect(readPageMetadata(doc)).toEqual({ date: '2023-11-05' });
  });

  it.each([
    ['2025-08-16T23:30:00-05:00', '2025-08-16'],
    ['2025-08-16', '2025-08-16'],
    ['Sat, 16 Aug 2025 10:00:00 GMT', '2025-08-16'],
    ['not a date', undefined],
    [undefined, undefined],
  ])('normalizes the date %s to %s', (value, expected) => {
    expect(normalizeDate(value)).toBe(expected);
  });
});

describe('a saved news page becomes an article', () => {
  const draft = articleFromHtml(page, 'page.html', parse);

  it('keeps title, outlet, canonical address, date and byline', () => {
    expect({ ...draft, text: undefined }).toEqual({
      title: 'لافروف يلتقي غوتيريش في نيويورك',
      source: 'صحيفة المثال',
      url: 'https://example.org/news/lavrov-guterres',
      date: '2025-09-24',
      byline: 'قسم الأخبار الدولية',
      fileName: 'page.html',
      text: undefined,
    });
  });

  it('keeps the article’s paragraphs, title first, and drops navigation, ads, scripts and footer', () => {
    const lines = draft.text.split('\n');
    expect(lines[0]).toBe('لافروف يلتقي غوتيريش في نيويورك');
    expect(draft.text).toContain('وقال غوتيريش إن الحوار هو الطريق الوحيد');
    expect(draft.text).toContain('وأكد لافروف أن بلاده ملتزمة');
    for (const junk of [
      'الرئيسية',
      'إعلان',
      'tracker',
      'footer script',
      'أسعار الذهب',
      'جميع الحقوق',
    ])
      expect(draft.text).not.toContain(junk);
  });

  it('refuses a page with no article in it', () => {
    const empty = '<html><body><nav><a href="/">الرئيسية</a></nav></body></html>';
    expect(() => articleFromHtml(empty, 'home.html', parse)).toThrow(
      expect.objectContaining({ code: 'no-article', subject: 'home.html' }),
    );
  });
});

describe('saved pages lose their styles before parsing (the CSP would report them)', () => {
  it.each([
    ['<style>p{color:red}</style><p>نص</p>', '<p>نص</p>'],
    ['<p style="color:red">نص</p>', '<p>نص</p>'],
    [
      '<link rel=\'stylesheet\' href=\'a.css\'><link rel="canonical" href="https://x.org/a">',
      '<link rel="canonical" href="https://x.org/a">',
    ],
  ])('%s', (html, expected) => {
    expect(withoutStyles(html)).toBe(expected);
  });
});

describe('the share of Arabic in a text', () => {
  it.each([
    [
      'an Arabic sentence with a long address',
      `وقال الوزير: "زوروا https://example.org/${'a1b2c3'.repeat(40)} لمعرفة التفاصيل".`,
      true,
    ],
    ['an English sentence', 'The minister said the talks went well.', false],
  ])('%s', (_t, text, arabic) => {
    expect(arabicShare(text) >= 0.5).toBe(arabic);
  });
});
