/**
 * The "re-arrange" command: a deterministic fcose layout over the visible elements, animated.
 * Loaded on demand (dynamic import), so fcose stays out of the initial bundle. The extension is
 * registered once, at module level.
 */
import cytoscape, { type Core } from 'cytoscape';
import fcose from 'cytoscape-fcose';

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
  return done.then(() => undefined);
}
