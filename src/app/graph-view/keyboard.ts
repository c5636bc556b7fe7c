import type { Core, NodeCollection, NodeSingular } from 'cytoscape';
import { leftOut } from './visibility-classes';

const PAN_STEP = 60;
const ZOOM_STEP = 1.25;

/** Zooms around the middle of the canvas (not the origin), as buttons and keys expect. */
export function zoomBy(cy: Core, factor: number): void {
  const level = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), cy.zoom() * factor));
  cy.zoom({ level, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
}

/** Fitting a handful of nodes would blow labels up to poster size: fit, then cap the zoom. */
const MAX_FIT_ZOOM = 1.6;
/** Small: the layout already keeps labels inside its extent, and every pixel counts at fit. */
const FIT_PADDING = 16;

/** Past this many nodes drawn, the fit frames the nodes alone (see fitVisible). */
export const FIT_BY_POSITIONS_ABOVE = 300;
/** Room left around the nodes for their names, in px on screen (names stay about 12 px). */
const LABEL_ROOM = 48;

/** The nodes the filters keep (all when they keep none). */
function shownNodes(cy: Core): NodeCollection {
  // From the filters, not the classes: those out of view may not be set yet. A test per node, as
  // a `.not()` over every element took 25–60 ms of a filter change at 5,000 nodes.
  const out = leftOut(cy);
  const shown = cy.nodes().filter((node) => !out(node.id()));
  return shown.nonempty() ? shown : cy.nodes();
}

/** A fit would zoom in further than this factor for the view not to count as framing. */
const FRAMED_WITHIN = 1.5;

/**
 * Whether the view frames the nodes the filters keep already: each of them in view, and a fit
 * would not bring them much closer.
 */
export function framesVisible(cy: Core): boolean {
  const nodes = shownNodes(cy);
  const { x1, y1, x2, y2 } = cy.extent();
  const inView = nodes.every((node) => {
    const { x, y } = (node as NodeSingular).position();
    return x >= x1 && x <= x2 && y >= y1 && y <= y2;
  });
  if (!inView) return false;
  const fit = framing(discsOf(nodes), { width: cy.width(), height: cy.height() }, zoomRange(cy));
  return fit.zoom <= cy.zoom() * FRAMED_WITHIN;
}

const discsOf = (nodes: NodeCollection) =>
  nodes.map((node) => ({ ...node.position(), size: Number(node.data('size')) || 0 }));
const zoomRange = (cy: Core) => ({ min: cy.minZoom(), max: cy.maxZoom() });

export function fitVisible(cy: Core): void {
  // The nodes the filters keep (edges follow them).
  const nodes = shownNodes(cy);
  const target = nodes.nonempty() ? nodes : cy.elements();
  // A corpus: Cytoscape's fit measures every label first (2.6–3.5 s at 5,000 nodes); the nodes'
  // positions and sizes frame the same drawing, with room on screen for the names at the edge.
  // Otherwise the nodes with their labels: the edges run between them, and measuring each edge's
  // curve first took 300 ms of a 1,000-node corpus's first draw.
  if (nodes.length > FIT_BY_POSITIONS_ABOVE) fitNodes(cy, nodes);
  else cy.fit(target, FIT_PADDING);
  if (cy.zoom() > MAX_FIT_ZOOM) {
    cy.zoom(MAX_FIT_ZOOM);
    cy.center(target);
  }
}

function fitNodes(cy: Core, nodes: NodeCollection): void {
  cy.viewport(framing(discsOf(nodes), { width: cy.width(), height: cy.height() }, zoomRange(cy)));
}

export interface Viewport {
  zoom: number;
  pan: { x: number; y: number };
}

/**
 * The viewport framing nodes (centres and diameters) on a canvas of `size`, with room left for
 * the names at the edge (pure: a large graph's first view is framed before it is created).
 */
export function framing(
  nodes: readonly { x: number; y: number; size: number }[],
  size: { width: number; height: number },
  zoom: { min: number; max: number },
): Viewport {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const { x, y, size: diameter } of nodes) {
    const r = diameter / 2;
    x1 = Math.min(x1, x - r);
    y1 = Math.min(y1, y - r);
    x2 = Math.max(x2, x + r);
    y2 = Math.max(y2, y + r);
  }
  if (!Number.isFinite(x1)) return { zoom: 1, pan: { x: 0, y: 0 } };
  const room = FIT_PADDING + LABEL_ROOM;
  const w = Math.max(1, size.width - 2 * room);
  const h = Math.max(1, size.height - 2 * room);
  const wanted = Math.min(w / Math.max(1, x2 - x1), h / Math.max(1, y2 - y1));
  // Capped as fitVisible caps it: a handful of nodes is not blown up to poster size.
  const level = Math.min(zoom.max, MAX_FIT_ZOOM, Math.max(zoom.min, wanted));
  return {
    zoom: level,
    pan: {
      x: size.width / 2 - ((x1 + x2) / 2) * level,
      y: size.height / 2 - ((y1 + y2) / 2) * level,
    },
  };
}

/** Keys on the focused canvas: arrows pan, + and − zoom, 0 fits. */
export function onGraphKey(cy: Core, event: KeyboardEvent): void {
  const pans: Record<string, [number, number]> = {
    ArrowLeft: [PAN_STEP, 0],
    ArrowRight: [-PAN_STEP, 0],
    ArrowUp: [0, PAN_STEP],
    ArrowDown: [0, -PAN_STEP],
  };
  const pan = pans[event.key];
  if (pan) cy.panBy({ x: pan[0], y: pan[1] });
  else if (event.key === '+' || event.key === '=') zoomBy(cy, ZOOM_STEP);
  else if (event.key === '-' || event.key === '_') zoomBy(cy, 1 / ZOOM_STEP);
  else if (event.key === '0') fitVisible(cy);
  else return;
  event.preventDefault();
}

export { ZOOM_STEP };
