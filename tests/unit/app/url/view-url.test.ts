import { describe, expect, it } from 'vitest';
import { emptyFilters } from '../../../../src/app/store/filters';
import { searchToView, viewToSearch, type UrlView } from '../../../../src/app/url/view-url';

const known = new Set(['ru-del', 'us-del', 'putin', 's1', 'key with spaces/and,commas']);
const knows = (key: string) => known.has(key);
const view = (over: Partial<UrlView>): UrlView => ({
  filters: emptyFilters(),
  selected: null,
  query: '',
  lang: 'ar',
  tab: 'statements',
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
          mode: 'dim',
        },
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
      '?delegation=gone&delegation=ru-del&node=gone&kind=planet&lang=fr&tab=x',
      knows,
    );
    expect(read).toEqual(view({ filters: { ...emptyFilters(), delegations: ['ru-del'] } }));
  });
});
