/**
 * Search that forgives Arabic spelling: the query and every searchable field are compared in
 * their matching form (./normalize). Fields: label, other written forms, English label and, for
 * statements, the text. Best matches first.
 */
import type { GraphIndex } from '../../graph/queries';
import { isStatement } from '../../graph/types';
import { matchForm } from './normalize';

interface SearchEntry {
  key: string;
  /** Names (label, aliases, English label) in matching form. */
  names: string[];
  /** Statement text in matching form ('' for entities). */
  text: string;
}

const entriesCache = new WeakMap<GraphIndex, SearchEntry[]>();

function entriesOf(index: GraphIndex): SearchEntry[] {
  let entries = entriesCache.get(index);
  if (entries) return entries;
  entries = [...index.nodes].map(([key, attrs]) => ({
    key,
    names: [attrs.label, ...(attrs.aliases ?? []), attrs.labelEn ?? '']
      .filter(Boolean)
      .map(matchForm),
    text: isStatement(attrs) ? matchForm(attrs.text) : '',
  }));
  entriesCache.set(index, entries);
  return entries;
}

/** 3 a whole name, 2 a name's start or a word's start, 1 inside a name, 0.5 in statement text. */
function score(entry: SearchEntry, query: string): number {
  let best = 0;
  for (const name of entry.names) {
    if (name === query) return 3;
    if (name.startsWith(query) || name.includes(' ' + query)) best = Math.max(best, 2);
    else if (name.includes(query)) best = Math.max(best, 1);
  }
  if (best === 0 && entry.text.includes(query)) best = 0.5;
  return best;
}

/** Keys of the nodes matching `query`, best first; empty for a blank query. */
export function searchNodes(index: GraphIndex, query: string): string[] {
  const q = matchForm(query);
  if (q === '') return [];
  return entriesOf(index)
    .map((entry) => ({ key: entry.key, score: score(entry, q) }))
    .filter((hit) => hit.score > 0)
    .sort((a, b) => b.score - a.score)
    .map((hit) => hit.key);
}
