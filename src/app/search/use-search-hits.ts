import { useMemo } from 'react';
import { searchNodes } from '.';
import { indexOf } from '../graph-index';
import { useIsnad, type IsnadState } from '../store';

const selectGraph = (state: IsnadState) => state.graph;
const selectQuery = (state: IsnadState) => state.query;

/** Keys of the nodes matching the current search, best first (memoized per graph and query). */
export function useSearchHits(): string[] {
  const graph = useIsnad(selectGraph);
  const query = useIsnad(selectQuery);
  return useMemo(() => (graph ? searchNodes(indexOf(graph), query) : []), [graph, query]);
}
