/**
 * Positions set during the session (the "re-arrange" command), kept as data beside the loaded
 * graph rather than inside it: patching the graph would rebuild the canvas. The canvas reads them
 * when it is created, and data exports write them into the graph's `x`/`y`.
 */
import type { SerializedGraph } from 'graphology-types';

export type Positions = Readonly<Record<string, { x: number; y: number }>>;

/** The graph with session positions written over its stored ones (the same graph if none). */
export function withPositions(
  graph: SerializedGraph,
  positions: Positions | null,
): SerializedGraph {
  if (!positions) return graph;
  return {
    ...graph,
    nodes: graph.nodes.map((node) => {
      const p = positions[node.key];
      return p ? { ...node, attributes: { ...node.attributes, x: p.x, y: p.y } } : node;
    }),
  };
}
