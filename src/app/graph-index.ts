import type { SerializedGraph } from 'graphology-types';
import { indexGraph, type GraphIndex } from '../graph/queries';

const cache = new WeakMap<SerializedGraph, GraphIndex>();

/** The query index of a loaded graph, built once per graph object. */
export function indexOf(graph: SerializedGraph): GraphIndex {
  let index = cache.get(graph);
  if (!index) {
    index = indexGraph(graph);
    cache.set(graph, index);
  }
  return index;
}
