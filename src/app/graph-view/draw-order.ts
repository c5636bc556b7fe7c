/**
 * The order a large graph reaches the canvas in (pure, over element definitions).
 *
 * Why: Cytoscape styles every element it holds before its first frame, drawn or not, and a
 * node's first style also touches each edge it already has. Created whole, a 5,000-node corpus
 * blocked the page for two tasks of about 3 s each. So the instance is created with the nodes
 * drawn — a first picture with every name — then gets the edges drawn, a chunk per frame, then
 * the folded statements and their edges (nodes always before their edges, which also spares each
 * node's first style its edges). Small graphs are created whole.
 */
import type { ElementDefinition } from 'cytoscape';

/** Up to this many elements, a graph is created whole: one task is short enough. */
export const CREATE_WHOLE_UP_TO = 2000;

export interface DrawOrder {
  /** What the instance is created with: the nodes drawn. */
  first: ElementDefinition[];
  /** Then the edges drawn: a frame shows each chunk. */
  drawn: ElementDefinition[];
  /** Then what is folded away (statements, then their edges): not drawn until unfolded. */
  folded: ElementDefinition[];
}

/** Folded away (style.ts `.collapsed`): not drawn until a speaker unfolds. */
const isFolded = (element: ElementDefinition) =>
  (element.classes ?? '').toString().split(' ').includes('collapsed');

export function drawOrder(
  elements: ElementDefinition[],
  wholeUpTo = CREATE_WHOLE_UP_TO,
): DrawOrder {
  if (elements.length <= wholeUpTo) return { first: elements, drawn: [], folded: [] };
  const first: ElementDefinition[] = [];
  const drawn: ElementDefinition[] = [];
  const foldedNodes: ElementDefinition[] = [];
  const foldedEdges: ElementDefinition[] = [];
  for (const element of elements) {
    const edge = element.group === 'edges';
    if (isFolded(element)) (edge ? foldedEdges : foldedNodes).push(element);
    else (edge ? drawn : first).push(element);
  }
  return { first, drawn, folded: [...foldedNodes, ...foldedEdges] };
}
