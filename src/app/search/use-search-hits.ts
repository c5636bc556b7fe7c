import { useMemo } from 'react';
import { searchNodes } from '.';
import type { GraphIndex } from '../../graph/queries';
import { indexOf } from '../graph-index';
import { useIsnad, type IsnadState } from '../store';

const selectGraph = (state: IsnadState) => state.graph;
const selectQuery = (state: IsnadState) => state.query;

/** The last search, shared: the search box and the canvas ask for the same one per keystroke. */
let last: { index: GraphIndex; query: string; hits: string[] } | null = null;

function hitsFor(index: GraphIndex, query: string): string[] {
  if (last?.index !== index || last.query !== query)
    last = { index, query, hits: searchNodes(index, query) };
  return last.hits;
}

/** Keys of the nodes matching the current search, best first (computed once per graph and query). */
export function useSearchHits(): string[] {
  const graph = useIsnad(selectGraph);
  const query = useIsnad(selectQuery);
  return useMemo(() => (graph ? hitsFor(indexOf(graph), query) : []), [graph, query]);
}
