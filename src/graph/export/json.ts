/**
 * The graph JSON export: graphology's serialization as the app and `extract` write it, plus the
 * `color` and `size` node attributes (and edge `color` / `size`) that sigma-based tools such as
 * Gephi Lite read, so the graph opens coloured and sized as on the canvas. Everything else is
 * unchanged, so the file still opens in Isnad.
 */
import type { SerializedGraph } from 'graphology-types';
import { edgeLook, nodeLooks } from './palette';

export function toGraphJson(
  graph: SerializedGraph,
  options: { looksFrom?: SerializedGraph } = {},
): SerializedGraph {
  const looks = nodeLooks(options.looksFrom ?? graph);
  return {
    ...graph,
    nodes: graph.nodes.map((node) => {
      const look = looks.get(node.key);
      return look ? { ...node, attributes: { ...node.attributes, ...look } } : node;
    }),
    edges: graph.edges.map((edge) => {
      const look = edgeLook(edge.attributes?.kind);
      return { ...edge, attributes: { ...edge.attributes, color: look.color, size: look.width } };
    }),
  };
}
