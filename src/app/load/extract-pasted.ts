/**
 * Pasted article text → graph, in the browser: the same pipeline and graph builder as the
 * build-time preprocessing. Loaded on demand (the pipeline's lexicons are not small).
 */
import type { SerializedGraph } from 'graphology-types';
import { buildGraph } from '../../graph/build';
import { extractArticle } from '../../pipeline/index';

export function graphFromPastedText(text: string): SerializedGraph {
  if (text.trim() === '') throw new Error('extract: the text is empty (paste an Arabic article)');
  const result = extractArticle({ id: 'pasted', text });
  return buildGraph([result]).export();
}
