/**
 * The one component that owns the Cytoscape instance: created into a local variable in one
 * effect and destroyed from that same variable in its cleanup (StrictMode mounts twice on purpose).
 * No React children live inside the container: `destroy()` empties it. Display state is the
 * controllers' business (./controllers); how an instance is set up is ./canvas.ts. A large graph
 * is created in a task of its own once the panels have painted, and arrives in parts, with a
 * progress line beside the canvas.
 */
import type { Core, CytoscapeOptions } from 'cytoscape';
import type { SerializedGraph } from 'graphology-types';
import { useEffect, useRef, useState } from 'react';
import { useT } from '../i18n';
import { useIsnad, type IsnadState } from '../store';
import { afterPaint } from './after-paint';
import { createCanvas, type Canvas } from './canvas';
import { LARGE_GRAPH } from './level-of-detail';

export interface GraphCanvasProps {
  /** Called with the new instance after creation, and with null after it is destroyed. */
  onReady?: (cy: Core | null) => void;
  /** Extra Cytoscape options (tests pass `headless` / `styleEnabled`); keep the object stable. */
  options?: Partial<CytoscapeOptions>;
}

// The loaded graph, not the edited one: an edit patches the instance (EditsController).
const selectLoaded = (state: IsnadState) => state.loaded;

/** Past LARGE_GRAPH nodes, the panels paint before the canvas is made (a task of its own). */
const madeLater = (graph: SerializedGraph) => graph.nodes.length > LARGE_GRAPH;

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
    let canvas: Canvas | null = null;
    const create = () => {
      // Re-arranged positions and edits are read once, at creation: they never drive a rebuild.
      const { positions, lang, display, graph = loaded } = useIsnad.getState();
      if (!graph) return;
      const collapsed = display.collapsed;
      canvas = createCanvas(element, {
        graph,
        positions,
        lang,
        collapsed,
        options,
        onProgress: setDrawing,
      });
      onReadyRef.current?.(canvas.cy);
    };
    let cancel = () => {};
    if (madeLater(loaded)) cancel = afterPaint(create);
    else create();
    return () => {
      cancel();
      if (!canvas) return;
      canvas.destroy();
      setDrawing(null);
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
