import type { ElementDefinition } from 'cytoscape';
import type { SerializedGraph } from 'graphology-types';

/** graphology serialization → Cytoscape elements, keeping every attribute as element data. */
export function toElements(graph: SerializedGraph): ElementDefinition[] {
  const nodes: ElementDefinition[] = graph.nodes.map(({ key, attributes = {} }) => {
    const { x, y, ...data } = attributes as Record<string, unknown>;
    return {
      group: 'nodes',
      data: { ...data, id: key },
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
