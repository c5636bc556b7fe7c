/**
 * What every export format starts from: the graph's nodes and edges with their scalar attributes,
 * NMTOKEN ids, names for keys (a country or a speaker as its label, not `place:…`), and the look
 * from the palette — so GEXF, GraphML, Cytoscape.js JSON and SVG agree with each other and with
 * the canvas.
 */
import type { SerializedGraph } from 'graphology-types';
import type { ArticleRecord } from '../types';
import { flattenAttributes, type Scalar } from './flatten';
import { xmlIds } from './ids';
import { edgeLook, nodeLooks, type EdgeLook, type NodeLook } from './palette';
import { edgeId } from './subset';

export interface ModelNode {
  key: string;
  id: string;
  kind: string;
  label: string;
  x: number;
  y: number;
  look: NodeLook;
  /** Attributes as scalars, `x`/`y`/`label` left out (they have their own places). */
  data: Record<string, Scalar>;
}

export interface ModelEdge {
  key: string;
  id: string;
  source: string;
  target: string;
  kind: string;
  look: EdgeLook;
  data: Record<string, Scalar>;
}

export interface ExportModel {
  title: string;
  articles: ArticleRecord[];
  directed: boolean;
  nodes: ModelNode[];
  edges: ModelEdge[];
}

/** `looksFrom` is the graph whose degrees size the nodes: the whole graph, as on the canvas. */
export function exportModel(
  graph: SerializedGraph,
  looksFrom: SerializedGraph = graph,
): ExportModel {
  const looks = nodeLooks(looksFrom);
  const ids = xmlIds(graph.nodes.map((n) => n.key));
  const edgeKeys = graph.edges.map((e, i) => edgeId(e.key, i));
  const edgeIds = xmlIds(edgeKeys);
  const articles = (graph.attributes?.articles ?? []) as ArticleRecord[];
  const nodes = graph.nodes.map(({ key, attributes = {} }): ModelNode => {
    const { x, y, label, ...rest } = attributes;
    const kind = String(rest.kind ?? '');
    return {
      key,
      id: ids.get(key)!,
      kind,
      label: String(label ?? key),
      x: typeof x === 'number' ? x : 0,
      y: typeof y === 'number' ? y : 0,
      look: looks.get(key) ?? { color: '#94a3b8', size: 14 },
      data: flattenAttributes(rest),
    };
  });
  const edges = graph.edges.map(({ source, target, attributes = {} }, i): ModelEdge => {
    const kind = String(attributes.kind ?? '');
    return {
      key: edgeKeys[i]!,
      id: edgeIds.get(edgeKeys[i]!)!,
      source: ids.get(source) ?? source,
      target: ids.get(target) ?? target,
      kind,
      look: edgeLook(kind),
      data: flattenAttributes(attributes),
    };
  });
  return {
    title: articles.map((a) => a.title ?? '').join(' — '),
    articles,
    directed: graph.options?.type !== 'undirected',
    nodes,
    edges,
  };
}
