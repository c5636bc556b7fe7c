import { describe, expect, it } from 'vitest';
import { withPositions } from '../../../../src/app/store/positions';
import { useIsnad } from '../../../../src/app/store';
import { smallGraph } from '../fixtures/small-graph';

describe('re-arranged positions are data beside the graph', () => {
  it('no session positions: the same graph', () => {
    expect(withPositions(smallGraph, null)).toBe(smallGraph);
  });

  it('session positions are written over the stored ones, other nodes untouched', () => {
    const graph = structuredClone(smallGraph);
    const [first, second] = graph.nodes;
    const out = withPositions(graph, { [first!.key]: { x: 12, y: -3 } });
    expect(out.nodes[0]!.attributes).toMatchObject({ x: 12, y: -3 });
    expect(out.nodes[1]).toBe(second);
    // The stored graph itself is not patched.
    expect(graph.nodes[0]).toBe(first);
  });

  it('loading another graph forgets them', () => {
    const { loadGraph, setPositions } = useIsnad.getState();
    loadGraph(structuredClone(smallGraph));
    setPositions({ a: { x: 1, y: 2 } });
    expect(useIsnad.getState().positions).toEqual({ a: { x: 1, y: 2 } });
    loadGraph(structuredClone(smallGraph));
    expect(useIsnad.getState().positions).toBeNull();
  });
});
