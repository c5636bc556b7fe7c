import type { Core } from 'cytoscape';

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

export function fitVisible(cy: Core): void {
  const visible = cy.elements().not('.hidden, .collapsed');
  const target = visible.length > 0 ? visible : cy.elements();
  cy.fit(target, FIT_PADDING);
  if (cy.zoom() > MAX_FIT_ZOOM) {
    cy.zoom(MAX_FIT_ZOOM);
    cy.center(target);
  }
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
