import { describe, expect, it } from 'vitest';
import { indexGraph } from '../../../../src/graph/queries';
import { emptyFilters, type Filters } from '../../../../src/app/store/filters';
import { keptNodes, selectionUnder } from '../../../../src/app/visibility';
import { smallGraph } from '../fixtures/small-graph';

const index = indexGraph(smallGraph);
const kept = (filters: Partial<Filters>) => {
  const keep = keptNodes(index, { ...emptyFilters(), ...filters });
  return keep === null ? null : [...keep].sort();
};

describe('keptNodes: what the filters keep', () => {
  it.each([
    ['no filter keeps everything (null)', {}, null],
    [
      'a delegation keeps it, its head and members, their statements and what those mention',
      { delegations: ['ru-del'] },
      ['lavrov', 'putin', 'ru-del', 's1', 'ukraine'],
    ],
    [
      'two delegations keep both sides',
      { delegations: ['ru-del', 'us-del'] },
      [
        'alaska',
        'lavrov',
        'putin',
        'ru-del',
        'rubio',
        'russia',
        's1',
        's2',
        's3',
        'trump',
        'ukraine',
        'us-del',
      ],
    ],
    [
      'a speaker keeps their statements and mentions',
      { speakers: ['trump'] },
      ['russia', 's2', 'trump'],
    ],
    ['a kind keeps that kind', { kinds: ['delegation'] }, ['ru-del', 'us-del']],
    [
      'groups intersect: a delegation and a kind',
      { delegations: ['ru-del'], kinds: ['statement'] },
      ['s1'],
    ],
    ['an unknown delegation keeps nothing', { delegations: ['nowhere'] }, []],
  ] as const)('%s', (_title, filters, expected) => {
    expect(kept(filters as Partial<Filters>)).toEqual(expected);
  });
});

describe('selectionUnder: the selection once the filters change', () => {
  it.each([
    ['no filter keeps any selection', {}, 'rubio', 'rubio'],
    ['a selection the filter keeps stays', { delegations: ['ru-del'] }, 'putin', 'putin'],
    ['a selection the filter leaves out is cleared', { delegations: ['ru-del'] }, 'rubio', null],
    ['a kind filter that leaves the node out clears it', { kinds: ['place'] }, 'putin', null],
    ['nothing selected stays nothing', { delegations: ['ru-del'] }, null, null],
  ] as Array<[string, Partial<Filters>, string | null, string | null]>)(
    '%s',
    (_title, filters, selected, expected) => {
      expect(selectionUnder(index, { ...emptyFilters(), ...filters }, selected)).toBe(expected);
    },
  );
});
