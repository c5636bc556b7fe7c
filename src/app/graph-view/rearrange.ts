/**
 * The "re-arrange" command: the community layout over what is visible now, computed in a Web
 * Worker (./layout.worker.ts) with progress, deterministic, then animated into place. The result
 * is data: every node's position goes to the store, so a re-created canvas and the data exports
 * keep it for the session.
 */
import type { Core, LayoutOptions } from 'cytoscape';
import type { SerializedGraph } from 'graphology-types';
import { useIsnad } from '../store';
import type { Positions } from '../store/positions';
import { folded, moveFolded } from './fold-pool';
import { finishVisibility } from './visibility-classes';
import type { LayoutReply, LayoutRequest } from './layout.worker';

/** Every node's position: on the canvas, and folded beside it (./fold-pool.ts). */
function nodePositions(cy: Core): Map<string, { x: number; y: number }> {
  const at = new Map(cy.nodes().map((node) => [node.id(), { ...node.position() }] as const));
  for (const element of folded(cy))
    if (element.group !== 'edges') at.set(String(element.data.id), { ...element.position! });
  return at;
}

/**
 * The loaded graph narrowed to the nodes on screen (filters in hide mode leave some out); folded
 * statements count as on screen, as they are laid out with their speakers.
 */
function visiblePart(graph: SerializedGraph, cy: Core): SerializedGraph {
  finishVisibility(cy);
  const hidden = new Set(cy.nodes('.hidden').map((node) => node.id()));
  const shown = new Set([...nodePositions(cy).keys()].filter((key) => !hidden.has(key)));
  return {
    ...graph,
    nodes: graph.nodes.filter((node) => shown.has(node.key)),
    edges: graph.edges.filter((edge) => shown.has(edge.source) && shown.has(edge.target)),
  };
}

/** Lays out off the main thread; `onProgress` gets 0…1. Resolves once the nodes have moved. */
export function rearrange(cy: Core, onProgress: (done: number) => void = () => {}): Promise<void> {
  const graph = useIsnad.getState().graph;
  if (!graph) return Promise.resolve();
  const worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
  return new Promise<Record<string, { x: number; y: number }>>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<LayoutReply>) => {
      const reply = event.data;
      if (reply.type === 'progress') onProgress(reply.done);
      else if (reply.type === 'done') resolve(reply.positions);
      else reject(new Error(`layout: ${reply.message}`));
    };
    worker.onerror = (event) => reject(new Error(`layout: ${event.message}`));
    worker.postMessage({ graph: visiblePart(graph, cy) } satisfies LayoutRequest);
  })
    .finally(() => worker.terminate())
    .then((computed) => {
      if (cy.destroyed()) return;
      const positions: Record<string, { x: number; y: number }> = {};
      for (const [key, now] of nodePositions(cy)) {
        const { x, y } = computed[key] ?? now;
        positions[key] = { x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 };
      }
      const layout = cy.nodes().layout({
        name: 'preset',
        positions: (node: { id(): string }) => positions[node.id()]!,
        animate: true,
        animationDuration: 400,
        fit: true,
        padding: 16,
      } as LayoutOptions);
      const done = layout.promiseOn('layoutstop');
      layout.run();
      moveFolded(cy, positions);
      useIsnad.getState().setPositions(positions satisfies Positions);
      return done.then(() => undefined);
    });
}
