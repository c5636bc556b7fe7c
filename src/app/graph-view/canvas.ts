/**
 * A Cytoscape instance for a graph, set up and torn down without React (xyflow's XYPanZoom
 * shape: a factory returning what to destroy). GraphCanvas says when; this says how: the
 * elements (what is folded kept beside the canvas, ./fold-pool.ts), the first view, line detail,
 * taps and keys, resizing, and a large graph's rest drawn in chunks (./drawing.ts).
 */
import cytoscape, { type Core, type CytoscapeOptions, type EventObject } from 'cytoscape';
import type { SerializedGraph } from 'graphology-types';
import type { Lang } from '../i18n/messages';
import { useIsnad } from '../store';
import type { Positions } from '../store/positions';
import { drawOrder } from './draw-order';
import { drawRest } from './drawing';
import { CREATED_FROM, hasPositions, toElements } from './elements';
import { foldDefinitions } from './fold-pool';
import { fitVisible, framing, onGraphKey } from './keyboard';
import { statementMeasure } from './label-measure';
import { LARGE_GRAPH } from './level-of-detail';
import { bindLineDetail, withLineClasses } from './line-detail';
import { graphStyle } from './style';

const MIN_ZOOM = 0.02;
const MAX_ZOOM = 4;

export interface CanvasSetup {
  graph: SerializedGraph;
  /** Re-arranged positions of the session, or null: as stored in the graph. */
  positions: Positions | null;
  lang: Lang;
  collapsed: boolean;
  /** Extra Cytoscape options (tests pass `headless`). */
  options?: Partial<CytoscapeOptions>;
  /** Share of the elements drawn while a large graph arrives, null once all are. */
  onProgress(share: number | null): void;
}

export interface Canvas {
  cy: Core;
  destroy(): void;
}

export function createCanvas(container: HTMLElement, setup: CanvasSetup): Canvas {
  const { graph, positions, options } = setup;
  const positioned = positions !== null || hasPositions(graph);
  // The language only sets the first labels; the detail controller patches them after.
  const elements = toElements(graph, positions, {
    lang: setup.lang,
    measure: statementMeasure(),
    collapsed: setup.collapsed,
  });
  const { first, drawn, folded } = drawOrder(elements);
  const positionOf = new Map(
    elements.filter((e) => e.position).map((e) => [String(e.data.id), e.position!] as const),
  );
  // A graph drawn in parts is framed as a whole from the start, from its nodes' positions.
  const whole = [...first, ...drawn]
    .filter((e) => e.group !== 'edges' && e.position)
    .map((e) => ({ ...e.position!, size: Number(e.data.size) || 0 }));
  const size = { width: container.clientWidth, height: container.clientHeight };
  const view = drawn.length > 0 ? framing(whole, size, { min: MIN_ZOOM, max: MAX_ZOOM }) : null;
  const cy = cytoscape({
    container,
    elements: first,
    style: graphStyle,
    // Positions are data: shown as stored, never re-computed on a re-render.
    layout: positioned ? { name: 'preset', fit: false } : { name: 'grid', fit: false },
    ...(view ?? {}),
    // Selection is store state (selection controller), not Cytoscape's own.
    autounselectify: true,
    boxSelectionEnabled: false,
    // Far enough out for a corpus of thousands of nodes to fit.
    minZoom: MIN_ZOOM,
    maxZoom: MAX_ZOOM,
    // A corpus: edges are left out while the view is dragged or zoomed (pan 4 → 45 fps at
    // 5,000 nodes in software rendering); a small graph keeps every edge in motion.
    hideEdgesOnViewport: graph.nodes.length > LARGE_GRAPH,
    ...options,
  });
  cy.scratch(CREATED_FROM, graph);
  if (!view) fitVisible(cy);
  // Dotted and dashed lines drawn solid when zoomed out (before the first frame is drawn).
  const unbindLines = bindLineDetail(cy);
  // Handlers read the latest state when the event fires, never from a closure.
  const onTap = (event: EventObject) => {
    const target = event.target as Core | { isNode?(): boolean; id(): string };
    if (target === cy) useIsnad.getState().select(null);
    else if ('isNode' in target && target.isNode?.()) useIsnad.getState().select(target.id());
  };
  const onKey = (event: KeyboardEvent) => onGraphKey(cy, event);
  cy.on('tap', onTap);
  container.addEventListener('keydown', onKey);
  // The pane splitter changes the container's size without a window resize.
  const resized =
    typeof ResizeObserver === 'undefined'
      ? null
      : new ResizeObserver(() => {
          if (!cy.destroyed()) cy.resize();
        });
  resized?.observe(container);
  foldDefinitions(cy, folded);
  // What is still to come carries the line classes of this zoom (the zoom handler would
  // otherwise set them one by one as the edges arrive).
  const total = first.length + drawn.length;
  const at = (id: string) => {
    const node = cy.getElementById(id);
    return node.nonempty() ? node.position() : positionOf.get(id);
  };
  const stopDrawing = drawRest(cy, withLineClasses(drawn, cy.zoom(), at), (added) =>
    setup.onProgress(added < drawn.length ? (first.length + added) / total : null),
  );
  return {
    cy,
    destroy() {
      stopDrawing();
      resized?.disconnect();
      container.removeEventListener('keydown', onKey);
      cy.off('tap', onTap);
      unbindLines();
      cy.destroy();
    },
  };
}
