/** The filter panel's options with their counts, from the graph (pure). */
import {
  labelOf,
  membersOf,
  nodesOfKind,
  speakers,
  statementsBy,
  type GraphIndex,
} from '../../graph/queries';
import { NODE_KINDS, type NodeKind } from '../../graph/types';

export interface FilterOption<K extends string = string> {
  key: K;
  label: string;
  count: number;
}

/** Delegations with their member count; two sides of one name say which article each is of. */
export function delegationOptions(index: GraphIndex): FilterOption[] {
  const options = nodesOfKind(index, 'delegation').map((key) => ({
    key,
    label: labelOf(index, key),
    count: membersOf(index, key).length,
  }));
  const seen = new Map<string, number>();
  for (const o of options) seen.set(o.label, (seen.get(o.label) ?? 0) + 1);
  for (const o of options) {
    if ((seen.get(o.label) ?? 0) < 2) continue;
    const article = index.nodes.get(o.key)?.mentions[0]?.article;
    const record = index.articles.find((a) => a.id === article);
    if (record) o.label = `${o.label} (${record.source || record.title || record.id})`;
  }
  return options.sort((a, b) => b.count - a.count);
}

/** Kinds present in the graph with their node count. */
export function kindOptions(index: GraphIndex): FilterOption<NodeKind>[] {
  return NODE_KINDS.map((kind) => ({
    key: kind,
    label: kind,
    count: nodesOfKind(index, kind).length,
  })).filter((option) => option.count > 0);
}

/** Articles (outlet — title) with their statement count, in workspace order. */
export function articleOptions(index: GraphIndex): FilterOption[] {
  const counts = new Map<string, number>();
  for (const attrs of index.nodes.values())
    if (attrs.kind === 'statement') counts.set(attrs.article, (counts.get(attrs.article) ?? 0) + 1);
  return index.articles.map((a) => ({
    key: a.id,
    label: [a.source, a.title || a.id].filter(Boolean).join(' — '),
    count: counts.get(a.id) ?? 0,
  }));
}

/** Outlets with their article count, most first (none when no article names its outlet). */
export function outletOptions(index: GraphIndex): FilterOption[] {
  const counts = new Map<string, number>();
  for (const a of index.articles) {
    const outlet = a.source?.trim();
    if (outlet) counts.set(outlet, (counts.get(outlet) ?? 0) + 1);
  }
  return [...counts]
    .map(([key, count]) => ({ key, label: key, count }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

/** Speakers with their statement count, most first. */
export function speakerOptions(index: GraphIndex): FilterOption[] {
  return speakers(index).map((key) => ({
    key,
    label: labelOf(index, key),
    count: statementsBy(index, key).length,
  }));
}
