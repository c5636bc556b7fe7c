/**
 * Node names in the interface language: in English, the lexicon's English name where one is
 * known (`labelEn`); otherwise, and always in Arabic, the name as written in the article.
 * Statements have no English text: their label stays as said.
 */
import type { GraphIndex } from '../../graph/queries';
import type { Lang } from './messages';

export interface Named {
  label?: unknown;
  labelEn?: unknown;
  kind?: unknown;
}

export function nameIn(lang: Lang, attrs: Named | undefined, fallback = ''): string {
  if (!attrs) return fallback;
  const label = typeof attrs.label === 'string' ? attrs.label : fallback;
  if (lang === 'en' && typeof attrs.labelEn === 'string' && attrs.labelEn.trim() !== '')
    return attrs.labelEn;
  return label;
}

/** A node's name by key, in the interface language. */
export function nodeName(index: GraphIndex, key: string, lang: Lang): string {
  return nameIn(lang, index.nodes.get(key), key);
}

/** The other language's name when it differs (the Arabic beside an English name). */
export function otherName(lang: Lang, attrs: Named | undefined): string | null {
  if (!attrs || typeof attrs.label !== 'string') return null;
  const shown = nameIn(lang, attrs);
  if (shown !== attrs.label) return attrs.label;
  return null;
}

/**
 * Arabic embedded in a left-to-right sentence, isolated (FSI … PDI) so its neutral characters —
 * quote marks, brackets, a trailing ellipsis — stay with it instead of jumping across.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}
