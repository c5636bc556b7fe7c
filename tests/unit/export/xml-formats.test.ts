/**
 * GEXF and GraphML read back by independent readers: graphology's own parsers, and a strict XML
 * parser (@xmldom/xmldom, every error fatal) for what the schemas require — NMTOKEN ids,
 * namespaces, element order, typed values — and for the look (viz, yFiles).
 */
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { toGexf, toGraphml, KIND_COLORS } from '../../../src/graph/export/index';
import { fixtureGraph, TRICKY_STATEMENT, trickyGraph } from './fixture';
import { attr, elements, NMTOKEN, parseStrict } from './strict-xml';

const date = new Date(2026, 10, 29);

describe.each([
  ['GEXF', (g: typeof fixtureGraph) => parseGexf(Graph, toGexf(g, { date }))],
  ['GraphML', (g: typeof fixtureGraph) => parseGraphml(Graph, toGraphml(g))],
] as const)('%s parses back with graphology', (_name, roundTrip) => {
  const graph = roundTrip(fixtureGraph);

  it('with the same nodes and edges', () => {
    expect(graph.order).toBe(fixtureGraph.nodes.length);
    expect(graph.size).toBe(fixtureGraph.edges.length);
    expect(graph.edges().sort()).toEqual(['member:1', 'mentions:1', 'said:1']);
  });

  it.each([
    ['person:lavrov', 'label', 'سيرغي لافروف'],
    ['person:lavrov', 'kind', 'person'],
    ['person:lavrov', 'isnad_key', 'person:lavrov'],
    ['person:lavrov', 'aliases', 'لافروف | سيرغي لافروف'],
    ['person:lavrov', 'mentions', 'summit@18-30'],
    ['statement:1', 'text', TRICKY_STATEMENT],
    ['statement:1', 'mode', 'direct'],
    ['place:anchorage', 'label', '-أنكوراج'],
  ])('node %s keeps %s', (key, name, value) => {
    expect(graph.getNodeAttribute(key, name)).toEqual(value);
  });

  it('keeps the edge kind and its evidence', () => {
    expect(graph.getEdgeAttributes('member:1')).toMatchObject({
      kind: 'member_of',
      mentions: 'summit@0-3',
    });
    expect(graph.source('said:1')).toBe('person:lavrov');
  });
});

describe('GEXF carries the canvas look for Gephi and sigma', () => {
  const parsed = parseGexf(Graph, toGexf(fixtureGraph, { date }));

  it.each([
    ['person:lavrov', KIND_COLORS.person, 10, -20.5],
    ['delegation:russia', KIND_COLORS.delegation, 100, -0],
    ['place:anchorage', KIND_COLORS.place, -50, -75],
  ])('%s: colour by kind, position with y flipped (Gephi’s y points up)', (key, hex, x, y) => {
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
    expect(parsed.getNodeAttribute(key, 'color')).toBe(`rgb(${r},${g},${b})`);
    expect(parsed.getNodeAttribute(key, 'x')).toBe(x);
    expect(parsed.getNodeAttribute(key, 'y')).toBe(y === 0 ? 0 : y);
  });

  it('sizes by connectivity, as the canvas: Lavrov (2 edges) is larger than the delegation (1)', () => {
    expect(parsed.getNodeAttribute('person:lavrov', 'size')).toBeCloseTo(14 + 5 * Math.sqrt(2), 1);
    expect(parsed.getNodeAttribute('delegation:russia', 'size')).toBe(19);
  });

  it.each([
    ['said:1', 1.6, 'rgb(71,85,105)'],
    ['member:1', 1.4, 'rgb(167,139,250)'],
    ['mentions:1', 1.2, 'rgb(203,213,225)'],
  ])('edge %s: thickness %s and colour by kind', (key, thickness, color) => {
    expect(parsed.getEdgeAttribute(key, 'thickness')).toBe(thickness);
    expect(parsed.getEdgeAttribute(key, 'color')).toBe(color);
  });

  it('has the GEXF 1.3 namespaces, version and element order (meta, then graph: attributes, nodes, edges)', () => {
    const doc = parseStrict(toGexf(fixtureGraph, { date }));
    const root = doc.documentElement!;
    expect(root.namespaceURI).toBe('http://gexf.net/1.3');
    expect(root.lookupNamespaceURI('viz')).toBe('http://gexf.net/1.3/viz');
    expect(attr(root, 'version')).toBe('1.3');
    expect(Array.from(root.childNodes).filter((n) => n.nodeType === 1).map((n) => n.nodeName)).toEqual(['meta', 'graph']);
    const graph = elements(doc, 'graph')[0]!;
    expect(Array.from(graph.childNodes).filter((n) => n.nodeType === 1).map((n) => n.nodeName)).toEqual(['attributes', 'attributes', 'nodes', 'edges']);
    expect(attr(elements(doc, 'meta')[0], 'lastmodifieddate')).toBe('2026-11-29');
    const node = elements(doc, 'node')[0]!;
    expect(Array.from(node.childNodes).filter((n) => n.nodeType === 1).map((n) => n.nodeName)).toEqual(['attvalues', 'viz:color', 'viz:position', 'viz:size', 'viz:shape']);
  }); // prettier-ignore

  it('declares typed attributes: integers, doubles and strings as they are', () => {
    const doc = parseStrict(toGexf(fixtureGraph, { date }));
    const types = Object.fromEntries(
      elements(doc, 'attribute').map((a) => [attr(a, 'title'), attr(a, 'type')]),
    );
    expect(types).toMatchObject({ kind: 'string', start: 'integer', text: 'string' });
    expect(types).not.toHaveProperty('x');
  });
});

