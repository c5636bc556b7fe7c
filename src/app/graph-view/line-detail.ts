/**
 * Dotted and dashed edges are drawn solid when zoomed out too far for their pattern to show, and
 * every edge plain when its arrowhead would be too small to see.
 *
 * Why: a canvas strokes a dotted line as one segment per dot, in the graph's own units — a
 * `mentions` edge 10,000 px long is 5,000 dots however small it is drawn. At a 5,000-node
 * corpus's fitted zoom (0.02) the dotted `mentions` and `about` edges made one frame take
 * 15–35 s; solid, 0.5 s. Far out the dots are finer than a pixel and read as a lighter solid
 * line anyway, which is what the `solid` class draws (style.ts); close enough to see them, the
 * pattern comes back and only the edges in view are stroked.
 */
import type { Core, EdgeCollection, EventObject } from 'cytoscape';

/** Below this zoom a dotted line's 1 px dots (2 px period) merge on screen. */
export const DOTTED_SOLID_BELOW = 1;
/** Below this zoom a dashed line's 6 + 3 px dashes are under 3 px apart. */
export const DASHED_SOLID_BELOW = 0.3;

/** Edge kinds whose line is dotted or dashed (src/graph/export/palette.ts), and the summary. */
const DOTTED = 'edge[kind = "mentions"], edge.summary';
const DASHED =
  'edge[kind = "member_of"], edge[kind = "located_in"], edge[kind = "affiliated_with"]';

/**
 * 0: every pattern drawn; 1: dotted lines solid; 2: dotted and dashed lines solid, and every edge
 * `far`: a straight line without arrowheads (under 2 px there), which spares Cytoscape the
 * curves of parallel edges (load 7 → 5 s, dragging 30 → 50 fps at 5,000 nodes).
 */
export type LineDetail = 0 | 1 | 2;

export function lineDetailAt(zoom: number): LineDetail {
  if (zoom < DASHED_SOLID_BELOW) return 2;
  return zoom < DOTTED_SOLID_BELOW ? 1 : 0;
}

function apply(edges: EdgeCollection, detail: LineDetail): void {
  const dotted = edges.filter(DOTTED);
  const dashed = edges.filter(DASHED);
  const solid = detail === 0 ? null : detail === 1 ? dotted : dotted.union(dashed);
  const drawn = detail === 0 ? dotted.union(dashed) : detail === 1 ? dashed : null;
  solid?.not('.solid').addClass('solid');
  drawn?.filter('.solid').removeClass('solid');
  if (detail === 2) edges.not('.far').addClass('far');
  else edges.filter('.far').removeClass('far');
}

/**
 * Edges drawn again (a folded statement's, as it unfolds) get the classes for the current zoom:
 * the zoom handler below skips folded ones, which are most of a corpus's edges.
 */
export function showLineDetail(cy: Core, edges: EdgeCollection): void {
  apply(edges, lineDetailAt(cy.zoom()));
}

/**
 * Sets `solid` and `far` for the current zoom now (before the first frame), then again only when
 * a zoom change crosses a threshold, on the edges drawn (not `.collapsed`), and on edges an edit
 * adds; returns the unbinding.
 */
export function bindLineDetail(cy: Core): () => void {
  let detail = lineDetailAt(cy.zoom());
  cy.batch(() => apply(cy.edges().not('.collapsed'), detail));
  const onZoom = () => {
    const next = lineDetailAt(cy.zoom());
    if (next === detail) return;
    detail = next;
    cy.batch(() => apply(cy.edges().not('.collapsed'), detail));
  };
  const onAdd = (event: EventObject) => apply(event.target as EdgeCollection, detail);
  cy.on('zoom', onZoom);
  cy.on('add', 'edge', onAdd);
  return () => {
    cy.off('zoom', onZoom);
    cy.off('add', 'edge', onAdd);
  };
}
