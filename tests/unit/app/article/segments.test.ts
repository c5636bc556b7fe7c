import { describe, expect, it } from 'vitest';
import { sentenceAround } from '../../../../src/app/article/highlights';
import { segmentArticle } from '../../../../src/app/article/segments';

describe('segmentArticle cuts the text at highlight boundaries', () => {
  const text = 'قال بوتين إن أوكرانيا مهمة.';
  const putin = { key: 'putin', kind: 'person', start: 4, end: 9 };
  const statement = { key: 's1', kind: 'statement', start: 13, end: 26 };
  const ukraine = { key: 'ukraine', kind: 'place', start: 13, end: 21 };

  it('joins back to the original text', () => {
    const segments = segmentArticle(text, [putin, statement, ukraine]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
  });

  it('lists covering highlights innermost first', () => {
    const segments = segmentArticle(text, [putin, statement, ukraine]);
    const at = (offset: number) => segments.find((s) => s.start <= offset && offset < s.end)!;
    expect(at(0).covering).toEqual([]);
    expect(at(5).covering.map((h) => h.key)).toEqual(['putin']);
    expect(at(14).covering.map((h) => h.key)).toEqual(['ukraine', 's1']);
    expect(at(23).covering.map((h) => h.key)).toEqual(['s1']);
  });

  it('ignores highlights outside the text', () => {
    const segments = segmentArticle(text, [{ key: 'x', kind: 'place', start: 20, end: 99 }]);
    expect(segments).toEqual([{ start: 0, end: text.length, text, covering: [] }]);
  });
});

describe('sentenceAround', () => {
  const text = 'جملة أولى. قال بوتين إن أوكرانيا مهمة. جملة ثالثة؟\nسطر آخر';
  it.each([
    ['the middle sentence', text.indexOf('أوكرانيا'), 'قال بوتين إن أوكرانيا مهمة.'],
    ['the first', 0, 'جملة أولى.'],
    ['a question', text.indexOf('ثالثة'), 'جملة ثالثة؟'],
    ['the last line', text.indexOf('آخر'), 'سطر آخر'],
  ])('%s', (_title, start, expected) => {
    expect(sentenceAround(text, start, start + 2)).toBe(expected);
  });
});
