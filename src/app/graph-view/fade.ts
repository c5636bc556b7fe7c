/**
 * The fade around a selection: everything on the canvas outside what is lit drawn faint.
 *
 * Each element whose class changes is restyled by Cytoscape, 20–60 µs apiece in software
 * rendering, and a corpus of 5,000 nodes holds about 1,300 nodes and 7,400 edges on its canvas:
 * fading all of them took a second of frames after every click. So every node fades, a chunk
 * per frame, but an edge only once it is in view (with a margin): those in view now, the others
 * as panning or zooming brings them in (`fadeAllBut` again once the view settles). Unfading
 * takes every faded element, as few edges ever were.
 */
import type { Collection, Core, EdgeSingular } from 'cytoscape';
import { afterPaint } from './after-paint';

/** Elements whose fade changes per frame: restyling 5,700 at once was a 300 ms task. */
const FADE_CHUNK = 1500;

/**
 * Whether an edge is in view or near it: the box of its ends meets the view grown by `margin`
 * (a share of its size, half by default) each way. Every edge when the canvas has no size
 * (headless).
 */
export function edgeInView(cy: Core, margin = 0.5): (edge: EdgeSingular) => boolean {
  const { x1, y1, x2, y2, w, h } = cy.extent();
  if (!(w > 0 && h > 0) || !(cy.width() > 0)) return () => true;
  const [left, right] = [x1 - w * margin, x2 + w * margin];
  const [top, bottom] = [y1 - h * margin, y2 + h * margin];
  return (edge) => {
    const a = edge.source().position();
    const b = edge.target().position();
    return (
      Math.max(a.x, b.x) >= left &&
      Math.min(a.x, b.x) <= right &&
      Math.max(a.y, b.y) >= top &&
      Math.min(a.y, b.y) <= bottom
    );
  };
}

/**
 * Everything on the canvas outside `lit` faded (nothing when `lit` is null), touching only real
 * changes: nodes first, then the edges in view, a chunk per frame. Returns the cancel; a
 * cancelled fade leaves nothing stale, as the next one works from the classes as they are.
 */
export function fadeAllBut(cy: Core, lit: Collection | null): () => void {
  const unfade = lit ? lit.filter('.faded') : cy.elements('.faded');
  const near = edgeInView(cy);
  const fade = lit
    ? cy
        .elements()
        .not('.faded')
        .difference(lit)
        .filter((e) => e.isNode() || near(e as EdgeSingular))
    : cy.collection();
  // Nodes first: they read first, and there are fewer of them.
  const order = (c: Collection) => [...c.filter((e) => e.isNode()), ...c.filter((e) => e.isEdge())];
  const queue = [
    ...order(unfade).map((e) => [e, false] as const),
    ...order(fade).map((e) => [e, true] as const),
  ];
  let cancel = () => {};
  const next = () => {
    if (cy.destroyed()) return;
    const chunk = queue.splice(0, FADE_CHUNK);
    if (chunk.length > 0)
      cy.batch(() => {
        for (const [element, faded] of chunk) element.toggleClass('faded', faded);
      });
    if (queue.length > 0) cancel = afterPaint(next);
  };
  next();
  return () => cancel();
}
