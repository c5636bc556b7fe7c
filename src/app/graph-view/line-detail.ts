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
import type { Core, EdgeCollection, EdgeSingular, ElementDefinition, EventObject } from 'cytoscape';
import { EDGE_STYLES } from '../../graph/export/palette';
import { edgeInView } from './fade';

/** Below this zoom a dotted line's 1 px dots (2 px period) merge on screen. */
export const DOTTED_SOLID_BELOW = 1;
/** Below this zoom a dashed line's 6 + 3 px dashes are under 3 px apart. */
export const DASHED_SOLID_BELOW = 0.3;
/**
 * An edge longer than this (graph units) is drawn solid at every zoom: its dots cost what its
 * length is, not what is on screen — a redraw zoomed in on a 5,000-node corpus, with its long
 * dotted `about` edges crossing the view, took 7 s (16 s before folded elements left the canvas).
 */
export const LONG_EDGE = 1000;

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

/**
 * The line classes of an edge of `kind` and `length` at `detail` (pure: element definitions get
 * them too).
 */
export function lineClasses(
  kind: unknown,
  summary: boolean,
  detail: LineDetail,
  length = 0,
): string[] {
  const from = solidFrom(kind, summary);
  const classes = from !== null && (detail >= from || length > LONG_EDGE) ? ['solid'] : [];
  return detail === 2 ? [...classes, 'far'] : classes;
}

type Point = { x: number; y: number };
const distance = (a: Point, b: Point) => Math.sqrt((a.x - b.x) ** 2 + (a.y - b.y) ** 2);

/**
 * Edge definitions with their line classes for `zoom` (nodes as they are): edges added later.
 * `at` gives the nodes' positions, for the edges' lengths.
 */
export function withLineClasses(
  elements: ElementDefinition[],
  zoom: number,
  at: (id: string) => Point | undefined = () => undefined,
): ElementDefinition[] {
  const detail = lineDetailAt(zoom);
  return elements.map((element) => {
    if (element.group !== 'edges') return element;
    const classes = String(element.classes ?? '')
      .split(' ')
      .filter(Boolean);
    const [a, b] = [at(String(element.data.source)), at(String(element.data.target))];
    const length = a && b ? distance(a, b) : 0;
    const lines = lineClasses(element.data.kind, classes.includes('summary'), detail, length);
    return lines.length === 0 ? element : { ...element, classes: [...classes, ...lines].join(' ') };
  });
}

/**
 * Sets each edge's classes, touching only those that change (no selector parsing per call), a
 * class change per class and direction over all the edges it concerns (each call updates the
 * style and emits its events once). An edge's length is taken as its ends are now: one dragged
 * or re-arranged keeps its look until the next zoom step.
 */
function apply(cy: Core, edges: EdgeCollection | EdgeSingular[], detail: LineDetail): void {
  // Each grown in place (`merge`).
  const solidOn = cy.collection();
  const solidOff = cy.collection();
  const farOn = cy.collection();
  const farOff = cy.collection();
  edges.forEach((edge: EdgeSingular) => {
    const from = solidFrom(edge.data('kind'), edge.hasClass('summary'));
    const long = () => distance(edge.source().position(), edge.target().position()) > LONG_EDGE;
    const solid = from !== null && (detail >= from || long());
    if (edge.hasClass('solid') !== solid) (solid ? solidOn : solidOff).merge(edge);
    if (edge.hasClass('far') !== (detail === 2)) (detail === 2 ? farOn : farOff).merge(edge);
  });
  solidOn.addClass('solid');
  solidOff.removeClass('solid');
  farOn.addClass('far');
  farOff.removeClass('far');
}

/** Each instance's way to restyle the edges a zoom step left as they were. */
const lateEdges = new WeakMap<Core, { catchUp(): void; finish(): void }>();

/** Whether an edge is drawn: Cytoscape draws none with an end hidden by the filters. */
const drawnEdge = (edge: EdgeSingular) =>
  !edge.source().hasClass('hidden') && !edge.target().hasClass('hidden');

/**
 * Sets `solid` and `far` for the current zoom now (before the first frame), then again when a
 * zoom change crosses a threshold, and on every edge added (a large graph's later chunks, an
 * unfolded statement's, an edit's); returns the unbinding. Folded edges are not on the canvas
 * (./fold-pool.ts): they get their classes as they come back.
 *
 * A zoom step restyles only the edges drawn in view (each restyle costs 20–60 µs in the next
 * frame: all 7,400 edges of a 5,000-node corpus made a filter's re-fit a 0.3–0.6 s frame); the
 * others are restyled as panning brings them in or a filter shows them (`catchUpLineDetail`),
 * and at once by `finishLineDetail` (exports, tests).
 */
export function bindLineDetail(cy: Core): () => void {
  let detail = lineDetailAt(cy.zoom());
  cy.batch(() => apply(cy, cy.edges(), detail));
  /** Edges whose classes are for an earlier zoom step. */
  const late = new Set<EdgeSingular>();
  const restyle = (edges: EdgeSingular[]) => {
    for (const edge of edges) late.delete(edge);
    if (edges.length > 0) cy.batch(() => apply(cy, edges, detail));
  };
  const catchUp = () => {
    if (late.size === 0 || cy.destroyed()) return;
    const inView = edgeInView(cy, 0);
    const due: EdgeSingular[] = [];
    for (const edge of late)
      if (edge.removed()) late.delete(edge);
      else if (drawnEdge(edge) && inView(edge)) due.push(edge);
    restyle(due);
  };
  const finish = () => {
    if (cy.destroyed()) return;
    restyle([...late].filter((edge) => !edge.removed()));
    late.clear();
  };
  const onViewport = () => {
    const next = lineDetailAt(cy.zoom());
    if (next !== detail) {
      detail = next;
      cy.edges().forEach((edge) => void late.add(edge));
    }
    catchUp();
  };
  const onAdd = (event: EventObject) => {
    const edges = event.target as EdgeCollection;
    edges.forEach((edge) => void late.delete(edge));
    apply(cy, edges, detail);
  };
  lateEdges.set(cy, { catchUp, finish });
  cy.on('viewport', onViewport);
  cy.on('add', 'edge', onAdd);
  return () => {
    lateEdges.delete(cy);
    cy.off('viewport', onViewport);
    cy.off('add', 'edge', onAdd);
  };
}

/** Restyles the late edges now drawn in view (the filters just showed some). */
export function catchUpLineDetail(cy: Core): void {
  lateEdges.get(cy)?.catchUp();
}

/** Restyles every late edge at once (before an export draws them all). */
export function finishLineDetail(cy: Core): void {
  lateEdges.get(cy)?.finish();
}
