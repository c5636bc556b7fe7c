import { describe, expect, it } from 'vitest';
import { flattenAttributes, flattenMentions } from '../../../src/graph/export/index';

describe('flattening attributes to the scalars GEXF, GraphML and CSV hold', () => {
  it.each([
    [
      'scalars stay as they are',
      { label: 'لافروف', start: 3, direct: true },
      { label: 'لافروف', start: 3, direct: true },
    ],
    [
      'aliases join with a bar',
      { aliases: ['لافروف', 'سيرغي لافروف'] },
      { aliases: 'لافروف | سيرغي لافروف' },
    ],
    ['an empty list is an empty string', { aliases: [] }, { aliases: '' }],
    [
      'mentions become article@start-end spans',
      {
        mentions: [
          { article: 'seed', start: 1, end: 5, text: 'قال،' },
          { article: 'seed', start: 9, end: 12, text: 'x' },
        ],
      },
      { mentions: 'seed@1-5; seed@9-12' },
    ],
    [
      'undefined and null are left out',
      { role: undefined, country: null, kind: 'person' },
      { kind: 'person' },
    ],
    ['other objects become JSON', { extra: { a: 1 } }, { extra: '{"a":1}' }],
  ])('%s', (_title, input, expected) => {
    expect(flattenAttributes(input)).toEqual(expected);
  });

  it('gives an empty string for missing mentions', () => {
    expect(flattenMentions(undefined)).toBe('');
  });
});
