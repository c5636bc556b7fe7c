/**
 * A workspace: the articles a user collected about one story, their extraction, the merged graph
 * and the view they left it in — everything IndexedDB keeps between visits.
 */
import type { SerializedGraph } from 'graphology-types';
import type { ExtractionResult } from '../../core/types';
import type { Edit } from '../../graph/curation/index';
import type { Display } from '../store/display-slice';
import type { Filters } from '../store/filters';
import type { Positions } from '../store/positions';
import type { BottomTab } from '../store/ui-slice';

/** What a user may know and edit about an article besides its text. */
export interface ArticleMeta {
  title: string;
  /** The outlet (site name). */
  source?: string;
  url?: string;
  /** Publication date, `YYYY-MM-DD` (or a full ISO timestamp). */
  date?: string;
  byline?: string;
}

/** An article read from a paste or a file, before extraction. */
export interface ArticleDraft extends ArticleMeta {
  text: string;
  /** The file it came from, for messages. */
  fileName?: string;
}

export interface StoredArticle extends ArticleDraft {
  /** Content hash (src/app/workspace/ids.ts): the same text is the same article everywhere. */
  id: string;
  workspaceId: string;
  addedAt: number;
  /** The pipeline's result; absent until extracted (the seed comes as a graph). */
  result?: ExtractionResult;
}

/**
 * The view a workspace is restored to: layout, filters, selection, search, tab, article, and how
 * the graph is drawn (folding, speakers expanded, size and colour measures).
 */
export interface SavedView {
  filters: Filters;
  selected: string | null;
  query: string;
  tab: BottomTab;
  positions: Positions | null;
  articleShown: string | null;
  /** Absent in views saved before it was kept: folding then follows the graph's size. */
  display?: Display;
}

export interface WorkspaceRecord {
  id: string;
  name: string;
  createdAt: number;
  updatedAt: number;
  /** Article ids in the order they were added (the graph's article order). */
  articleIds: string[];
  view: SavedView;
  /** The user's corrections (src/graph/curation), re-applied whenever the graph is shown. */
  edits?: StoredEdits;
}

/** Edits in order, and those that no longer applied (kept to retry, until dismissed). */
export interface StoredEdits {
  edits: Edit[];
  pending: Edit[];
}

/** The merged graph of a workspace, kept so a reload draws at once without re-extracting. */
export interface GraphRecord {
  workspaceId: string;
  graph: SerializedGraph;
}

/** A workspace as the switcher lists it. */
export interface WorkspaceSummary {
  id: string;
  name: string;
  articles: number;
  /** The article-set key (./ids.ts): a shared link names it. */
  set: string;
  updatedAt: number;
}
