/**
 * GEXF 1.3 for Gephi and Gephi Lite, with the canvas's look: `viz:color` by kind, `viz:size` by
 * connectivity, `viz:position` with the y axis flipped (the canvas's y points down, Gephi's and
 * sigma's up), edge `viz:color` and `viz:thickness` by kind. Attributes are flattened to scalars;
 * the edge kind stays an attribute (GEXF's own `kind` means something else). No
 * `xsi:schemaLocation`: the normative RELAX NG schema of GEXF 1.3 does not allow it.
 */
import type { SerializedGraph } from 'graphology-types';
import { isoDay } from './filename';
import { attributeKeys, type AttributeKey, type ValueType } from './keys';
import { exportModel } from './model';
import { rgb } from './palette';
import { el, serializeXml, type XmlElement } from './xml';
import type { Scalar } from './flatten';

export interface GexfOptions {
  /** The export date (`meta lastmodifieddate`). */
  date?: Date;
  /** The graph whose degrees size the nodes (the whole graph when exporting a visible part). */
  looksFrom?: SerializedGraph;
}

const GEXF_TYPES: Record<ValueType, string> = {
  boolean: 'boolean',
  int: 'integer',
  double: 'double',
  string: 'string',
};

// GEXF's node shapes nearest to the canvas's (it has no hexagon).
const SHAPES: Record<string, string> = {
  person: 'disc',
  delegation: 'triangle',
  place: 'diamond',
  organization: 'square',
  statement: 'square',
};

export function toGexf(graph: SerializedGraph, options: GexfOptions = {}): string {
  const model = exportModel(graph, options.looksFrom);
  const nodeData = model.nodes.map((n) => ({ isnad_key: n.key, ...n.data }));
  const edgeData = model.edges.map((e) => ({ isnad_key: e.key, ...e.data }));
  const nodeKeys = attributeKeys(nodeData);
  const edgeKeys = attributeKeys(edgeData);
  const color = (hex: string) => {
    const [r, g, b] = rgb(hex);
    return el('viz:color', { r, g, b });
  };
  return serializeXml(
    el(
      'gexf',
      {
        xmlns: 'http://gexf.net/1.3',
        'xmlns:viz': 'http://gexf.net/1.3/viz',
        version: '1.3',
      },
      el(
        'meta',
        { lastmodifieddate: options.date ? isoDay(options.date) : undefined },
        el('creator', {}, 'Isnad'),
        el('description', {}, model.title),
      ),
      el(
        'graph',
        { defaultedgetype: model.directed ? 'directed' : 'undirected', mode: 'static' },
        declarations('node', nodeKeys),
        declarations('edge', edgeKeys),
        el(
          'nodes',
          { count: model.nodes.length },
          ...model.nodes.map((node, i) =>
            el(
              'node',
              { id: node.id, label: node.label },
              attvalues(nodeKeys, nodeData[i]!),
              color(node.look.color),
              el('viz:position', { x: node.x, y: -node.y, z: 0 }),
              el('viz:size', { value: node.look.size }),
              el('viz:shape', { value: SHAPES[node.kind] ?? 'disc' }),
            ),
          ),
        ),
        el(
          'edges',
          { count: model.edges.length },
          ...model.edges.map((edge, i) =>
            el(
              'edge',
              { id: edge.id, source: edge.source, target: edge.target, label: edge.kind },
              attvalues(edgeKeys, edgeData[i]!),
              color(edge.look.color),
              el('viz:thickness', { value: edge.look.width }),
              el('viz:shape', { value: edge.look.line }),
            ),
          ),
        ),
      ),
    ),
  );
}

function declarations(domain: 'node' | 'edge', keys: readonly AttributeKey[]): XmlElement {
  return el(
    'attributes',
    { class: domain },
    ...keys.map((k) => el('attribute', { id: k.id, title: k.name, type: GEXF_TYPES[k.type] })),
  );
}

function attvalues(keys: readonly AttributeKey[], data: Record<string, Scalar>): XmlElement {
  return el(
    'attvalues',
    {},
    ...keys
      .filter((k) => data[k.name] !== undefined)
      .map((k) => el('attvalue', { for: k.id, value: String(data[k.name]) })),
  );
}
