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
import type { Core, EdgeCollection, ElementDefinition, EventObject } from 'cytoscape';
import { EDGE_STYLES } from '../../graph/export/palette';

/** Below this zoom a dotted line's 1 px dots (2 px period) merge on screen. */
export const DOTTED_SOLID_BELOW = 1;
/** Below this zoom a dashed line's 6 + 3 px dashes are under 3 px apart. */
export const DASHED_SOLID_BELOW = 0.3;

/**
 * The zoom level (LineDetail) from which an edge is drawn solid: dotted lines (`mentions`, and the
 * `about` summaries) from 1, dashed ones from 2, solid ones never (src/graph/export/palette.ts).
 */
function solidFrom(kind: unknown, summary: boolean): LineDetail | null {
  if (summary) return 1;
  const line = (EDGE_STYLES as Record<string, { line: string } | undefined>)[String(kind)]?.line;
  return line === 'dotted' ? 1 : line === 'dashed' ? 2 : null;
}

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

/** The line classes an edge of `kind` has at `detail` (pure: element definitions get them too). */
export function lineClasses(kind: unknown, summary: boolean, detail: LineDetail): string[] {
  const from = solidFrom(kind, summary);
  const classes = from !== null && detail >= from ? ['solid'] : [];
  return detail === 2 ? [...classes, 'far'] : classes;
}

/** Edge definitions with their line classes for `zoom` (nodes as they are): edges added later. */
export function withLineClasses(elements: ElementDefinition[], zoom: number): ElementDefinition[] {
  const detail = lineDetailAt(zoom);
  return elements.map((element) => {
    if (element.group !== 'edges') return element;
    const classes = String(element.classes ?? '')
      .split(' ')
      .filter(Boolean);
    const lines = lineClasses(element.data.kind, classes.includes('summary'), detail);
    return lines.length === 0 ? element : { ...element, classes: [...classes, ...lines].join(' ') };
  });
}

/** Sets each edge's classes, touching only those that change (no selector parsing per call). */
function apply(edges: EdgeCollection, detail: LineDetail): void {
  edges.forEach((edge) => {
    const from = solidFrom(edge.data('kind'), edge.hasClass('summary'));
    const solid = from !== null && detail >= from;
    if (edge.hasClass('solid') !== solid) edge.toggleClass('solid', solid);
    if (edge.hasClass('far') !== (detail === 2)) edge.toggleClass('far', detail === 2);
  });
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
