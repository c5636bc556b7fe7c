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
    ['a delegation, by its label', view({ delegations: ['ru-del'] }), 'Delegations: الوفد الروسي'],
    [
      'two delegations and a kind',
      view({ delegations: ['ru-del', 'us-del'], kinds: ['statement'] }),
      'Delegations: الوفد الروسي, الوفد الأميركي · Kinds: Statement',
    ],
    ['a search alone', view({}, ' putin '), 'Search: “putin”'],
    [
      'dim mode is said when a filter is active',
      view({ speakers: ['putin'], mode: 'dim' }),
      'Speakers: فلاديمير بوتين (others dimmed)',
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
