import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/graph/index.ts';
import { extractArticle } from '../../../src/pipeline/index.ts';

const seed = readFileSync(new URL('../../../data/seed.txt', import.meta.url), 'utf8');
const seedResult = extractArticle({ id: 'seed', text: seed });

describe('buildGraph', () => {
  const graph = buildGraph([seedResult]);

  it('keeps the contract attributes', () => {
    const attrs = graph.getAttributes();
    expect(attrs.schemaVersion).toBe(1);
    expect(attrs.articles[0]?.text).toBe(seed);
    expect(attrs.articles[0]?.bodyEnd).toBeLessThan(seed.length);
    expect(graph.type).toBe('directed');
    expect(graph.multi).toBe(false);
  });

  it('has a readable size for the seed (60–90 nodes)', () => {
    expect(graph.order).toBeGreaterThanOrEqual(60);
    expect(graph.order).toBeLessThanOrEqual(90);
  });

  it('gives every node a position, and no two nodes overlap', () => {
    const points = graph.mapNodes((_, a) => [a.x, a.y] as const);
    for (const [x, y] of points) expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
    // Nearest-neighbour distances: the closest pair is not much closer than the typical one.
    const nearest = points
      .map(([ax = 0, ay = 0], i) =>
        Math.min(
          ...points
            .filter((_, j) => j !== i)
            .map(([bx = 0, by = 0]) => Math.hypot(ax - bx, ay - by)),
        ),
      )
      .sort((a, b) => a - b);
    const min = nearest[0] ?? 0;
    const median = nearest[Math.floor(nearest.length / 2)] ?? 0;
    expect(min).toBeGreaterThan(0.5 * median);
  });

  it('lays out deterministically', () => {
    const again = buildGraph([extractArticle({ id: 'seed', text: seed })]);
    expect(again.mapNodes((k, a) => `${k}@${a.x},${a.y}`)).toEqual(
      graph.mapNodes((k, a) => `${k}@${a.x},${a.y}`),
    );
  });

  it('links each statement to its speaker with a said edge', () => {
    graph.forEachNode((key, a) => {
      if (a.kind !== 'statement' || !a.speaker) return;
      expect(graph.getEdgeAttribute(graph.edge(a.speaker, key), 'kind')).toBe('said');
    });
  });

  it('stores statement offsets into the original text', () => {
    graph.forEachNode((_, a) => {
      if (a.kind === 'statement') expect(seed.slice(a.start, a.end)).toBe(a.text);
      for (const m of a.mentions) expect(seed.slice(m.start, m.end)).toBe(m.text);
    });
  });
});

describe('several articles merge', () => {
  const other = extractArticle({
    id: 'other',
    text: 'وقال ترامب إن المحادثات مع روسيا ستستمر. وأضاف لافروف أن موسكو مستعدة للحوار.',
  });
  const graph = buildGraph([seedResult, other]);

  it('the same leader is one node with mentions from both articles', () => {
    const trump = graph.getNodeAttributes('person:دونالد ترامب');
    expect(new Set(trump.mentions.map((m) => m.article))).toEqual(new Set(['seed', 'other']));
  });

  it('a surname alone joins the one full name from another article', () => {
    expect(graph.hasNode('person:لافروف')).toBe(false);
    const lavrov = graph.getNodeAttributes('person:سيرغي لافروف');
    expect(lavrov.mentions.some((m) => m.article === 'other')).toBe(true);
  });

  it('keeps both articles', () => {
    expect(graph.getAttribute('articles').map((a) => a.id)).toEqual(['seed', 'other']);
  });
});
