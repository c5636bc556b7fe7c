// @vitest-environment jsdom
import { File as NodeFile } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { markdownToText } from '../../../../src/app/workspace/ingest/markdown';
import {
  decodeBytes,
  isArticleFile,
  MAX_FILE_BYTES,
  readArticleFile,
} from '../../../../src/app/workspace/ingest/read-file';
import { checkArticleText } from '../../../../src/app/workspace/ingest/text';
import { articleIdFor, articleSetKey } from '../../../../src/app/workspace/ids';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const ARTICLE = 'عنوان الخبر\nقال وزير الخارجية الروسي سيرغي لافروف إن المحادثات ستستمر.';
// jsdom's File cannot read its bytes; Node's can, and is what the code is given in the browser.
const file = (name: string, content: string | Uint8Array, type = '') =>
  new NodeFile([content], name, { type }) as unknown as File;
const codeOf = async (promise: Promise<unknown>) =>
  promise.then(
    () => 'ok',
    (problem: { code?: string }) => problem.code ?? String(problem),
  );

describe('reading a user’s file', () => {
  it.each([
    ['a UTF-8 text file', file('a.txt', ARTICLE), 'ok'],
    ['a text file with a byte-order mark', file('a.txt', `\uFEFF${ARTICLE}`), 'ok'],
    [
      'Markdown',
      file(
        'a.md',
        `# عنوان الخبر\n\n**قال** وزير الخارجية الروسي سيرغي لافروف إن المحادثات ستستمر.`,
      ),
      'ok',
    ],
    ['an empty file', file('empty.txt', ''), 'empty'],
    ['white space only', file('blank.txt', '  \n\t '), 'empty'],
    ['an image', file('photo.png', new Uint8Array([137, 80, 78, 71, 0, 0])), 'unsupported'],
    ['binary bytes named .txt', file('x.txt', new Uint8Array([65, 0, 66, 0, 67])), 'binary'],
    [
      'Windows-1256 bytes named .txt',
      file('cp1256.txt', new Uint8Array([0xe3, 0xd1, 0xcd, 0xc8, 0xc7])),
      'not-utf8',
    ],
    [
      'English text',
      file('en.txt', 'Lavrov said the talks would continue next week in Geneva.'),
      'not-arabic',
    ],
    [
      'English with one Arabic name',
      file(
        'en.txt',
        'Foreign minister لافروف said the talks would continue next week in Geneva, officials confirmed.',
      ),
      'not-arabic',
    ],
    [
      'a page with no article',
      file('home.html', '<html><body><nav>الرئيسية</nav></body></html>'),
      'no-article',
    ],
  ])('%s', async (_title, input, expected) => {
    expect(await codeOf(readArticleFile(input, parse))).toBe(expected);
  });

  it('refuses a file over 50 MB before reading it', async () => {
    const big = file('big.txt', 'x');
    Object.defineProperty(big, 'size', { value: MAX_FILE_BYTES + 1 });
    expect(await codeOf(readArticleFile(big, parse))).toBe('too-large');
  });

  it('decodes an HTML page in the charset it declares', () => {
    const html = new Uint8Array([
      ...new TextEncoder().encode('<meta charset="windows-1256"><p>'),
      0xe3,
      0xd1,
      0xcd,
      0xc8,
      0xc7,
    ]);
    expect(decodeBytes(html, 'old.html', 'html')).toContain('مرحبا');
  });

  it('takes the first line of a text file for its title', async () => {
    const draft = await readArticleFile(file('a.txt', ARTICLE), parse);
    expect(draft).toEqual({ title: 'عنوان الخبر', text: ARTICLE, fileName: 'a.txt' });
  });

  it.each([
    ['story.txt', true],
    ['story.HTML', true],
    ['notes.md', true],
    ['.DS_Store', false],
    ['folder/.hidden.txt', false],
    ['photo.jpg', false],
  ])('a folder’s %s is an article file: %s', (name, expected) => {
    expect(isArticleFile(name)).toBe(expected);
  });
});

describe('Markdown becomes plain text', () => {
  it.each([
    ['# عنوان\n\nنص', 'عنوان\n\nنص'],
    ['[رابط](https://x.example) و**غامق** و_مائل_', 'رابط وغامق ومائل'],
    ['- بند\n- آخر', 'بند\nآخر'],
    ['> اقتباس', 'اقتباس'],
    ['---\ntitle: x\n---\nنص', 'نص'],
  ])('%j → %j', (markdown, expected) => {
    expect(markdownToText(markdown)).toBe(expected);
  });
});

describe('article text checks', () => {
  it('accepts an Arabic article with English names in it', () => {
    expect(() => checkArticleText(`${ARTICLE} (Sergei Lavrov, AP)`)).not.toThrow();
  });
});

describe('ids from content', () => {
  it('gives the same text the same id, and different texts different ids', () => {
    expect(articleIdFor(ARTICLE)).toBe(articleIdFor(`\n${ARTICLE}  `));
    expect(articleIdFor(ARTICLE)).not.toBe(articleIdFor(`${ARTICLE}.`));
    expect(articleIdFor(ARTICLE)).toMatch(/^a[0-9a-f]{12}$/);
  });

  it('names an article set whatever its order', () => {
    expect(articleSetKey(['seed', 'a1'])).toBe(articleSetKey(['a1', 'seed']));
    expect(articleSetKey(['seed', 'a1'])).not.toBe(articleSetKey(['seed']));
    expect(articleSetKey([])).toBe('0');
    expect(articleSetKey(['seed'])).toMatch(/^1-[0-9a-f]{8}$/);
  });
});
