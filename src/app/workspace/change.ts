/**
 * Workspace changes as pure functions: new records, which drafts are new, metadata edits on the
 * graph, and a saved view made safe for the graph it is shown on.
 */
import type { SerializedGraph } from 'graphology-types';
import type { ArticleRecord } from '../../core/types';
import { keepKnownSpeakers } from '../fold/expanded';
import { emptyFilters, keepKnown } from '../store/filters';
import { articleIdFor } from './ids';
import { InputProblem } from './problems';
import type { ArticleDraft, ArticleMeta, SavedView, WorkspaceRecord } from './types';

export function emptyView(): SavedView {
  return {
    filters: emptyFilters(),
    selected: null,
    query: '',
    tab: 'statements',
    positions: null,
    articleShown: null,
  };
}

export function newWorkspace(id: string, name: string, now: number): WorkspaceRecord {
  return { id, name, createdAt: now, updatedAt: now, articleIds: [], view: emptyView() };
}

/** Drafts with their ids; one already in the workspace (or twice in the batch) is a problem. */
export function newDrafts(
  have: readonly string[],
  drafts: readonly ArticleDraft[],
): { fresh: (ArticleDraft & { id: string })[]; problems: InputProblem[] } {
  const seen = new Set(have);
  const fresh: (ArticleDraft & { id: string })[] = [];
  const problems: InputProblem[] = [];
  for (const draft of drafts) {
    const id = articleIdFor(draft.text);
    if (seen.has(id)) problems.push(new InputProblem('duplicate', draft.fileName ?? draft.title));
    else {
      seen.add(id);
      fresh.push({ ...draft, id });
    }
  }
  return { fresh, problems };
}

/** The metadata fields of an article record, empty ones left out. */
export function metaFields(meta: Partial<ArticleMeta>): Partial<ArticleRecord> {
  const out: Partial<ArticleRecord> = {};
  for (const field of ['title', 'source', 'url', 'date', 'byline'] as const) {
    const value = meta[field]?.trim();
    if (value) out[field] = value;
  }
  return out;
}

/** A copy without the optional metadata fields (they are set again from an edit). */
export function withoutMeta<T extends Partial<ArticleRecord>>(record: T): T {
  const copy = { ...record };
  delete copy.source;
  delete copy.url;
  delete copy.date;
  delete copy.byline;
  return copy;
}

/** The graph with one article's metadata replaced (nodes untouched: no re-layout). */
export function withArticleMeta(
  graph: SerializedGraph,
  id: string,
  meta: ArticleMeta,
): SerializedGraph {
  const articles = (graph.attributes?.articles ?? []) as ArticleRecord[];
  return {
    ...graph,
    attributes: {
      ...graph.attributes,
      articles: articles.map((a) => {
        if (a.id !== id) return a;
        return { ...withoutMeta(a), ...metaFields(meta), title: meta.title.trim() || a.title };
      }),
    },
  };
}

/**
 * A saved view with what the graph does not have dropped (keys, articles, outlets, positions,
 * speakers expanded).
 */
export function viewForGraph(view: SavedView, graph: SerializedGraph): SavedView {
  const nodes = new Set(graph.nodes.map((n) => n.key));
  const articles = (graph.attributes?.articles ?? []) as ArticleRecord[];
  const ids = new Set(articles.map((a) => a.id));
  const outlets = new Set(articles.map((a) => a.source?.trim() ?? ''));
  const positions = view.positions
    ? Object.fromEntries(Object.entries(view.positions).filter(([key]) => nodes.has(key)))
    : null;
  return {
    ...view,
    filters: keepKnown(
      { ...emptyFilters(), ...view.filters },
      (key) => nodes.has(key),
      (id) => ids.has(id),
      (outlet) => outlets.has(outlet),
    ),
    selected: view.selected && nodes.has(view.selected) ? view.selected : null,
    positions: positions && Object.keys(positions).length > 0 ? positions : null,
    articleShown: view.articleShown && ids.has(view.articleShown) ? view.articleShown : null,
    ...(view.display
      ? {
          display: {
            ...view.display,
            expanded: keepKnownSpeakers(view.display.expanded, (key) => nodes.has(key)),
          },
        }
      : {}),
  };
}
