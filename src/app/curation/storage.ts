/**
 * Edits kept in the browser (localStorage), per set of articles: keyed by the articles' ids and a
 * checksum of their texts, so they come back after a reload and are re-applied to the same
 * articles extracted again. Stored as a corrections file plus the edits that no longer applied
 * (kept, so a reload does not lose them silently). Storage that is full or off is ignored
 * here and the edits stay for the session.
 */
import type { SerializedGraph } from 'graphology-types';
import type { ArticleRecord } from '../../graph/types';
import {
  articleSetKey,
  parseCorrections,
  toCorrectionsFile,
  type Edit,
} from '../../graph/curation/index';

const PREFIX = 'isnad:edits:';

function articlesOf(graph: SerializedGraph): ArticleRecord[] {
  return (graph.attributes?.articles as ArticleRecord[] | undefined) ?? [];
}

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export function storageKey(graph: SerializedGraph): string {
  return PREFIX + articleSetKey(articlesOf(graph));
}

export interface StoredEdits {
  edits: Edit[];
  pending: Edit[];
}

export function readStoredEdits(graph: SerializedGraph): StoredEdits {
  const raw = storage()?.getItem(storageKey(graph));
  if (!raw) return { edits: [], pending: [] };
  try {
    const json = JSON.parse(raw) as { pending?: unknown };
    const file = parseCorrections(json);
    const pending = parseCorrections({ ...file, edits: json.pending ?? [] }).edits;
    return { edits: file.edits, pending };
  } catch {
    return { edits: [], pending: [] };
  }
}

export function writeStoredEdits(graph: SerializedGraph, stored: StoredEdits): void {
  const store = storage();
  if (!store) return;
  const key = storageKey(graph);
  try {
    if (stored.edits.length === 0 && stored.pending.length === 0) store.removeItem(key);
    else
      store.setItem(
        key,
        JSON.stringify({
          ...toCorrectionsFile(articlesOf(graph), stored.edits),
          pending: stored.pending,
        }),
      );
  } catch {
    // Full or refused: the edits stay in this session.
  }
}
