/**
 * Adds the edges of a large graph to a live instance in chunks, one per frame, so the page keeps
 * answering while they arrive and the picture fills in (./draw-order.ts says what comes first).
 * Each chunk is sized to a time budget from the last one's cost, and styled in its own task:
 * left to Cytoscape, the styling would run inside the next frame, on top of the redraw. Chunks
 * are measured in work, not elements: a node costs about four edges (0.25 against 0.06 ms at
 * 5,000 nodes), so the edges after the nodes come in a few large chunks, not in a run of
 * doublings — each chunk is a frame that redraws everything drawn so far (100–150 ms at the end).
 *
 * The instance says whether it holds every element drawn (`isDrawn`, `whenDrawn`,
 * ./use-drawn.ts), so whatever works on all of it — controllers, exports, re-arrange — waits
 * for it or runs again.
 */
import type { Core, ElementDefinition } from 'cytoscape';
import { afterPaint } from './after-paint';

/**
 * Instances holding every element drawn. Not Cytoscape's scratch: setting the core's scratch
 * restyles every element (a 590 ms task at 5,000 nodes).
 */
const drawnInstances = new WeakSet<Core>();
/** Emitted on the instance once it holds every element drawn. */
export const DRAWN_EVENT = 'isnaddrawn';

/** A chunk's own task aims at this, in ms: short enough for a key press to be answered. */
const BUDGET_MS = 40;
/** In units of work: an edge is one, a node NODE_WORK. */
const NODE_WORK = 4;
const FIRST_CHUNK = 250 * NODE_WORK;
const MIN_CHUNK = 50;
/**
 * At most 1,200 edges (300 nodes) a chunk whatever the budget says: the frame after a chunk
 * computes its edges' curves and draws them, and one of 1,500 edges made a 0.7 s frame.
 */
const MAX_CHUNK = 1200;

const workOf = (element: ElementDefinition) => (element.group === 'edges' ? 1 : NODE_WORK);

export function isDrawn(cy: Core): boolean {
  return drawnInstances.has(cy);
}

/** Resolves once every element drawn is on the instance (at once for a graph created whole). */
export function whenDrawn(cy: Core): Promise<void> {
  if (isDrawn(cy) || cy.destroyed()) return Promise.resolve();
  return new Promise((resolve) => cy.one(DRAWN_EVENT, () => resolve()));
}

function markDrawn(cy: Core): void {
  drawnInstances.add(cy);
  cy.emit(DRAWN_EVENT);
}

/**
 * Adds `rest` to `cy` a chunk per frame, starting after the frame that shows what it holds now;
 * reports how many are on it after each chunk. Returns the cancel (the instance is going).
 */
export function drawRest(
  cy: Core,
  rest: ElementDefinition[],
  onProgress: (added: number, total: number) => void = () => {},
): () => void {
  if (rest.length === 0) {
    markDrawn(cy);
    return () => {};
  }
  let at = 0;
  let size = FIRST_CHUNK;
  let cancel = afterPaint(step);
  function step() {
    if (cy.destroyed()) return;
    const start = performance.now();
    let end = at;
    for (let work = 0; end < rest.length && work < size; end++) work += workOf(rest[end]!);
    const chunk = rest.slice(at, end);
    // Styled here, in this task: Cytoscape would otherwise style them inside its next frame.
    cy.add(chunk).forEach((element) => void element.style('display'));
    at += chunk.length;
    const spent = performance.now() - start;
    size = Math.round(Math.min(MAX_CHUNK, Math.max(MIN_CHUNK, size * growth(BUDGET_MS / spent))));
    onProgress(at, rest.length);
    if (at >= rest.length) markDrawn(cy);
    else cancel = afterPaint(step);
  }
  return () => cancel();
}

/** Grow or shrink by at most a factor of two per chunk: one slow chunk (a GC) is no trend. */
const growth = (factor: number) => Math.min(2, Math.max(0.5, Number.isFinite(factor) ? factor : 2));
