import { describe, expect, it } from 'vitest';
import { buildGraph, graphFromSerialized, GraphFileError } from '../../../src/graph/index.ts';
import { extractArticle } from '../../../src/pipeline/index.ts';

const graph = buildGraph([
  extractArticle({ id: 'a', text: 'وقال الرئيس الروسي فلاديمير بوتين إن الحوار مع واشنطن ضروري.' }),
]);
const exported = JSON.parse(JSON.stringify(graph.export())) as Record<string, unknown>;

describe('graphFromSerialized', () => {
  it('reads back what buildGraph exports', () => {
    const back = graphFromSerialized(exported);
    expect(back.order).toBe(graph.order);
    expect(back.size).toBe(graph.size);
    expect(back.getAttributes()).toEqual(graph.getAttributes());
  });

  it.each([
    ['not an object', 42, /invalid graph file/],
    [
      'a wrong schema version',
      { ...exported, attributes: { schemaVersion: 99, articles: [] } },
      /schemaVersion/,
    ],
    [
      'an unknown node kind',
      { ...exported, nodes: [{ key: 'x', attributes: { kind: 'ghost', label: 'x' } }], edges: [] },
      /nodes\.0\.attributes\.kind/,
    ],
    [
      'an edge to a missing node',
      { ...exported, edges: [{ source: 'nope', target: 'nada', attributes: { kind: 'said' } }] },
      /missing node/,
    ],
    [
      'a statement without text',
      {
        ...exported,
        nodes: [{ key: 's', attributes: { kind: 'statement', label: 's' } }],
        edges: [],
      },
      /statement node needs/,
    ],
  ])('rejects %s with a readable error', (_t, json, message) => {
    expect(() => graphFromSerialized(json)).toThrow(GraphFileError);
    expect(() => graphFromSerialized(json)).toThrow(message);
  });
});
