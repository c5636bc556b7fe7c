/**
 * The stored layout: deterministic, no node + label boxes overlapping, each side's members closer
 * to their own delegation than to the other, each speaker's statements around them — on the seed
 * article (data/seed.txt) and on small hand-made graphs for the shapes an article may take.
 */
import { readFileSync } from 'node:fs';
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/graph/build';
import { applyLayout } from '../../../src/graph/layout';
import { nodeBox } from '../../../src/graph/layout-boxes';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../../../src/graph/types';
import { extractArticle } from '../../../src/pipeline/index';

type G = Graph<NodeAttributes, EdgeAttributes, GraphAttributes>;

const seedText = readFileSync(new URL('../../../data/seed.txt', import.meta.url), 'utf8');
const seed = (): G => buildGraph([extractArticle({ id: 'seed', text: seedText })]);

function overlaps(graph: G): string[] {
  const boxes = graph.mapNodes((key, a) => {
    const b = nodeBox(a.kind, a.label, graph.degree(key));
    return { key, w: b.w, h: b.h, x: a.x ?? 0, y: (a.y ?? 0) + b.dy };
  });
  const found: string[] = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const p = boxes[i]!;
      const q = boxes[j]!;
      if (Math.abs(p.x - q.x) < (p.w + q.w) / 2 && Math.abs(p.y - q.y) < (p.h + q.h) / 2)
        found.push(`${p.key} × ${q.key}`);
    }
  return found;
}

const dist = (graph: G, a: string, b: string): number => {
  const p = graph.getNodeAttributes(a);
  const q = graph.getNodeAttributes(b);
  return Math.hypot((p.x ?? 0) - (q.x ?? 0), (p.y ?? 0) - (q.y ?? 0));
};

function statement(graph: G, key: string, speaker: string | undefined, start: number): void {
  graph.addNode(key, {
    kind: 'statement',
    label: 'قال إن المحادثات كانت بناءة جدا',
    text: 'قال إن المحادثات كانت بناءة جدا',
    aliases: [],
    mentions: [],
    mode: 'reported',
    cue: 'قال',
    article: 'a',
    start,
    end: start + 10,
    ...(speaker ? { speaker } : {}),
  });
  if (speaker) graph.addDirectedEdge(speaker, key, { kind: 'said' });
}

const entity = (graph: G, key: string, kind: NodeAttributes['kind'], label = key): void => {
  graph.addNode(key, { kind, label, aliases: [], mentions: [] } as NodeAttributes);
};

describe('the seed article’s layout', () => {
  const graph = seed();
  const delegations = graph.filterNodes((_, a) => a.kind === 'delegation');
  const membersOf = (d: string) =>
    graph
      .inEdges(d)
      .filter((e) => ['member_of', 'heads'].includes(graph.getEdgeAttribute(e, 'kind')))
      .map((e) => graph.source(e));

  it('is the same every time', () => {
    const again = seed();
    graph.forEachNode((key, a) => {
      expect(again.getNodeAttribute(key, 'x')).toBe(a.x);
      expect(again.getNodeAttribute(key, 'y')).toBe(a.y);
    });
  });

  it('leaves no node or label on top of another', () => {
    expect(overlaps(graph)).toEqual([]);
  });

  it('has two sides, one left and one right', () => {
    expect(delegations).toHaveLength(2);
    const [a, b] = delegations.map((d) => graph.getNodeAttribute(d, 'x') ?? 0);
    expect(Math.abs(a! - b!)).toBeGreaterThan(400);
  });

  it('keeps every member closer to their own delegation than to the other', () => {
    for (const d of delegations) {
      const other = delegations.find((o) => o !== d)!;
      for (const m of membersOf(d)) expect(dist(graph, m, d)).toBeLessThan(dist(graph, m, other));
    }
  });

  it('keeps each side on its own half of the picture', () => {
    for (const d of delegations) {
      const sign = Math.sign(graph.getNodeAttribute(d, 'x') ?? 0);
      for (const m of membersOf(d))
        expect(Math.sign(graph.getNodeAttribute(m, 'x') ?? 0), m).toBe(sign);
    }
  });

  it('puts each statement nearer its own speaker than any other speaker', () => {
    const speakers = graph.filterNodes((k) =>
      graph.outEdges(k).some((e) => graph.getEdgeAttribute(e, 'kind') === 'said'),
    );
    graph.forEachNode((key, a) => {
      if (a.kind !== 'statement' || !a.speaker) return;
      for (const other of speakers)
        if (other !== a.speaker)
          expect(dist(graph, key, a.speaker), key).toBeLessThan(dist(graph, key, other));
    });
  });
});

describe('other shapes of article', () => {
  it.each([
    [
      'one speaker, no delegations',
      (g: G) => {
        entity(g, 'p', 'person', 'أحمد');
        entity(g, 'c', 'place', 'القاهرة');
        for (let i = 0; i < 6; i++) statement(g, `s${i}`, 'p', i * 10);
        g.addDirectedEdge('s0', 'c', { kind: 'mentions' });
      },
    ],
    [
      'many speakers and statements with no speaker',
      (g: G) => {
        for (let p = 0; p < 5; p++) {
          entity(g, `p${p}`, 'person', `متحدث رقم ${p}`);
          for (let i = 0; i < p + 1; i++) statement(g, `s${p}-${i}`, `p${p}`, p * 100 + i);
        }
        statement(g, 'orphan', undefined, 999);
        entity(g, 'org', 'organization', 'الأمم المتحدة');
      },
    ],
    ['a single node', (g: G) => entity(g, 'x', 'place', 'غزة')],
    ['an empty graph', () => undefined],
  ])('%s: finite positions, no overlaps, deterministic', (_title, fill) => {
    const make = () => {
      const g: G = new Graph({ type: 'directed' });
      fill(g);
      applyLayout(g);
      return g;
    };
    const g = make();
    g.forEachNode((_, a) => {
      expect(Number.isFinite(a.x)).toBe(true);
      expect(Number.isFinite(a.y)).toBe(true);
    });
    expect(overlaps(g)).toEqual([]);
    expect(make().export().nodes).toEqual(g.export().nodes);
  });
});

describe('a corpus of 50 articles', () => {
  it('lays out in well under two seconds', () => {
    const results = Array.from({ length: 50 }, (_, i) =>
      extractArticle({ id: `a${i}`, text: seedText }),
    );
    const graph = buildGraph(results, { layout: false });
    const t0 = performance.now();
    applyLayout(graph);
    const ms = performance.now() - t0;
    expect(graph.order).toBeGreaterThan(1000);
    expect(ms).toBeLessThan(2000);
  });
});
