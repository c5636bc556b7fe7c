/** Reads and checks a graph file before anything is written. */
import { readFileSync } from 'node:fs';
import type { SerializedGraph } from 'graphology-types';
import { graphFromSerialized } from '../graph/index';

export class InvalidGraphFile extends Error {}

/**
 * The file's graph as written (so a JSON export round-trips exactly), once the graph contract's
 * own reader (`graphFromSerialized`) has accepted it.
 */
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
  try {
    graphFromSerialized(data);
  } catch (error) {
    const reason = (error as Error).message.replace(/^graph: /, '').replace(/\s+/g, ' ');
    throw new InvalidGraphFile(`export: ${path} is not an Isnad graph file: ${reason}`);
  }
  return data as SerializedGraph;
}
