/**
 * Filter state and its changes, as pure functions `(filters, …args) => filters`. Which nodes the
 * filters keep is a graph query (src/app/visibility); this file only knows what the user chose.
 */
import type { NodeKind } from '../../graph/types';

export const VISIBILITY_MODES = ['hide', 'dim'] as const;
export type VisibilityMode = (typeof VISIBILITY_MODES)[number];

export interface Filters {
  /** Delegation node keys: their members, heads, statements and what those mention stay. */
  delegations: string[];
  /** Node kinds to keep; empty keeps every kind. */
  kinds: NodeKind[];
  /** Speaker node keys: their statements and what those mention stay. */
  speakers: string[];
  /** Article ids: what those articles say and mention stays. */
  articles: string[];
  /** Outlets (an article's `source`): what their articles say and mention stays. */
  outlets: string[];
  /** What happens to filtered-out nodes. */
  mode: VisibilityMode;
}

export function emptyFilters(): Filters {
  return { delegations: [], kinds: [], speakers: [], articles: [], outlets: [], mode: 'hide' };
}

/** Adds the item when absent, removes it when present; order of choice is kept. */
export function toggleIn<T>(list: readonly T[], item: T): T[] {
  return list.includes(item) ? list.filter((other) => other !== item) : [...list, item];
}

export function toggleDelegation(filters: Filters, key: string): Filters {
  return { ...filters, delegations: toggleIn(filters.delegations, key) };
}

export function toggleKind(filters: Filters, kind: NodeKind): Filters {
  return { ...filters, kinds: toggleIn(filters.kinds, kind) };
}

export function toggleSpeaker(filters: Filters, key: string): Filters {
  return { ...filters, speakers: toggleIn(filters.speakers, key) };
}

export function toggleArticle(filters: Filters, id: string): Filters {
  return { ...filters, articles: toggleIn(filters.articles, id) };
}

export function toggleOutlet(filters: Filters, outlet: string): Filters {
  return { ...filters, outlets: toggleIn(filters.outlets, outlet) };
}

/** The filters without what a graph no longer has (after an article is removed). */
export function keepKnown(
  filters: Filters,
  knowsNode: (key: string) => boolean,
  knowsArticle: (id: string) => boolean,
  knowsOutlet: (outlet: string) => boolean,
): Filters {
  return {
    ...filters,
    delegations: filters.delegations.filter(knowsNode),
    speakers: filters.speakers.filter(knowsNode),
    articles: filters.articles.filter(knowsArticle),
    outlets: filters.outlets.filter(knowsOutlet),
  };
}

export function setVisibilityMode(filters: Filters, mode: VisibilityMode): Filters {
  return { ...filters, mode };
}

/** Clearing keeps the hide/dim preference: it is a display choice, not a filter. */
export function clearFilters(filters: Filters): Filters {
  return { ...emptyFilters(), mode: filters.mode };
}

export function hasActiveFilters(filters: Filters): boolean {
  return (
    filters.delegations.length +
      filters.kinds.length +
      filters.speakers.length +
      filters.articles.length +
      filters.outlets.length >
    0
  );
}
