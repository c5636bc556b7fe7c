/**
 * The order a graph reaches the canvas in (pure, over element definitions).
 *
 * Why: Cytoscape styles every element it holds before its first frame (a node costs it about
 * 0.3 ms, an edge 0.05), and a node's first style also touches each edge it already has. Created
 * whole, a 5,000-node corpus blocked the page for two tasks of about 3 s each. So a large graph's
 * instance is created with its FIRST_NODES most connected nodes — a first picture with the names
 * that matter — then gets the other nodes drawn and the edges drawn, a chunk per frame (nodes
 * before their edges also spares each node's first style its edges). What is folded away never
 * goes on the canvas until it unfolds (./fold-pool.ts), whatever the graph's size.
 */
import type { ElementDefinition } from 'cytoscape';

/** Up to this many elements drawn, a graph is created whole: one task is short enough. */
export const CREATE_WHOLE_UP_TO = 2000;
/** A large graph's first picture: its most connected nodes. */
export const FIRST_NODES = 300;

export interface DrawOrder {
  /** What the instance is created with: all that is drawn, or a large graph's main nodes. */
  first: ElementDefinition[];
  /** Then the other nodes drawn, most connected first, and the edges drawn: a frame each chunk. */
  drawn: ElementDefinition[];
  /** Folded away (statements, then their edges): kept beside the canvas until unfolded. */
  folded: ElementDefinition[];
}

/** Folded away (toElements' `collapsed` class): not drawn until a speaker unfolds. */
const isFolded = (element: ElementDefinition) =>
  (element.classes ?? '').toString().split(' ').includes('collapsed');

export function drawOrder(
  elements: ElementDefinition[],
  wholeUpTo = CREATE_WHOLE_UP_TO,
): DrawOrder {
  const nodes: ElementDefinition[] = [];
  const edges: ElementDefinition[] = [];
  const foldedNodes: ElementDefinition[] = [];
  const foldedEdges: ElementDefinition[] = [];
  for (const element of elements) {
    const edge = element.group === 'edges';
    if (isFolded(element)) (edge ? foldedEdges : foldedNodes).push(element);
    else (edge ? edges : nodes).push(element);
  }
  const folded = [...foldedNodes, ...foldedEdges];
  if (nodes.length + edges.length <= wholeUpTo)
    return { first: [...nodes, ...edges], drawn: [], folded };
  const byDegree = [...nodes].sort((a, b) => Number(b.data.degree) - Number(a.data.degree));
  return {
    first: byDegree.slice(0, FIRST_NODES),
    drawn: [...byDegree.slice(FIRST_NODES), ...edges],
    folded,
  };
}
