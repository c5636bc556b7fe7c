/**
 * Which layout a graph gets: one article reads best in the built layout (two sides, each
 * speaker's statements fanned around them, src/graph/layout.ts); a corpus of several articles
 * in the community layout (src/graph/layout-corpus.ts), which scales to thousands of nodes.
 */
import type Graph from 'graphology';
import { applyLayout } from './layout.ts';
import { corpusLayout, type LayoutProgress } from './layout-corpus.ts';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../core/types.ts';

type IsnadGraph = Graph<NodeAttributes, EdgeAttributes, GraphAttributes>;

/** Past either of these, a graph is a corpus. */
const CORPUS_ARTICLES = 3;
const CORPUS_NODES = 400;

export function isCorpus(graph: IsnadGraph): boolean {
  const articles = graph.getAttribute('articles')?.length ?? 0;
  return articles >= CORPUS_ARTICLES || graph.order > CORPUS_NODES;
}

export function layoutGraph(graph: IsnadGraph, onProgress?: LayoutProgress): void {
  if (isCorpus(graph)) corpusLayout(graph, onProgress);
  else applyLayout(graph);
}
