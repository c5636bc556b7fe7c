import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { toGexf, toGraphml } from '../../../src/graph/export/index';
import { fixtureGraph, TRICKY_STATEMENT } from './fixture';

// graphology's own parsers (with xmldom in Node) must read back what we write.
const formats = [
  ['GEXF', (graph: typeof fixtureGraph) => parseGexf(Graph, toGexf(graph))],
  ['GraphML', (graph: typeof fixtureGraph) => parseGraphml(Graph, toGraphml(graph))],
] as const;

describe.each(formats)('%s parses back with graphology', (_name, roundTrip) => {
  const graph = roundTrip(fixtureGraph);

  it('with the same nodes and edges', () => {
    expect(graph.order).toBe(fixtureGraph.nodes.length);
    expect(graph.size).toBe(fixtureGraph.edges.length);
    expect(graph.edges().sort()).toEqual(['member:1', 'mentions:1', 'said:1']);
  });

  it.each([
    ['person:lavrov', 'label', 'سيرغي لافروف'],
    ['person:lavrov', 'kind', 'person'],
    ['person:lavrov', 'aliases', 'لافروف | سيرغي لافروف'],
    ['person:lavrov', 'mentions', 'summit@18-30'],
    ['person:lavrov', 'y', 20.5],
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

describe('XML writers survive characters XML forbids', () => {
  it('drops control codes instead of writing an unreadable file', () => {
    const graph = structuredClone(fixtureGraph);
    graph.nodes[0]!.attributes!.label = 'لاف\u0001روف <&>';
    expect(parseGraphml(Graph, toGraphml(graph)).getNodeAttribute('person:lavrov', 'label')).toBe(
      'لافروف <&>',
    );
    expect(parseGexf(Graph, toGexf(graph)).getNodeAttribute('person:lavrov', 'label')).toBe(
      'لافروف <&>',
    );
  });
});

describe.each(formats)('%s carries what was edited by hand', (_name, roundTrip) => {
  it('as an `edited` attribute in words', () => {
    const graph = structuredClone(fixtureGraph);
    graph.nodes.find((n) => n.key === 'statement:1')!.attributes!.edited = [
      { op: 'speaker', from: 'سيرغي لافروف', to: 'فلاديمير بوتين' },
    ];
    expect(roundTrip(graph).getNodeAttribute('statement:1', 'edited')).toBe(
      'speaker changed: سيرغي لافروف → فلاديمير بوتين',
    );
  });
});
