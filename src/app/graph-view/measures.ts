/**
 * Size and colour by measure, as Gephi Lite offers them (pure, over the graph index): node size
 * by degree or by statements said; colour by kind (the legend's), by article (the one that first
 * names a node), by that article's outlet, or by delegation (a person's, a statement's speaker's).
 */
import { delegationsOf, speakerOf, statementsBy, type GraphIndex } from '../../graph/queries';
import { nodeSize } from '../../graph/layout-boxes';
import type { ColorMeasure, SizeMeasure } from '../store/display-slice';

/** Ten colours told apart by most eyes (Tableau 10), then grey for "none". */
export const CATEGORY_COLORS = [
  '#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f',
  '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac',
] as const; // prettier-ignore
export const NO_CATEGORY = '#cbd5e1';

export function sizeOf(index: GraphIndex, key: string, kind: string, by: SizeMeasure): number {
  if (by === 'said' && kind !== 'statement')
    return nodeSize(kind, 4 * statementsBy(index, key).length);
  const degree = (index.outEdges.get(key)?.length ?? 0) + (index.inEdges.get(key)?.length ?? 0);
  return nodeSize(kind, degree);
}

export interface Category {
  key: string;
  color: string;
}

/** The category a node falls in under a colour measure (null: drawn by kind). */
export function categoryOf(index: GraphIndex, key: string, by: ColorMeasure): string | null {
  const attrs = index.nodes.get(key);
  if (!attrs || by === 'kind') return null;
  if (by === 'article' || by === 'outlet') {
    const article = attrs.kind === 'statement' ? attrs.article : attrs.mentions?.[0]?.article;
    if (!article || by === 'article') return article ?? null;
    return outletOf(index, article);
  }
  if (attrs.kind === 'delegation') return key;
  const person = attrs.kind === 'statement' ? speakerOf(index, key) : key;
  if (!person) return null;
  if (index.nodes.get(person)?.kind === 'delegation') return person;
  return delegationsOf(index, person)[0] ?? null;
}

/** An article's outlet (site name), or null when it has none. */
function outletOf(index: GraphIndex, article: string): string | null {
  return index.articles.find((a) => a.id === article)?.source?.trim() || null;
}

/**
 * Categories in a stable order (articles as listed, outlets by their first article, delegations
 * by key), with their colours.
 */
export function categories(index: GraphIndex, by: ColorMeasure): Category[] {
  const keys =
    by === 'article'
      ? index.articles.map((a) => a.id)
      : by === 'outlet'
        ? [...new Set(index.articles.map((a) => a.source?.trim() ?? '').filter(Boolean))]
        : by === 'delegation'
          ? [...index.nodes].filter(([, a]) => a.kind === 'delegation').map(([k]) => k)
          : [];
  return keys.map((key, i) => ({
    key,
    color: i < CATEGORY_COLORS.length ? CATEGORY_COLORS[i]! : NO_CATEGORY,
  }));
}
