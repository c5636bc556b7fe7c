import { describe, expect, it } from 'vitest';
import { captionLines } from '../../../src/app/export/caption';
import type { ArticleRecord } from '../../../src/graph/types';
import { fixtureGraph } from './fixture';

const withTitle = (graph: typeof fixtureGraph, title: string): typeof fixtureGraph => {
  const articles = (graph.attributes!.articles as ArticleRecord[]).map((a, i) =>
    i === 0 ? { ...a, title } : a,
  );
  return { ...graph, attributes: { ...graph.attributes, articles } };
};

const date = new Date(2026, 10, 29);

describe('the caption drawn into images', () => {
  it.each([
    [
      'Arabic, no filters: title, then source and date',
      { lang: 'ar', filters: '' },
      ['قمة أنكوراج: لافروف يتحدث', 'المصدر: مثال · تاريخ التصدير: \u200E2026-11-29'],
    ],
    [
      'English, with filters: a third line',
      { lang: 'en', filters: 'Kinds: Person' },
      [
        // Arabic inside the English caption is isolated (FSI … PDI): its marks stay with it.
        '\u2068قمة أنكوراج: لافروف يتحدث\u2069\u200E',
        'Source: \u2068مثال\u2069\u200E · Exported: \u200E2026-11-29',
        'Filters: Kinds: Person',
      ],
    ],
    [
      'English: a title opening with a quote mark keeps it at its start',
      { lang: 'en', filters: '', title: '«اتفاق» في أنكوراج' },
      [
        '\u2068«اتفاق» في أنكوراج\u2069\u200E',
        'Source: \u2068مثال\u2069\u200E · Exported: \u200E2026-11-29',
      ],
    ],
  ] as Array<[string, { lang: 'ar' | 'en'; filters: string; title?: string }, string[]]>)(
    '%s',
    (_title, { lang, filters, title }, expected) => {
      const graph = title ? withTitle(fixtureGraph, title) : fixtureGraph;
      expect(captionLines({ graph, lang, filters, date })).toEqual(expected);
    },
  );

  it('lists every outlet of the articles shown', () => {
    const article = (id: string, source: string) => ({ id, title: id, text: 'x', source });
    const graph = {
      ...fixtureGraph,
      attributes: {
        ...fixtureGraph.attributes,
        articles: [article('a', 'الجزيرة'), article('b', 'بي بي سي'), article('c', 'الجزيرة')],
      },
    };
    expect(captionLines({ graph, lang: 'en', filters: '', date })[1]).toBe(
      // In English each Arabic outlet is isolated, so the list keeps its order and commas.
      'Sources: \u2068الجزيرة\u2069\u200E, \u2068بي بي سي\u2069\u200E · Exported: \u200E2026-11-29',
    );
    expect(captionLines({ graph, lang: 'ar', filters: '', date, shownArticles: ['b'] })[1]).toBe(
      'المصدر: بي بي سي · تاريخ التصدير: \u200E2026-11-29',
    );
  });

  it('names the app when no graph is loaded', () => {
    expect(captionLines({ graph: null, lang: 'en', filters: '', date })[0]).toBe('Isnad');
  });
});
