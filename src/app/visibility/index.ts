/**
 * Which nodes the filters keep. Each active filter group narrows the view (they intersect);
 * no active filter keeps everything, which is `null` so callers can skip work.
 */
import {
  articleNeighbourhood,
  articlesOfOutlets,
  delegationNeighbourhood,
  speakerNeighbourhood,
  type GraphIndex,
} from '../../graph/queries';
import type { Filters } from '../store/filters';

export function keptNodes(index: GraphIndex, filters: Filters): Set<string> | null {
  const cached = cache.get(filters);
  if (cached?.index === index) return cached.keep;
  let keep: Set<string> | null = null;
  const narrow = (set: Set<string>) => {
    keep = keep === null ? set : new Set([...keep].filter((key) => set.has(key)));
  };
  if (filters.delegations.length > 0) narrow(delegationNeighbourhood(index, filters.delegations));
  if (filters.speakers.length > 0) narrow(speakerNeighbourhood(index, filters.speakers));
  if (filters.articles.length > 0) narrow(articleNeighbourhood(index, filters.articles));
  if (filters.outlets.length > 0)
    narrow(articleNeighbourhood(index, articlesOfOutlets(index, filters.outlets)));
  if (filters.kinds.length > 0) {
    const kinds = new Set<string>(filters.kinds);
    narrow(new Set([...index.nodes].filter(([, a]) => kinds.has(a.kind)).map(([key]) => key)));
  }
  cache.set(filters, { index, keep });
  return keep;
}

/** Filters are immutable values: the canvas, the table and the selection ask for the same one. */
const cache = new WeakMap<Filters, { index: GraphIndex; keep: Set<string> | null }>();

/**
 * The selection once the filters change: a node the filters leave out is no longer selected
 * (the inspector must not describe what the graph no longer shows).
 */
export function selectionUnder(
  index: GraphIndex | null,
  filters: Filters,
  selected: string | null,
): string | null {
  if (!selected || !index) return selected;
  const keep = keptNodes(index, filters);
  return keep === null || keep.has(selected) ? selected : null;
}
