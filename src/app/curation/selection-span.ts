/**
 * Words the user selected in the article view → a span of the article's ORIGINAL text. Every
 * rendered piece carries `data-article` and `data-start`, and holds one text node, so a DOM
 * position maps back to an offset; spaces at either end are left out.
 */
import type { Span } from '../../graph/curation/index';

function offsetOf(node: Node | null, offset: number): { article: string; at: number } | null {
  const element = node?.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element | null);
  const piece = element?.closest<HTMLElement>('[data-start][data-article]');
  if (!piece) return null;
  const inside =
    node?.nodeType === Node.TEXT_NODE ? offset : offset > 0 ? (piece.textContent ?? '').length : 0;
  return { article: piece.dataset.article ?? '', at: Number(piece.dataset.start) + inside };
}

export function selectedSpan(
  selection: Selection | null,
  text: (article: string) => string,
): Span | null {
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const a = offsetOf(range.startContainer, range.startOffset);
  const b = offsetOf(range.endContainer, range.endOffset);
  if (!a || !b || a.article !== b.article) return null;
  return trimSpan(
    { article: a.article, start: Math.min(a.at, b.at), end: Math.max(a.at, b.at) },
    text(a.article),
  );
}

/** The span without spaces (and punctuation marks that hug words) at its ends; null if empty. */
export function trimSpan(span: Span, text: string): Span | null {
  let { start, end } = span;
  while (start < end && /[\s.,،:؛;!?؟"“”«»()]/.test(text[start] ?? '')) start++;
  while (end > start && /[\s.,،:؛;!?؟"“”«»()]/.test(text[end - 1] ?? '')) end--;
  return end > start ? { ...span, start, end } : null;
}
