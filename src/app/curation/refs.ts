/** How the app names what it edits: an entity by key, label and first mention; a statement by its span. */
import type { GraphIndex } from '../../graph/queries';
import type { EntityRef, Span } from '../../graph/curation/index';
import { isStatement, type StatementNodeAttributes } from '../../graph/types';

export function entityRef(index: GraphIndex, key: string): EntityRef {
  const attrs = index.nodes.get(key);
  const first = attrs && !isStatement(attrs) ? attrs.mentions[0] : undefined;
  return {
    key,
    label: attrs?.label ?? key,
    ...(first ? { at: { article: first.article, start: first.start, end: first.end } } : {}),
  };
}

export function statementSpan(attrs: StatementNodeAttributes): Span {
  return { article: attrs.article, start: attrs.start, end: attrs.end };
}

/** Entities (not statements), by kind then label in Arabic order: what pickers list. */
export function entityChoices(index: GraphIndex): { key: string; label: string; kind: string }[] {
  const collator = new Intl.Collator('ar');
  return [...index.nodes]
    .filter(([, a]) => !isStatement(a))
    .map(([key, a]) => ({ key, label: a.label, kind: a.kind }))
    .sort((a, b) => a.kind.localeCompare(b.kind) || collator.compare(a.label, b.label));
}
