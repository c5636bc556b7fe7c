/**
 * Search that forgives Arabic spelling: the query and every searchable field are compared in
 * their matching form (./normalize). Fields: label, other written forms, English label and, for
 * statements, the text. Best matches first.
 */
import type { GraphIndex } from '../../graph/queries';
import { isStatement } from '../../graph/types';
import { matchForm, skeletonForm } from './normalize';

interface SearchEntry {
  key: string;
  /** Names (label, aliases, English label) in matching form. */
  names: string[];
  /** The names' consonant skeletons, for spellings that differ only in long vowels. */
  skeletons: string[];
  /** Statement text in matching form ('' for entities). */
  text: string;
}

const entriesCache = new WeakMap<GraphIndex, SearchEntry[]>();

function entriesOf(index: GraphIndex): SearchEntry[] {
  let entries = entriesCache.get(index);
  if (entries) return entries;
  entries = [...index.nodes].map(([key, attrs]) => {
    const names = [attrs.label, ...(attrs.aliases ?? []), attrs.labelEn ?? '']
      .filter(Boolean)
      .map(matchForm);
    const text = isStatement(attrs) ? matchForm(attrs.text) : '';
    return { key, names, skeletons: names.map(skeletonForm), text };
  });
  entriesCache.set(index, entries);
  return entries;
}

/**
 * 3 a whole name, 2 a name's start or a word's start, 1 inside a name, 0.75 a name's word by its
 * consonant skeleton, 0.5 in statement text.
 */
function score(entry: SearchEntry, query: string, skeleton: string): number {
  let best = 0;
  for (const name of entry.names) {
    if (name === query) return 3;
    if (name.startsWith(query) || name.includes(' ' + query)) best = Math.max(best, 2);
    else if (name.includes(query)) best = Math.max(best, 1);
  }
  if (best > 0) return best;
  // Short queries would match half the graph by skeleton: four letters typed, two kept at least.
  if (query.length >= 4 && skeleton.replace(/ /g, '').length >= 2)
    for (const name of entry.skeletons)
      if (name === skeleton || name.startsWith(skeleton) || name.includes(' ' + skeleton))
        return 0.75;
  return entry.text.includes(query) ? 0.5 : 0;
}

/**
 * Prepares `index` for searching (every name in matching form: 40 ms at 5,000 nodes), so the
 * first keystroke does not wait for it.
 */
export function prepareSearch(index: GraphIndex): void {
  entriesOf(index);
}

/** Keys of the nodes matching `query`, best first; empty for a blank query. */
export function searchNodes(index: GraphIndex, query: string): string[] {
  const q = matchForm(query);
  if (q === '') return [];
  const skeleton = skeletonForm(q);
  return entriesOf(index)
    .map((entry) => ({ key: entry.key, score: score(entry, q, skeleton) }))
    .filter((hit) => hit.score > 0)
    .sort((a, b) => b.score - a.score)
    .map((hit) => hit.key);
}
