import { describe, expect, it } from 'vitest';
import { captionLines } from '../../../src/app/export/caption';
import { fixtureGraph } from './fixture';

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
        'قمة أنكوراج: لافروف يتحدث',
        'Source: مثال · Exported: \u200E2026-11-29',
        'Filters: Kinds: Person',
      ],
    ],
  ] as const)('%s', (_title, { lang, filters }, expected) => {
    expect(captionLines({ graph: fixtureGraph, lang, filters, date })).toEqual(expected);
  });

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
      'Sources: الجزيرة, بي بي سي · Exported: \u200E2026-11-29',
    );
    expect(captionLines({ graph, lang: 'ar', filters: '', date, shownArticles: ['b'] })[1]).toBe(
      'المصدر: بي بي سي · تاريخ التصدير: \u200E2026-11-29',
    );
  });

  it('names the app when no graph is loaded', () => {
    expect(captionLines({ graph: null, lang: 'en', filters: '', date })[0]).toBe('Isnad');
  });
});
