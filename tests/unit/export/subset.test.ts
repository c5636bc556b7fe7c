import { describe, expect, it } from 'vitest';
import { exportData, visibleSubgraph } from '../../../src/graph/export/index';
import { fixtureGraph } from './fixture';

const keysOf = (items: ReadonlyArray<{ key?: string }>) => items.map((item) => item.key);

describe('the visible subset: what is on screen now', () => {
  it.each([
    [
      'every node visible, no edge filter: everything',
      { nodes: new Set(['person:lavrov', 'delegation:russia', 'place:anchorage', 'statement:1']) },
      ['person:lavrov', 'delegation:russia', 'place:anchorage', 'statement:1'],
      ['said:1', 'member:1', 'mentions:1'],
    ],
    [
      'a hidden node takes its edges with it',
      { nodes: new Set(['person:lavrov', 'statement:1', 'place:anchorage']) },
      ['person:lavrov', 'place:anchorage', 'statement:1'],
      ['said:1', 'mentions:1'],
    ],
    [
      'a hidden edge between visible nodes is left out',
      {
        nodes: new Set(['person:lavrov', 'statement:1']),
        edges: new Set(['mentions:1']),
      },
      ['person:lavrov', 'statement:1'],
      [],
    ],
    ['nothing visible: an empty graph', { nodes: new Set<string>() }, [], []],
  ])('%s', (_title, visible, nodes, edges) => {
    const subset = visibleSubgraph(fixtureGraph, visible);
    expect(keysOf(subset.nodes)).toEqual(nodes);
    expect(keysOf(subset.edges)).toEqual(edges);
    expect(subset.attributes).toEqual(fixtureGraph.attributes); // still a valid graph file
  });

  it('is what exportData writes when asked for the visible part only', () => {
    const [file] = exportData(fixtureGraph, 'json', {
      date: new Date(2026, 10, 29),
      visible: { nodes: new Set(['person:lavrov']) },
    });
    const graph = JSON.parse(file!.content) as typeof fixtureGraph;
    expect(keysOf(graph.nodes)).toEqual(['person:lavrov']);
    expect(graph.edges).toEqual([]);
  });
});
