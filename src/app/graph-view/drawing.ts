/**
 * Adds the rest of a large graph to a live instance in chunks (./draw-order.ts says in what
 * order), yielding between them so the page keeps answering while it is drawn. Each chunk is
 * sized to a time budget from the last one's cost, and styled in its own task: left to
 * Cytoscape, the styling would run inside the next frame, on top of redrawing everything.
 *
 * - Edges drawn: a chunk per frame, so the picture fills in as they arrive.
 * - Folded elements: not drawn, so the renderer is not told of them (Cytoscape's
 *   `noNotifications`) — told, it re-sorted every element by z-order and redrew the whole graph
 *   after every chunk, most of the time spent. The last chunk goes in as usual, which has the
 *   renderer take in every element once.
 *
 * The instance says whether it holds every element (`isDrawn`, `whenDrawn`, ./use-drawn.ts), so
 * whatever reads all of it — controllers, exports, re-arrange — waits for it or runs again.
 */
import type { Collection, Core, ElementDefinition } from 'cytoscape';
import type { DrawOrder } from './draw-order';

/**
 * Instances holding every element. Not Cytoscape's scratch: setting the core's scratch restyles
 * every element (600 ms at 5,000 nodes).
 */
const drawnInstances = new WeakSet<Core>();
/** Emitted on the instance once it holds every element. */
export const DRAWN_EVENT = 'isnaddrawn';

/** A chunk's own task aims at this, in ms: short enough for a key press to be answered. */
const BUDGET_MS = 40;
const FIRST_CHUNK = 250;
const MIN_CHUNK = 50;
const MAX_CHUNK = 4000;

/** True once every element of the graph is on the instance. */
export function isDrawn(cy: Core): boolean {
  return drawnInstances.has(cy);
}

/** Resolves once every element is on the instance (at once for a graph created whole). */
export function whenDrawn(cy: Core): Promise<void> {
  if (isDrawn(cy) || cy.destroyed()) return Promise.resolve();
  return new Promise((resolve) => cy.one(DRAWN_EVENT, () => resolve()));
}

function markDrawn(cy: Core): void {
  drawnInstances.add(cy);
  cy.emit(DRAWN_EVENT);
}

/** Cytoscape's core switch for renderer notifications (in the library, not in its typings). */
type QuietCore = Core & { noNotifications?: (work: () => void) => void };

/** Adds and styles `chunk`; with `quiet`, without telling the renderer (when it can). */
function addStyled(cy: Core, chunk: ElementDefinition[], quiet: boolean): void {
  const work = () => {
    const added: Collection = cy.add(chunk);
    // Styled here, in this task: Cytoscape would otherwise style them inside its next frame.
    added.forEach((element) => void element.style('display'));
  };
  const silence = (cy as QuietCore).noNotifications;
  if (quiet && typeof silence === 'function') silence.call(cy, work);
  else work();
}

/** Runs `work` in a task once the next frame has painted. */
function afterPaint(work: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(work, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/** Runs `work` in a task of its own, soon. */
function soon(work: () => void): () => void {
  const timer = setTimeout(work, 0);
  return () => clearTimeout(timer);
}

/**
 * Adds the edges drawn, then the folded elements, to `cy` in chunks, starting after the frame
 * showing what it holds now; reports how many are on it after each chunk. Returns the cancel
 * (for an instance being destroyed).
 */
export function drawRest(
  cy: Core,
  { drawn, folded }: Pick<DrawOrder, 'drawn' | 'folded'>,
  onProgress: (added: number, total: number) => void = () => {},
): () => void {
  const rest = [...drawn, ...folded];
  if (rest.length === 0) {
    markDrawn(cy);
    return () => {};
  }
  let at = 0;
  const size = { drawn: FIRST_CHUNK, folded: FIRST_CHUNK };
  let cancel = afterPaint(step);
  function step() {
    if (cy.destroyed()) return;
    const phase = at < drawn.length ? 'drawn' : 'folded';
    const end = Math.min(phase === 'drawn' ? drawn.length : rest.length, at + size[phase]);
    const start = performance.now();
    addStyled(cy, rest.slice(at, end), phase === 'folded' && end < rest.length);
    const spent = performance.now() - start;
    size[phase] = Math.round(
      Math.min(MAX_CHUNK, Math.max(MIN_CHUNK, size[phase] * growth(BUDGET_MS / spent))),
    );
    at = end;
    onProgress(at, rest.length);
    if (at >= rest.length) markDrawn(cy);
    else cancel = (at < drawn.length ? afterPaint : soon)(step);
  }
  return () => cancel();
}

/** Grow or shrink by at most a factor of two per chunk: one slow chunk (a GC) is no trend. */
const growth = (factor: number) => Math.min(2, Math.max(0.5, Number.isFinite(factor) ? factor : 2));
