/**
 * Patches: the exact changes an edit made to a serialized graph, replayable both ways. Undo is the
 * inverse patch (the same steps backwards, before and after swapped), so it returns the identical
 * graph — entries, order and all — whatever the edit was.
 */
import type { SerializedEdge, SerializedGraph, SerializedNode } from 'graphology-types';
import type { Change, Patch } from './types.ts';

export function applyPatch(graph: SerializedGraph, patch: Patch): SerializedGraph {
  if (patch.changes.length === 0) return graph;
  const nodes = [...graph.nodes];
  const edges = [...graph.edges];
  for (const change of patch.changes) {
    if (change.on === 'node') step(nodes, change.index, change.before, change.after);
    else step(edges, change.index, change.before, change.after);
  }
  return { ...graph, nodes, edges };
}

export function invertPatch(patch: Patch): Patch {
  return {
    changes: patch.changes
      .map((change) => ({ ...change, before: change.after, after: change.before }) as Change)
      .reverse(),
  };
}

function step<T extends SerializedNode | SerializedEdge>(
  list: T[],
  index: number,
  before: T | undefined,
  after: T | undefined,
): void {
  if (before && after) list[index] = after;
  else if (after) list.splice(index, 0, after);
  else if (before) list.splice(index, 1);
}
