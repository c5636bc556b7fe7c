/**
 * The one component that owns the Cytoscape instance: created into a local variable in one
 * effect and destroyed from that same variable in its cleanup (StrictMode mounts twice on purpose).
 * No React children live inside the container: `destroy()` empties it. Display state is the
 * controllers' business (./controllers); this file only creates, binds taps and destroys. A large
 * graph is created with the nodes drawn and gets its edges a chunk per frame (./drawing.ts), with
 * a progress line beside the canvas; what is folded waits beside it (./fold-pool.ts).
 */
import cytoscape, { type Core, type CytoscapeOptions, type EventObject } from 'cytoscape';
import { useEffect, useRef, useState } from 'react';
import { useT } from '../i18n';
import { useIsnad, type IsnadState } from '../store';
import { drawOrder } from './draw-order';
import { drawRest } from './drawing';
import { foldDefinitions } from './fold-pool';
import { CREATED_FROM, hasPositions, toElements } from './elements';
import { fitVisible, onGraphKey } from './keyboard';
import { statementMeasure } from './label-measure';
import { LARGE_GRAPH } from './level-of-detail';
import { bindLineDetail, withLineClasses } from './line-detail';
import { graphStyle } from './style';

export interface GraphCanvasProps {
  /** Called with the new instance after creation, and with null after it is destroyed. */
  onReady?: (cy: Core | null) => void;
  /** Extra Cytoscape options (tests pass `headless` / `styleEnabled`); keep the object stable. */
  options?: Partial<CytoscapeOptions>;
}

// The loaded graph, not the edited one: an edit patches the instance (EditsController).
const selectLoaded = (state: IsnadState) => state.loaded;

export function GraphCanvas({ onReady, options }: GraphCanvasProps) {
  const container = useRef<HTMLDivElement>(null);
  const loaded = useIsnad(selectLoaded);
  const t = useT();
  /** Share of the elements on the canvas, 0…1, while a large graph is being drawn. */
  const [drawing, setDrawing] = useState<number | null>(null);
  // The latest callback, without re-creating the instance when its identity changes.
  const onReadyRef = useRef(onReady);
  useEffect(() => {
    onReadyRef.current = onReady;
  });

  useEffect(() => {
    const element = container.current;
    if (!element || !loaded) return undefined;
    // Re-arranged positions and edits are read once, at creation: they never drive a rebuild.
    const { positions, lang, display, graph = loaded } = useIsnad.getState();
    if (!graph) return undefined;
    const positioned = positions !== null || hasPositions(graph);
    // The language only sets the first labels; the detail controller patches them after.
    const elements = toElements(graph, positions, {
      lang,
      measure: statementMeasure(),
      collapsed: display.collapsed,
    });
    const { first, drawn, folded } = drawOrder(elements);
    const cy = cytoscape({
      container: element,
      elements: first,
      style: graphStyle,
      // Positions are data: shown as stored, never re-computed on a re-render.
      layout: positioned ? { name: 'preset', fit: false } : { name: 'grid', fit: false },
      // Selection is store state (selection controller), not Cytoscape's own.
      autounselectify: true,
      boxSelectionEnabled: false,
      // Far enough out for a corpus of thousands of nodes to fit.
      minZoom: 0.02,
      maxZoom: 4,
      // A corpus: edges are left out while the view is dragged or zoomed (pan 4 → 45 fps at
      // 5,000 nodes in software rendering); a small graph keeps every edge in motion.
      hideEdgesOnViewport: graph.nodes.length > LARGE_GRAPH,
      ...options,
    });
    cy.scratch(CREATED_FROM, graph);
    fitVisible(cy);
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
    element.addEventListener('keydown', onKey);
    // The pane splitter changes the container's size without a window resize.
    const resized =
      typeof ResizeObserver === 'undefined'
        ? null
        : new ResizeObserver(() => {
            if (!cy.destroyed()) cy.resize();
          });
    resized?.observe(element);
    // Folded elements stay beside the canvas until they unfold (fold-pool.ts).
    foldDefinitions(cy, folded);
    onReadyRef.current?.(cy);
    // Edges still to come carry the line classes of the fitted zoom (the zoom handler would
    // otherwise set them one by one as they arrive).
    const stopDrawing = drawRest(cy, withLineClasses(drawn, cy.zoom()), (added, total) =>
      setDrawing(added < total ? (first.length + added) / (first.length + total) : null),
    );
    return () => {
      stopDrawing();
      setDrawing(null);
      resized?.disconnect();
      element.removeEventListener('keydown', onKey);
      cy.off('tap', onTap);
      unbindLines();
      cy.destroy();
      onReadyRef.current?.(null);
    };
  }, [loaded, options]);

  return (
    <>
      <div
        ref={container}
        className="graph-canvas"
        data-testid="graph"
        role="application"
        aria-roledescription="graph"
        aria-label={t('graphLabel')}
        tabIndex={0}
      />
      {drawing !== null && (
        <div className="draw-progress" role="status" data-testid="draw-progress">
          {t('drawing').replace('{p}', String(Math.floor(drawing * 100)))}
          <progress max={1} value={drawing} />
        </div>
      )}
    </>
  );
}
