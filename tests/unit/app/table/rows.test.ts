import { describe, expect, it } from 'vitest';
import { indexGraph } from '../../../../src/graph/queries';
import {
  delegationOptions,
  kindOptions,
  speakerOptions,
} from '../../../../src/app/filters/options';
import {
  emptyRowFilter,
  filterRows,
  sortRows,
  statementRows,
  type RowFilter,
  type RowSort,
} from '../../../../src/app/table/rows';
import { smallGraph } from '../fixtures/small-graph';

const index = indexGraph(smallGraph);
const rows = statementRows(index);

describe('the statements table', () => {
  it('lists statements in article order with speaker, delegation and mentions', () => {
    expect(rows.map((r) => r.key)).toEqual(['s1', 's2', 's3']);
    expect(rows[0]).toMatchObject({
      speaker: 'putin',
      speakerLabel: 'فلاديمير بوتين',
      delegations: ['ru-del'],
      mentions: [{ key: 'ukraine', label: 'أوكرانيا' }],
    });
  });

  it.each([
    ['no filter keeps all', {}, ['s1', 's2', 's3']],
    ['by speaker', { speaker: 'trump' }, ['s2']],
    ['by delegation (members count)', { delegation: 'us-del' }, ['s2', 's3']],
    ['by text, forgiving hamza', { text: 'اوكرانيا' }, ['s1']],
    ['by a mentioned name', { text: 'روسيا' }, ['s2']],
    ['by speaker name in the text box', { text: 'روبيو' }, ['s3']],
    ['filters combine', { delegation: 'us-del', text: 'روسيا' }, ['s2']],
  ])('filters %s', (_title, filter, expected) => {
    const chosen: RowFilter = { ...emptyRowFilter(), ...filter };
    expect(filterRows(rows, chosen).map((r) => r.key)).toEqual(expected);
  });
});

describe('filter options carry counts', () => {
  it('delegations by member count, kinds by node count, speakers by statement count', () => {
    expect(delegationOptions(index).map((o) => [o.key, o.count])).toEqual([
      ['ru-del', 2],
      ['us-del', 2],
    ]);
    expect(kindOptions(index).map((o) => [o.key, o.count])).toEqual([
      ['person', 4],
      ['delegation', 2],
      ['place', 3],
      ['statement', 3],
    ]);
    expect(speakerOptions(index).map((o) => o.count)).toEqual([1, 1, 1]);
  });
});

describe('sorting the statements table by the names shown', () => {
  const names: Record<string, string> = { putin: 'ب', trump: 'أ', rubio: 'ت' };
  const shown = (row: (typeof rows)[number]) => (row.speaker ? (names[row.speaker] ?? '') : '');
  it.each([
    ['source order, as it opens', { by: 'source', descending: false }, ['s1', 's2', 's3']],
    ['by speaker name', { by: 'speaker', descending: false }, ['s2', 's1', 's3']],
    ['by speaker name, reversed', { by: 'speaker', descending: true }, ['s3', 's1', 's2']],
  ] as Array<[string, RowSort, string[]]>)('%s', (_title, sort, expected) => {
    expect(sortRows(rows, sort, shown).map((r) => r.key)).toEqual(expected);
  });
});
