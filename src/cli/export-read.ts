/** Reads and checks a graph file before anything is written. */
import { readFileSync, statSync } from 'node:fs';
import type { SerializedGraph } from 'graphology-types';
import {
  graphFromSerialized,
  GraphFileError,
  MAX_GRAPH_BYTES,
  parseGraphJson,
} from '../graph/index';
import { checkInputFile, UserError } from './files';

export class InvalidGraphFile extends UserError {}

/**
 * The file's graph as written (so a JSON export round-trips exactly, control characters in
 * strings cleaned), once the graph contract's own reader (`graphFromSerialized`) has accepted it.
 */
export function readGraphFile(path: string): SerializedGraph {
  checkInputFile('export', path);
  const bytes = statSync(path).size;
  if (bytes > MAX_GRAPH_BYTES)
    throw new InvalidGraphFile(
      `export: ${path}: ${(bytes / 1024 / 1024).toFixed(0)} MB is over the ${MAX_GRAPH_BYTES / 1024 / 1024} MB limit for graph files`,
    );
  const text = readFileSync(path, 'utf8');
  try {
    const data = parseGraphJson(text);
    graphFromSerialized(data);
    return data as SerializedGraph;
  } catch (error) {
    if (!(error instanceof GraphFileError)) throw error;
    if (error.problem === 'notJson')
      throw new InvalidGraphFile(`export: ${path} is not JSON (expected an Isnad graph file)`);
    const reason = error.message.replace(/^graph: /, '').replace(/\s+/g, ' ');
    throw new InvalidGraphFile(`export: ${path} is not an Isnad graph file: ${reason}`);
  }
}
