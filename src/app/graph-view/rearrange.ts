/**
 * The "re-arrange" command: a deterministic fcose layout over the visible elements, animated.
 * Loaded on demand (dynamic import), so fcose stays out of the initial bundle. The extension is
 * registered once, at module level. The result is data: every node's position goes to the store,
 * so a re-created canvas and the data exports keep it for the session.
 */
import cytoscape, { type Core } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { useIsnad } from '../store';
import type { Positions } from '../store/positions';

cytoscape.use(fcose);

export function rearrange(cy: Core): Promise<void> {
  const layout = cy
    .elements()
    .not('.hidden')
    .layout({
      name: 'fcose',
      randomize: false,
      animate: true,
      animationDuration: 400,
      fit: true,
      padding: 40,
      nodeRepulsion: () => 9000,
      idealEdgeLength: () => 90,
    } as cytoscape.LayoutOptions);
  const done = layout.promiseOn('layoutstop');
  layout.run();
  return done.then(() => {
    if (cy.destroyed()) return;
    const positions: Record<string, { x: number; y: number }> = {};
    cy.nodes().forEach((node) => {
      const { x, y } = node.position();
      positions[node.id()] = { x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 };
    });
    useIsnad.getState().setPositions(positions satisfies Positions);
  });
}
