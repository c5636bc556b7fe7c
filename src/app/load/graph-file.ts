/**
 * Reading a user's graph file in the browser: JSON, validated by the graph contract
 * (graphFromSerialized), laid out when it carries no positions. Loaded on demand, with
 * graphology and the validator, so none of it weighs on the first page load.
 */
import type { SerializedGraph } from 'graphology-types';
import { layoutGraph } from '../../graph/layout-choice';
import { graphFromSerialized } from '../../graph/serialize';
import { hasPositions } from '../graph-view/elements';

const MAX_BYTES = 50 * 1024 * 1024;

export function parseGraphFile(name: string, text: string): SerializedGraph {
  if (text.length > MAX_BYTES)
    throw new Error(`${name}: the file is larger than 50 MB (expected an Isnad graph.json)`);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`${name}: not valid JSON (${(error as Error).message})`, { cause: error });
  }
  let graph;
  try {
    graph = graphFromSerialized(json);
  } catch (error) {
    throw new Error(`${name}: ${(error as Error).message}`, { cause: error });
  }
  if (!hasPositions(graph.export())) layoutGraph(graph);
  return graph.export();
}
