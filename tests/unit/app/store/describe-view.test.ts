import { describe, expect, it } from 'vitest';
import { describeView } from '../../../../src/app/store/describe-view';
import { emptyFilters, type Filters } from '../../../../src/app/store/filters';
import { smallGraph } from '../fixtures/small-graph';

const view = (filters: Partial<Filters>, query = '', lang: 'ar' | 'en' = 'en') => ({
  graph: smallGraph,
  filters: { ...emptyFilters(), ...filters },
  query,
  lang,
});

describe('describeView: the caption of the current view', () => {
  it.each([
    ['nothing active is an empty string', view({}), ''],
    [
      'a delegation, by its English name',
      view({ delegations: ['ru-del'] }),
      'Delegations: Russian delegation',
    ],
    [
      'two delegations and a kind',
      view({ delegations: ['ru-del', 'us-del'], kinds: ['statement'] }),
      'Delegations: Russian delegation, US delegation · Kinds: Statement',
    ],
    ['a search alone', view({}, ' putin '), 'Search: “\u2068putin\u2069”'],
    [
      'an Arabic search in English is isolated, its quote marks around it',
      view({}, 'بوتين'),
      'Search: “\u2068بوتين\u2069”',
    ],
    [
      'dim mode is said when a filter is active',
      view({ speakers: ['putin'], mode: 'dim' }),
      'Speakers: Vladimir Putin (others dimmed)',
    ],
    ['dim mode alone says nothing', view({ mode: 'dim' }), ''],
    [
      'in Arabic',
      view({ delegations: ['ru-del'] }, 'بوتين', 'ar'),
      'الوفود: الوفد الروسي · البحث: «بوتين»',
    ],
  ])('%s', (_title, state, expected) => {
    expect(describeView(state)).toBe(expected);
  });
});
