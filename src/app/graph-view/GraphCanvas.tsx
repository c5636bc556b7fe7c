/**
 * The one component that owns the Cytoscape instance: created into a local variable in one
 * effect and destroyed from that same variable in its cleanup (StrictMode mounts twice on purpose).
 * No React children live inside the container: `destroy()` empties it.
 */
import cytoscape, { type Core } from 'cytoscape';
import { useEffect, useRef, useState } from 'react';
import { useIsnad } from '../store';
import { toElements } from './elements';
import { graphStyle } from './style';

export interface GraphCanvasProps {
  onReady?: (cy: Core | null) => void;
}

export function GraphCanvas({ onReady }: GraphCanvasProps) {
  const container = useRef<HTMLDivElement>(null);
  const graph = useIsnad((state) => state.graph);
  const [, setCy] = useState<Core | null>(null);

  useEffect(() => {
    if (!container.current || !graph) return undefined;
    const cy = cytoscape({
      container: container.current,
      elements: toElements(graph),
      style: graphStyle,
      layout: { name: 'preset', fit: true, padding: 40 },
      wheelSensitivity: 0.3,
    });
    const onTap = (event: cytoscape.EventObject) => {
      const target = event.target as cytoscape.SingularElementReturnValue | Core;
      useIsnad.getState().select(target === cy ? null : (target as cytoscape.NodeSingular).id());
    };
    cy.on('tap', onTap);
    setCy(cy);
    onReady?.(cy);
    return () => {
      cy.off('tap', onTap);
      cy.destroy();
      setCy(null);
      onReady?.(null);
    };
  }, [graph, onReady]);

  return <div ref={container} className="graph-canvas" data-testid="graph" aria-label="graph" />;
}
