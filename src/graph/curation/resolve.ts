/**
 * Finding what an edit names in a graph that may have been extracted again: an entity by its
 * key, else by the mention it was anchored to; a statement by its exact offsets, else by the one
 * statement of that article that covers most of the same words (a newer extractor may move a
 * boundary by a word).
 */
import type { StatementNodeAttributes } from '../../core/types.ts';
import type { Draft } from './draft.ts';
import type { EntityRef, Failure, Span } from './types.ts';

export type Found<T> = { ok: true; value: T } | { ok: false; failure: Failure };

export function spanText(span: Span): string {
  return `${span.article} ${span.start}–${span.end}`;
}

export function findEntity(draft: Draft, ref: EntityRef): Found<string> {
  const own = draft.attrs(ref.key);
  if (own && own.kind !== 'statement') return { ok: true, value: ref.key };
  const at = ref.at;
  if (at) {
    for (const [key, attrs] of draft.entries()) {
      if (attrs.kind === 'statement') continue;
      if (attrs.mentions.some((m) => sameSpan(m, at))) return { ok: true, value: key };
    }
  }
  return { ok: false, failure: { code: 'entity-missing', what: ref.label } };
}

export function findStatement(
  draft: Draft,
  span: Span,
): Found<{ key: string; attrs: StatementNodeAttributes }> {
  const overlapping: { key: string; attrs: StatementNodeAttributes; share: number }[] = [];
  for (const [key, attrs] of draft.entries()) {
    if (attrs.kind !== 'statement' || attrs.article !== span.article) continue;
    if (attrs.start === span.start && attrs.end === span.end)
      return { ok: true, value: { key, attrs } };
    const shared = Math.min(attrs.end, span.end) - Math.max(attrs.start, span.start);
    const longer = Math.max(attrs.end - attrs.start, span.end - span.start);
    if (shared > 0) overlapping.push({ key, attrs, share: shared / longer });
  }
  const close = overlapping.filter((o) => o.share > 0.5);
  if (close.length === 1) return { ok: true, value: close[0]! };
  return { ok: false, failure: { code: 'statement-missing', what: spanText(span) } };
}

export function sameSpan(a: Span, b: Span): boolean {
  return a.article === b.article && a.start === b.start && a.end === b.end;
}

/** The article's words at a span, or a failure when the span is not inside it or only spaces. */
export function wordsAt(draft: Draft, span: Span): Found<string> {
  const article = draft.articles.find((a) => a.id === span.article);
  const valid =
    article &&
    Number.isInteger(span.start) &&
    Number.isInteger(span.end) &&
    span.start >= 0 &&
    span.start < span.end &&
    span.end <= article.text.length;
  const text = valid ? article.text.slice(span.start, span.end) : '';
  if (text.trim() === '')
    return { ok: false, failure: { code: 'span-invalid', what: spanText(span) } };
  return { ok: true, value: text };
}
