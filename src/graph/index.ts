/**
 * The graph model's public API: build from extraction results, read back serialized graphs.
 */
export { buildGraph, createGraph, GENERATOR, type IsnadGraph } from './build.ts';
export { applyLayout } from './layout.ts';
export { corpusLayout } from './layout-corpus.ts';
export { layoutGraph } from './layout-choice.ts';
export {
  graphFromSerialized,
  GraphFileError,
  GRAPH_PROBLEMS,
  MAX_GRAPH_BYTES,
  MAX_GRAPH_DEPTH,
  parseGraphJson,
  type GraphProblem,
} from './serialize.ts';
export * from '../core/types.ts';
