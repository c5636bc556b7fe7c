/**
 * Cytoscape.js JSON (`.cyjs`): `elements.nodes` / `elements.edges`, each with `data` and
 * `position`, as Cytoscape Desktop (File → Import → Network from File) and any Cytoscape.js app
 * read it. `name` is the label Cytoscape Desktop shows; `color`, `size` and `width` are data
 * columns a style maps with a passthrough mapping; `isnad_key` keeps the graph's own key.
 */
import type { SerializedGraph } from 'graphology-types';
import { exportModel } from './model';

export function toCyjs(graph: SerializedGraph, options: { looksFrom?: SerializedGraph } = {}) {
  const model = exportModel(graph, options.looksFrom);
  return {
    format_version: '1.0',
    generated_by: 'Isnad',
    target_cytoscapejs_version: '~3.30',
    data: { name: model.title, shared_name: model.title, title: model.title },
    elements: {
      nodes: model.nodes.map((node) => ({
        data: {
          ...node.data,
          id: node.id,
          isnad_key: node.key,
          name: node.label,
          label: node.label,
          color: node.look.color,
          size: node.look.size,
        },
        position: { x: node.x, y: node.y },
      })),
      edges: model.edges.map((edge) => ({
        data: {
          ...edge.data,
          id: edge.id,
          isnad_key: edge.key,
          source: edge.source,
          target: edge.target,
          interaction: edge.kind,
          color: edge.look.color,
          width: edge.look.width,
          line: edge.look.line,
        },
      })),
    },
  };
}
