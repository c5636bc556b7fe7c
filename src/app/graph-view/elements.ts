import type { ElementDefinition } from 'cytoscape';
import type { SerializedGraph } from 'graphology-types';
import { shortenLabel } from './labels';

/** Node diameter in px: importance (degree) on a square-root scale, so hubs stand out but fit. */
export function nodeSize(kind: string, degree: number): number {
  if (kind === 'statement') return 14 + 2 * Math.sqrt(degree);
  return Math.min(64, 20 + 7 * Math.sqrt(degree));
}

/**
 * graphology serialization → Cytoscape elements, keeping every attribute as element data, plus
 * what the style needs: `display` (the canvas label), `size` (importance).
 */
export function toElements(graph: SerializedGraph): ElementDefinition[] {
  const degree = new Map<string, number>();
  for (const { source, target } of graph.edges) {
    degree.set(source, (degree.get(source) ?? 0) + 1);
    degree.set(target, (degree.get(target) ?? 0) + 1);
  }
  const nodes: ElementDefinition[] = graph.nodes.map(({ key, attributes = {} }) => {
    const { x, y, ...data } = attributes as Record<string, unknown>;
    const kind = String(data.kind ?? '');
    const label = String(data.label ?? key);
    return {
      group: 'nodes',
      data: {
        ...data,
        id: key,
        display: kind === 'statement' ? shortenLabel(label) : label,
        size: nodeSize(kind, degree.get(key) ?? 0),
      },
      position: { x: Number(x ?? 0), y: Number(y ?? 0) },
    };
  });
  const edges: ElementDefinition[] = graph.edges.map(
    ({ key, source, target, attributes = {} }, i) => ({
      group: 'edges',
      data: { ...attributes, id: key ?? `e${i}`, source, target },
    }),
  );
  return [...nodes, ...edges];
}

/** True when the graph carries stored layout positions (not every node at the origin). */
export function hasPositions(graph: SerializedGraph): boolean {
  return graph.nodes.some(({ attributes }) => {
    const { x, y } = (attributes ?? {}) as { x?: unknown; y?: unknown };
    return typeof x === 'number' && typeof y === 'number' && (x !== 0 || y !== 0);
  });
}
