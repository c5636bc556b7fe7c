import type { SerializedGraph } from 'graphology-types';
import type { VisibleKeys } from './types';

/**
 * The part of a graph that is visible now: the visible nodes, and the visible edges between them.
 * Graph attributes (the articles) are kept whole so the subset is still a valid graph file.
 */
export function visibleSubgraph(graph: SerializedGraph, visible: VisibleKeys): SerializedGraph {
  const nodes = graph.nodes.filter((node) => visible.nodes.has(node.key));
  const edges = graph.edges.filter(
    (edge, i) =>
      visible.nodes.has(edge.source) &&
      visible.nodes.has(edge.target) &&
      (!visible.edges || visible.edges.has(edgeId(edge.key, i))),
  );
  return { ...graph, nodes, edges };
}

/** The id an edge has on screen: its key, or `e<index>` as src/app/graph-view/elements.ts names it. */
export function edgeId(key: string | undefined, index: number): string {
  return key ?? `e${index}`;
}
