/** The graph written in pieces is byte for byte what JSON.stringify writes. */
import { describe, expect, it } from 'vitest';
import { jsonChunks } from '../../../src/cli/json-chunks.ts';

const joined = (value: Record<string, unknown>) => [...jsonChunks(value)].join('');

describe('jsonChunks', () => {
  it.each([
    ['an empty object', {}],
    [
      'a graph of empty lists',
      { attributes: {}, options: { type: 'directed' }, nodes: [], edges: [] },
    ],
    [
      'nodes with Arabic text, quotes and escapes',
      {
        nodes: [{ key: 'person:بوتين', attributes: { label: 'قال «نعم»\n"x"\u2028' } }],
        edges: [],
      },
    ],
    [
      'undefined fields left out, undefined list items written null',
      { a: undefined, b: [1, undefined, 'x'], c: null },
    ],
    [
      'a list longer than a chunk',
      { nodes: Array.from({ length: 30_000 }, (_, i) => ({ key: `n${i}`, text: 'س'.repeat(50) })) },
    ],
  ])('%s', (_, value) => {
    expect(joined(value as Record<string, unknown>)).toBe(JSON.stringify(value));
  });

  it('hands a long list on in pieces', () => {
    const value = {
      nodes: Array.from({ length: 30_000 }, (_, i) => ({ key: `n${i}`, text: 'س'.repeat(50) })),
    };
    const pieces = [...jsonChunks(value)];
    expect(pieces.length).toBeGreaterThan(1);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(2 ** 20);
  });
});