describe('GraphML for yEd and Cytoscape Desktop', () => {
  const doc = parseStrict(toGraphml(fixtureGraph));
  const node = (key: string) => elements(doc, 'node').find((n) => attr(n, 'id') === key)!;

  it('gives Cytoscape Desktop a `name` (the label) and keeps the key', () => {
    const parsed = parseGraphml(Graph, toGraphml(fixtureGraph));
    expect(parsed.getNodeAttribute('person:lavrov', 'name')).toBe('سيرغي لافروف');
    expect(parsed.getNodeAttribute('person:lavrov', 'color')).toBe(KIND_COLORS.person);
  });

  it.each([
    ['person:lavrov', 'ellipse', KIND_COLORS.person, 10, 20.5],
    ['delegation:russia', 'hexagon', KIND_COLORS.delegation, 100, 0],
    ['place:anchorage', 'diamond', KIND_COLORS.place, -50, 75],
  ])('%s is a y:ShapeNode (%s) at its canvas place, filled by kind, labelled', (key, shape, color, x, y) => {
    const shapeNode = node(key).getElementsByTagName('y:ShapeNode')[0]!;
    const geometry = shapeNode.getElementsByTagName('y:Geometry')[0]!;
    const size = Number(attr(geometry, 'width'));
    expect(Number(attr(geometry, 'x')) + size / 2).toBeCloseTo(x, 2);
    expect(Number(attr(geometry, 'y')) + size / 2).toBeCloseTo(y, 2);
    expect(attr(shapeNode.getElementsByTagName('y:Fill')[0], 'color')).toBe(color.toUpperCase());
    expect(attr(shapeNode.getElementsByTagName('y:Shape')[0], 'type')).toBe(shape);
    expect(shapeNode.getElementsByTagName('y:NodeLabel')[0]!.textContent).toBe(
      fixtureGraph.nodes.find((n) => n.key === key)!.attributes!.label,
    );
  }); // prettier-ignore

  it('colours edges by kind (y:LineStyle)', () => {
    const styles = elements(doc, 'y:LineStyle').map((s) => [attr(s, 'color'), attr(s, 'type')]);
    expect(styles).toEqual([
      ['#475569', 'line'],
      ['#A78BFA', 'dashed'],
      ['#CBD5E1', 'dotted'],
    ]);
  });

  it('declares the yFiles graphics keys and the yFiles namespace', () => {
    const yfiles = elements(doc, 'key').filter((k) => attr(k, 'yfiles.type'));
    expect(yfiles.map((k) => [attr(k, 'for'), attr(k, 'yfiles.type')])).toEqual([
      ['node', 'nodegraphics'],
      ['edge', 'edgegraphics'],
    ]);
    expect(doc.documentElement!.lookupNamespaceURI('y')).toBe('http://www.yworks.com/xml/graphml');
    expect(doc.documentElement!.namespaceURI).toBe('http://graphml.graphdrawing.org/xmlns');
  });
});

describe('XML exports stay valid with what broke them', () => {
  const graph = trickyGraph();
  const files = [
    ['GEXF', toGexf(graph, { date })],
    ['GraphML', toGraphml(graph)],
  ] as const;

  it.each(files)('%s parses with a strict XML parser (vertical tabs dropped)', (_name, xml) => {
    const doc = parseStrict(xml);
    expect(xml.includes('\u000B')).toBe(false);
    expect(doc.documentElement).toBeTruthy();
  });

  it.each(files)('%s: every node, edge, source and target id is an NMTOKEN', (_name, xml) => {
    const doc = parseStrict(xml);
    const ids = [
      ...elements(doc, 'node').map((n) => attr(n, 'id')),
      ...elements(doc, 'edge').flatMap((e) => [
        attr(e, 'id'),
        attr(e, 'source'),
        attr(e, 'target'),
      ]),
    ];
    expect(ids.length).toBe(graph.nodes.length + 3 * graph.edges.length);
    for (const id of ids) expect(id).toMatch(NMTOKEN);
  });

  it('GraphML key ids and attr.names are NMTOKENs too (a name with spaces and <> included)', () => {
    const doc = parseStrict(toGraphml(graph));
    for (const key of elements(doc, 'key')) {
      expect(attr(key, 'id')).toMatch(NMTOKEN);
      if (attr(key, 'attr.name')) expect(attr(key, 'attr.name')).toMatch(NMTOKEN);
    }
  });

  it.each(files)('%s keeps the original key of a node whose id had to change', (_name, xml) => {
    const parsed = _name === 'GEXF' ? parseGexf(Graph, xml) : parseGraphml(Graph, xml);
    expect(parsed.getNodeAttribute('person:دونالد_ترامب', 'isnad_key')).toBe('person:دونالد ترامب');
    expect(parsed.getNodeAttribute('person:دونالد_ترامب', 'label')).toBe('دونالد ترامب');
    expect(parsed.source('person:دونالد_ترامب--statement:2')).toBe('person:دونالد_ترامب');
  });

  it('GEXF description (the titles) has no control character left', () => {
    const doc = parseStrict(toGexf(graph, { date }));
    expect(elements(doc, 'description')[0]!.textContent).toBe('قمةأنكوراج: لافروف يتحدث');
  });
});
