import type { GraphIndex } from '../../graph/queries';
import { isStatement } from '../../graph/types';
import type { Highlight } from './segments';

/** Every mention of a node in one article, and every statement's span, as highlights. */
export function articleHighlights(index: GraphIndex, articleId: string): Highlight[] {
  const highlights: Highlight[] = [];
  for (const [key, attrs] of index.nodes) {
    if (isStatement(attrs)) {
      if (attrs.article === articleId)
        highlights.push({ key, start: attrs.start, end: attrs.end, kind: attrs.kind });
      continue;
    }
    for (const m of attrs.mentions ?? [])
      if (m.article === articleId)
        highlights.push({ key, start: m.start, end: m.end, kind: attrs.kind });
  }
  return highlights;
}

const SENTENCE_END = /[.!?؟\n]/;

/** The sentence around a span: from after the previous sentence end to the next one, inclusive. */
export function sentenceAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && !SENTENCE_END.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && !SENTENCE_END.test(text[to]!)) to++;
  if (to < text.length && text[to] !== '\n') to++;
  return text.slice(from, to).trim();
}

/** The first sentence of a text, whole (up to its end mark); the text itself when it has one. */
export function firstSentence(text: string): string {
  const trimmed = text.trim();
  const end = trimmed.search(/[.!?؟](\s|$)/);
  return end < 0 ? trimmed : trimmed.slice(0, end + 1);
}
