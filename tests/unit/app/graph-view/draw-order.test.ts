/**
 * The order a graph reaches the canvas in: a large one's nodes drawn first, then its edges drawn;
 * what is folded away, whatever the size, set apart — every element once, never an edge before
 * both its ends.
 */
import type { ElementDefinition } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { drawOrder, FIRST_NODES } from '../../../../src/app/graph-view/draw-order';
import { toElements } from '../../../../src/app/graph-view/elements';
import { buildGraph } from '../../../../src/graph/build';
import { syntheticCorpus } from '../../../bench/synthetic-corpus';

const node = (id: string, classes = ''): ElementDefinition => ({
  group: 'nodes',
  data: { id },
  classes,
});
const edge = (id: string, source: string, target: string, classes = ''): ElementDefinition => ({
  group: 'edges',
  data: { id, source, target },
  classes,
});
const ids = (list: ElementDefinition[]) => list.map((e) => e.data.id);

describe('drawOrder', () => {
  const elements = [
    node('trump'),
    node('s1', 'collapsed'),
    edge('said1', 'trump', 's1', 'collapsed'),
    node('putin'),
    edge('about1', 'trump', 'putin', 'summary'),
    edge('about2', 'putin', 'trump', 'summary collapsed'),
    node('s2', 'collapsed'),
    edge('mentions1', 's2', 'putin', 'collapsed'),
  ];

  it.each([
    [
      'a graph drawn up to the limit is created whole, but for what is folded',
      3,
      [['trump', 'putin', 'about1'], [], ['s1', 's2', 'said1', 'about2', 'mentions1']],
    ],
    [
      'past it: nodes drawn, then edges drawn; folded nodes and their edges apart',
      2,
      [['trump', 'putin'], ['about1'], ['s1', 's2', 'said1', 'about2', 'mentions1']],
    ],
  ])('%s', (_title, wholeUpTo, [first, drawn, folded]) => {
    const order = drawOrder(elements, wholeUpTo);
    expect([ids(order.first), ids(order.drawn), ids(order.folded)]).toEqual([first, drawn, folded]);
  });

  it('on a generated corpus: every element once, each edge after both its ends', () => {
    const graph = buildGraph(syntheticCorpus({ articles: 150 }), { layout: false }).export();
    const all = toElements(graph, null, { collapsed: true });
    const order = drawOrder(all);
    const sequence = [...order.first, ...order.drawn, ...order.folded];
    expect(new Set(ids(sequence)).size).toBe(all.length);
    expect(sequence).toHaveLength(all.length);
    const seen = new Set<string>();
    for (const element of sequence) {
      if (element.group === 'edges') {
        expect(seen.has(element.data.source as string)).toBe(true);
        expect(seen.has(element.data.target as string)).toBe(true);
      }
      seen.add(element.data.id!);
    }
    // The first picture: the most connected nodes drawn, no folded statement among them.
    expect(order.first).toHaveLength(FIRST_NODES);
    const least = Math.min(...order.first.map((e) => Number(e.data.degree)));
    const laterNodes = order.drawn.filter((e) => e.group === 'nodes');
    expect(laterNodes.every((e) => Number(e.data.degree) <= least)).toBe(true);
    expect(
      order.first.every((e) => e.group === 'nodes' && !String(e.classes).includes('collapsed')),
    ).toBe(true);
  });
});
