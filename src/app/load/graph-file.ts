/**
 * Reading a user's graph file in the browser: JSON, validated by the graph contract
 * (graphFromSerialized: depth, offsets against the article text, articles that exist, control
 * characters cleaned), laid out when it carries no positions or absurd ones. Run in a worker
 * (./graph-file.worker.ts): a 20 MB file takes seconds to check and lay out, and the page keeps
 * answering meanwhile; none of it weighs on the first page load.
 */
import type { SerializedGraph } from 'graphology-types';
import { layoutGraph } from '../../graph/layout-choice';
import { graphFromSerialized, GraphFileError, parseGraphJson } from '../../graph/serialize';
import { hasPositions } from '../graph-view/elements';
import { LoadProblem } from './load-problem';

/** Beyond this, in layout units, a position is off any sane canvas (1e308 drew nothing). */
const MAX_COORDINATE = 1e6;

export function parseGraphFile(
  name: string,
  text: string,
  onLayout: (done: number) => void = () => {},
): SerializedGraph {
  let graph;
  try {
    graph = graphFromSerialized(parseGraphJson(text));
  } catch (error) {
    if (!(error instanceof GraphFileError)) throw error;
    throw new LoadProblem(`load_${error.problem}`, {
      name,
      where: error.where,
      detail: error.detail,
    });
  }
  const serialized = graph.export();
  if (hasPositions(serialized) && saneRange(serialized)) return serialized;
  onLayout(0);
  layoutGraph(graph, (done) => onLayout(done));
  return graph.export();
}

function saneRange(graph: SerializedGraph): boolean {
  return graph.nodes.every(({ attributes }) => {
    const { x, y } = (attributes ?? {}) as { x?: unknown; y?: unknown };
    const ok = (v: unknown) =>
      v === undefined || (typeof v === 'number' && Math.abs(v) <= MAX_COORDINATE);
    return ok(x) && ok(y);
  });
}
