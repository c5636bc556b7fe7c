import { describe, expect, it } from 'vitest';
import { emptyFilters } from '../../../../src/app/store/filters';
import { searchToView, viewToSearch, type UrlView } from '../../../../src/app/url/view-url';

const known = new Set(['ru-del', 'us-del', 'putin', 's1', 'key with spaces/and,commas']);
const knows = {
  node: (key: string) => known.has(key),
  article: (id: string) => ['a1', 'a2'].includes(id),
  outlet: (name: string) => name === 'الجزيرة',
};
const view = (over: Partial<UrlView>): UrlView => ({
  filters: emptyFilters(),
  selected: null,
  query: '',
  lang: 'ar',
  tab: 'statements',
  expanded: [],
  set: null,
  ...over,
});

describe('the view in the URL', () => {
  it.each([
    ['the default view is an empty query string', view({}), ''],
    ['a selection', view({ selected: 'putin' }), '?node=putin'],
    [
      'two delegations, dim mode and a search',
      view({
        filters: { ...emptyFilters(), delegations: ['ru-del', 'us-del'], mode: 'dim' },
        query: 'بوتين',
      }),
      '?delegation=ru-del&delegation=us-del&mode=dim&q=%D8%A8%D9%88%D8%AA%D9%8A%D9%86',
    ],
    ['English and the article tab', view({ lang: 'en', tab: 'article' }), '?lang=en&tab=article'],
    [
      'the article set first, then an article and an outlet filter',
      view({
        set: 's3-1a2b3c4d',
        filters: { ...emptyFilters(), articles: ['a2'], outlets: ['الجزيرة'] },
      }),
      '?set=s3-1a2b3c4d&article=a2&outlet=%D8%A7%D9%84%D8%AC%D8%B2%D9%8A%D8%B1%D8%A9',
    ],
  ])('%s', (_title, v, expected) => {
    expect(viewToSearch(v)).toBe(expected);
  });

  it.each([
    ['a selection', view({ selected: 's1' })],
    [
      'every part at once',
      view({
        filters: {
          delegations: ['ru-del'],
          speakers: ['putin'],
          kinds: ['person', 'statement'],
          articles: ['a1', 'a2'],
          outlets: ['الجزيرة'],
          mode: 'dim',
        },
        set: 's2-00ff00ff',
        selected: 'key with spaces/and,commas',
        query: 'اوكرانيا putin',
        lang: 'en',
        tab: 'article',
      }),
    ],
  ])('round-trips %s', (_title, v) => {
    expect(searchToView(viewToSearch(v), knows)).toEqual(v);
  });

  it('drops keys the graph does not know and values out of range', () => {
    const read = searchToView(
      '?delegation=gone&delegation=ru-del&node=gone&kind=planet&lang=fr&tab=x&article=a9&outlet=x',
      knows,
    );
    expect(read).toEqual(view({ filters: { ...emptyFilters(), delegations: ['ru-del'] } }));
  });
});
