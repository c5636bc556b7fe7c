/** Reads and checks a graph file before anything is written. */
import { readFileSync } from 'node:fs';
import Graph from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import { SCHEMA_VERSION } from '../graph/types';

export class InvalidGraphFile extends Error {}

export function readGraphFile(path: string): SerializedGraph {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new InvalidGraphFile(`export: cannot read ${path} (${(error as Error).message})`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new InvalidGraphFile(`export: ${path} is not JSON (expected an Isnad graph file)`);
  }
  const problem = graphProblem(data);
  if (problem) throw new InvalidGraphFile(`export: ${path} is not an Isnad graph file: ${problem}`);
  return data as SerializedGraph;
}

/** The first thing wrong with a would-be graph, or null. */
export function graphProblem(data: unknown): string | null {
  if (typeof data !== 'object' || data === null) return 'expected an object';
  const graph = data as Partial<SerializedGraph>;
  if (!Array.isArray(graph.nodes) || !Array.isArray(graph.edges))
    return 'expected "nodes" and "edges" arrays (graphology serialization)';
  const version = (graph.attributes as { schemaVersion?: unknown } | undefined)?.schemaVersion;
  if (version !== SCHEMA_VERSION)
    return `expected attributes.schemaVersion ${SCHEMA_VERSION}, found ${JSON.stringify(version)}`;
  try {
    Graph.from(graph as SerializedGraph); // duplicate keys, edges to missing nodes
  } catch (error) {
    return (error as Error).message;
  }
  return null;
}
