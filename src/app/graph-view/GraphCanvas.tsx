/**
 * The one component that owns the Cytoscape instance: created into a local variable in one
 * effect and destroyed from that same variable in its cleanup (StrictMode mounts twice on purpose).
 * No React children live inside the container: `destroy()` empties it.
 */
import cytoscape, { type Core, type EventObject } from 'cytoscape';
import { useEffect, useRef } from 'react';
import { useIsnad } from '../store';
import { toElements } from './elements';
import { graphStyle } from './style';

export interface GraphCanvasProps {
  /** Called with the new instance after creation, and with null after it is destroyed. */
  onReady?: (cy: Core | null) => void;
}

export function GraphCanvas({ onReady }: GraphCanvasProps) {
  const container = useRef<HTMLDivElement>(null);
  const graph = useIsnad((state) => state.graph);

  useEffect(() => {
    if (!container.current || !graph) return undefined;
    const cy = cytoscape({
      container: container.current,
      elements: toElements(graph),
      style: graphStyle,
      layout: { name: 'preset', fit: true, padding: 40 },
      wheelSensitivity: 0.3,
    });
    // Handlers read the latest state when the event fires, never from a closure.
    const onTap = (event: EventObject) => {
      const key = event.target === cy ? null : (event.target as { id(): string }).id();
      useIsnad.getState().select(key);
    };
    cy.on('tap', onTap);
    onReady?.(cy);
    return () => {
      cy.off('tap', onTap);
      cy.destroy();
      onReady?.(null);
    };
  }, [graph, onReady]);

  return <div ref={container} className="graph-canvas" data-testid="graph" aria-label="graph" />;
}
