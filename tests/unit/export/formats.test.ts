/**
 * Graph JSON, Cytoscape.js JSON, Neo4j bulk-import CSVs and FollowTheMoney entities, read back
 * with independent readers (JSON.parse, papaparse, graphology) and checked for what their tools
 * need.
 */
import Graph from 'graphology';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { exportData, KIND_COLORS, type DataFormat } from '../../../src/graph/export/index';
import { graphFromSerialized } from '../../../src/graph/index';
import { fixtureGraph, trickyGraph } from './fixture';

const date = new Date(2026, 10, 29);
const contents = (format: DataFormat, graph = trickyGraph()) =>
  exportData(graph, format, { date }).map((f) => f.content);

describe('graph JSON carries color and size for sigma-based tools (Gephi Lite)', () => {
  const json = JSON.parse(contents('json', fixtureGraph)[0]!) as typeof fixtureGraph;

  it.each([
    ['person:lavrov', KIND_COLORS.person],
    ['place:anchorage', KIND_COLORS.place],
    ['statement:1', KIND_COLORS.statement],
  ])('%s is coloured %s and sized as on the canvas', (key, color) => {
    const attributes = json.nodes.find((n) => n.key === key)!.attributes!;
    expect(attributes).toMatchObject({ color, size: expect.any(Number) });
  });

  it('is otherwise the graph as loaded, and still opens as an Isnad graph file', () => {
    const without = (attributes: unknown) =>
      Object.fromEntries(
        Object.entries(attributes as object).filter(([k]) => k !== 'color' && k !== 'size'),
      );
    const strip = (g: typeof fixtureGraph) => ({
      ...g,
      nodes: g.nodes.map(({ key, attributes }) => ({ key, attributes: without(attributes) })),
      edges: g.edges.map(({ attributes, ...edge }) => ({
        ...edge,
        attributes: without(attributes),
      })),
    });
    expect(strip(json)).toEqual(strip(fixtureGraph));
    expect(graphFromSerialized(json).order).toBe(fixtureGraph.nodes.length);
    expect(Graph.from(json as never).getNodeAttribute('person:lavrov', 'color')).toBe(
      KIND_COLORS.person,
    );
  });
});

describe('Cytoscape.js JSON (cyjs) for Cytoscape Desktop and Cytoscape.js', () => {
  const cyjs = JSON.parse(contents('cyjs')[0]!);

  it('has elements.nodes and elements.edges with data and position', () => {
    expect(cyjs.elements.nodes).toHaveLength(6);
    expect(cyjs.elements.edges).toHaveLength(4);
    const trump = cyjs.elements.nodes.find((n: { data: { isnad_key: string } }) => n.data.isnad_key === 'person:دونالد ترامب');
    expect(trump).toMatchObject({
      data: { id: 'person:دونالد_ترامب', name: 'دونالد\u000B ترامب', kind: 'person', color: KIND_COLORS.person },
      position: { x: 200, y: -40 },
    });
  }); // prettier-ignore

  it('edges point at node ids that exist, with their interaction and colour', () => {
    const ids = new Set(cyjs.elements.nodes.map((n: { data: { id: string } }) => n.data.id));
    for (const { data } of cyjs.elements.edges) {
      expect(ids.has(data.source) && ids.has(data.target)).toBe(true);
      expect(data.interaction).toBe(data.kind);
      expect(data.color).toMatch(/^#[0-9a-f]{6}$/);
    }
  });
});

describe('Neo4j bulk import CSVs', () => {
  const [nodesCsv, relationshipsCsv] = contents('neo4j');
  const read = (csv: string) => Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data; // prettier-ignore
  const nodes = read(nodesCsv!);
  const relationships = read(relationshipsCsv!);

  it('nodes.csv: id:ID, :LABEL and typed properties, one row per node, no byte-order mark', () => {
    expect(nodesCsv!.startsWith('id:ID,:LABEL,name,')).toBe(true);
    expect(nodes).toHaveLength(6);
    expect(nodes.find((n) => n['id:ID'] === 'person:lavrov')).toMatchObject({
      ':LABEL': 'Person',
      name: 'سيرغي لافروف',
      'aliases:string[]': 'لافروف;سيرغي لافروف',
      'x:double': '10',
    });
    expect(nodes.find((n) => n['id:ID'] === 'statement:2')).toMatchObject({
      ':LABEL': 'Statement',
      url: 'https://example.com/news/summit',
    });
  });

  it.each([
    ['person:lavrov', 'statement:1', 'SAID'],
    ['person:lavrov', 'delegation:russia', 'MEMBER_OF'],
    ['statement:1', 'place:anchorage', 'MENTIONS'],
    ['person:دونالد ترامب', 'statement:2', 'SAID'],
  ])('relationships.csv: %s → %s is %s', (start, end, type) => {
    expect(relationships).toContainEqual(
      expect.objectContaining({ ':START_ID': start, ':END_ID': end, ':TYPE': type }),
    );
  });

  it('every relationship joins ids of nodes.csv', () => {
    const ids = new Set(nodes.map((n) => n['id:ID']));
    for (const r of relationships)
      expect(ids.has(r[':START_ID']!) && ids.has(r[':END_ID']!)).toBe(true);
  });
});

describe('FollowTheMoney entities, one JSON object per line', () => {
  const lines = contents('ftm')[0]!.trimEnd().split('\n');
  const entities = lines.map((line) => JSON.parse(line));
  const byName = (name: string) => entities.find((e) => e.properties.name?.includes(name));

  it('every line is an entity with id, schema and list-valued properties', () => {
    for (const e of entities) {
      expect(e).toEqual({ id: expect.any(String), schema: expect.any(String), properties: expect.any(Object) });
      for (const values of Object.values(e.properties)) expect(values).toEqual(expect.arrayContaining([expect.any(String)]));
    }
  }); // prettier-ignore

  it.each([
    ['سيرغي لافروف', 'Person', { position: ['وزير الخارجية'], alias: ['لافروف', 'Sergey Lavrov'] }],
    ['الوفد الروسي', 'Organization', {}],
  ])('%s is a %s', (name, schema, properties) => {
    expect(byName(name)).toMatchObject({ schema, properties });
  });

  it('a member of a delegation is a Membership linking both entities', () => {
    const membership = entities.find((e) => e.schema === 'Membership');
    expect(membership.properties).toMatchObject({
      member: [byName('سيرغي لافروف').id],
      organization: [byName('الوفد الروسي').id],
      role: ['member'],
      sourceUrl: ['https://example.com/news/summit'],
    });
  });

  it('the article is an Article with its URL, and entities cite it as sourceUrl', () => {
    const article = entities.find((e) => e.schema === 'Article');
    expect(article.properties).toMatchObject({
      sourceUrl: ['https://example.com/news/summit'],
      publishedAt: ['2025-08-15'],
      publisher: ['مثال'],
    });
    expect(byName('سيرغي لافروف').properties.sourceUrl).toEqual([
      'https://example.com/news/summit',
    ]);
  });
});
