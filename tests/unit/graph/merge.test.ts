import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/graph/index.ts';
import { skeleton } from '../../../src/graph/merge.ts';
import { extractArticle } from '../../../src/pipeline/index.ts';

describe('transliteration variants share a skeleton', () => {
  it.each([
    ['سيرغي لافروف', 'سيرجي لافروف'],
    ['أندريه بيلوسوف', 'أندريه بيلاوسوف'],
    ['أنكوراج', 'أنكوريج'],
    ['إلمندورف – ريتشاردسون', 'إلمندورف-ريتشاردسون'],
    ['كارولاين ليفيت', 'كارولين ليفيت'],
  ])('%s ~ %s', (a, b) => {
    expect(skeleton(a)).toBe(skeleton(b));
  });

  it.each([
    ['بولندا', 'هولندا'],
    ['ليبيا', 'لبنان'],
  ])('%s differs from %s', (a, b) => {
    expect(skeleton(a)).not.toBe(skeleton(b));
  });
});

describe('articles spelled differently merge into one node', () => {
  const graph = buildGraph(
    [
      extractArticle({ id: 'a', text: 'وقال وزير الخارجية الروسي سيرغي لافروف إن الحوار ممكن.' }),
      extractArticle({ id: 'b', text: 'وأكد وزير الخارجية الروسي سيرجي لافروف أن موسكو مستعدة.' }),
    ],
    { layout: false },
  );

  it('one Lavrov, written as first seen, with the other spelling as an alias', () => {
    const people = graph.filterNodes((_, a) => a.kind === 'person');
    expect(people).toEqual(['person:سيرغي لافروف']);
    expect(graph.getNodeAttribute('person:سيرغي لافروف', 'aliases')).toContain('سيرجي لافروف');
  });

  it('both statements point at that node', () => {
    expect(graph.outDegree('person:سيرغي لافروف')).toBe(2);
  });
});
