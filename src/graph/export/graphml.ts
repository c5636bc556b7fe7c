/**
 * GraphML 1.0 for yEd and Cytoscape Desktop (graphology-graphml only parses, so this is a small
 * writer). Plain GraphML for every reader: NMTOKEN ids with the original key as `isnad_key`, one typed
 * `<key>` per attribute, and `name` (the label) that Cytoscape Desktop shows. For yEd, the yFiles
 * extension (`y:ShapeNode` with `y:Geometry` at the canvas position, `y:Fill` by kind,
 * `y:NodeLabel`; `y:PolyLineEdge` coloured by kind) lives in two `<data>` keys other readers skip.
 */
import type { SerializedGraph } from 'graphology-types';
import type { Scalar } from './flatten';
import { attributeKeys, type AttributeKey } from './keys';
import { exportModel, type ModelEdge, type ModelNode } from './model';
import { el, serializeXml, type XmlElement } from './xml';

export interface GraphmlOptions {
  /** The graph whose degrees size the nodes (the whole graph when exporting a visible part). */
  looksFrom?: SerializedGraph;
}

const NODE_GRAPHICS = 'yn';
const EDGE_GRAPHICS = 'ye';

// yFiles shape types nearest to the canvas's.
const Y_SHAPES: Record<string, string> = {
  person: 'ellipse',
  delegation: 'hexagon',
  place: 'diamond',
  organization: 'roundrectangle',
  statement: 'roundrectangle',
};
const Y_LINES = { solid: 'line', dashed: 'dashed', dotted: 'dotted' } as const;

export function toGraphml(graph: SerializedGraph, options: GraphmlOptions = {}): string {
  const model = exportModel(graph, options.looksFrom);
  const graphData: Record<string, Scalar> = { title: model.title, creator: 'Isnad' };
  const nodeData = model.nodes.map((n) => ({ name: n.label, label: n.label, isnad_key: n.key, ...n.data, color: n.look.color, size: n.look.size, x: n.x, y: n.y })); // prettier-ignore
  const edgeData = model.edges.map((e) => ({ isnad_key: e.key, ...e.data, color: e.look.color, width: e.look.width })); // prettier-ignore
  const keys = {
    graph: prefixed('g_', attributeKeys([graphData])),
    node: prefixed('n_', attributeKeys(nodeData)),
    edge: prefixed('e_', attributeKeys(edgeData)),
  };
  return serializeXml(
    el(
      'graphml',
      {
        xmlns: 'http://graphml.graphdrawing.org/xmlns',
        'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
        'xmlns:y': 'http://www.yworks.com/xml/graphml',
        'xsi:schemaLocation':
          'http://graphml.graphdrawing.org/xmlns http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd',
      },
      ...(['graph', 'node', 'edge'] as const).flatMap((domain) =>
        keys[domain].map((k) =>
          el('key', {
            id: k.id,
            for: domain,
            'attr.name': k.id.slice(2),
            'attr.type': k.type,
          }),
        ),
      ),
      el('key', { id: NODE_GRAPHICS, for: 'node', 'yfiles.type': 'nodegraphics' }),
      el('key', { id: EDGE_GRAPHICS, for: 'edge', 'yfiles.type': 'edgegraphics' }),
      el(
        'graph',
        { id: 'isnad', edgedefault: model.directed ? 'directed' : 'undirected' },
        ...dataElements(keys.graph, graphData),
        ...model.nodes.map((node, i) =>
          el(
            'node',
            { id: node.id },
            ...dataElements(keys.node, nodeData[i]!),
            el('data', { key: NODE_GRAPHICS }, shapeNode(node)),
          ),
        ),
        ...model.edges.map((edge, i) =>
          el(
            'edge',
            { id: edge.id, source: edge.source, target: edge.target },
            ...dataElements(keys.edge, edgeData[i]!),
            el('data', { key: EDGE_GRAPHICS }, polyLineEdge(edge, model.directed)),
          ),
        ),
      ),
    ),
  );
}

/** Key ids carry their domain (`n_kind`); `attr.name` is the NMTOKEN-safe name after it. */
function prefixed(prefix: string, keys: AttributeKey[]): AttributeKey[] {
  return keys.map((k) => ({ ...k, id: prefix + k.id }));
}

function dataElements(keys: readonly AttributeKey[], data: Record<string, Scalar>): XmlElement[] {
  return keys
    .filter((k) => data[k.name] !== undefined && data[k.name] !== '')
    .map((k) => el('data', { key: k.id }, String(data[k.name])));
}

/** yEd's geometry is the node's box, top-left corner first, y down as on the canvas. */
function shapeNode(node: ModelNode): XmlElement {
  const size = node.look.size;
  return el(
    'y:ShapeNode',
    {},
    el('y:Geometry', { x: node.x - size / 2, y: node.y - size / 2, width: size, height: size }),
    el('y:Fill', { color: node.look.color.toUpperCase(), transparent: 'false' }),
    el('y:BorderStyle', { color: '#FFFFFF', type: 'line', width: '2.0' }),
    el(
      'y:NodeLabel',
      {
        alignment: 'center',
        fontFamily: 'IBM Plex Sans Arabic',
        fontSize: node.kind === 'statement' ? 11 : 18,
        fontStyle: node.kind === 'statement' ? 'plain' : 'bold',
        textColor: '#0F172A',
        modelName: 'sandwich',
        modelPosition: 's',
        visible: 'true',
      },
      node.label,
    ),
    el('y:Shape', { type: Y_SHAPES[node.kind] ?? 'ellipse' }),
  );
}

function polyLineEdge(edge: ModelEdge, directed: boolean): XmlElement {
  return el(
    'y:PolyLineEdge',
    {},
    el('y:LineStyle', {
      color: edge.look.color.toUpperCase(),
      type: Y_LINES[edge.look.line],
      width: edge.look.width,
    }),
    el('y:Arrows', { source: 'none', target: directed ? 'standard' : 'none' }),
    el('y:BendStyle', { smoothed: 'false' }),
  );
}
