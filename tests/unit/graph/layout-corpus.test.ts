/**
 * The community layout on generated corpora: deterministic, every entity box clear of every
 * other, communities kept together, and the choice between the article and corpus layouts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/graph/build';
import { nodeBox } from '../../../src/graph/layout-boxes';
import { isCorpus } from '../../../src/graph/layout-choice';
import { corpusLayout } from '../../../src/graph/layout-corpus';
import { extractArticle } from '../../../src/pipeline/index';
import { syntheticCorpus } from '../../bench/synthetic-corpus';

const corpus = (articles: number) => buildGraph(syntheticCorpus({ articles }), { layout: false });
/** Copies of the seed article: many identical sides, a few speakers with hundreds of statements. */
const copies = (n: number) => {
  const text = readFileSync(new URL('../../../data/seed.txt', import.meta.url), 'utf8');
  return buildGraph(
    Array.from({ length: n }, (_, i) => extractArticle({ id: `a${i}`, text })),
    { layout: false },
  );
};

describe('corpusLayout', () => {
  it('is deterministic: the same graph gets the same positions', () => {
    const a = corpus(12);
    const b = corpus(12);
    corpusLayout(a);
    corpusLayout(b);
    expect(a.mapNodes((key, attrs) => [key, attrs.x, attrs.y])).toEqual(
      b.mapNodes((key, attrs) => [key, attrs.x, attrs.y]),
    );
  });

  it('reports progress from 0 to 1 through every stage', () => {
    const stages: string[] = [];
    const done: number[] = [];
    corpusLayout(corpus(8), (d, stage) => {
      done.push(d);
      if (stages.at(-1) !== stage) stages.push(stage);
    });
    expect(stages).toEqual(['communities', 'forces', 'overlaps', 'statements']);
    expect(done[0]).toBe(0);
    expect(done.at(-1)).toBe(1);
    expect([...done].sort((p, q) => p - q)).toEqual(done);
  });

  it.each([
    ['8 articles', corpus(8)],
    ['24 articles', corpus(24)],
    ['120 articles', corpus(120)],
    [
      '40 copies of one article (every side twice 40 times, one speaker with 500 statements)',
      copies(40),
    ],
  ])('leaves no two boxes (node + label) overlapping, statements included: %s', (_title, graph) => {
    corpusLayout(graph);
    const boxes = graph
      .mapNodes((key) => key)
      .map((key) => {
        const attrs = graph.getNodeAttributes(key);
        const b = nodeBox(attrs.kind, attrs.label, graph.degree(key));
        const cy = (attrs.y as number) + b.dy;
        return {
          key,
          x1: attrs.x! - b.w / 2,
          x2: attrs.x! + b.w / 2,
          y1: cy - b.h / 2,
          y2: cy + b.h / 2,
        };
      });
    // Sorted by their left side: only the boxes that start before one ends can overlap it.
    boxes.sort((a, b) => a.x1 - b.x1);
    const clashes: string[] = [];
    boxes.forEach((a, i) => {
      for (let j = i + 1; j < boxes.length && boxes[j]!.x1 < a.x2 - 0.5; j++) {
        const b = boxes[j]!;
        if (b.x1 < a.x2 - 0.5 && a.y1 < b.y2 - 0.5 && b.y1 < a.y2 - 0.5)
          clashes.push(`${a.key} × ${b.key}`);
      }
    });
    expect(clashes).toEqual([]);
  });

  it('keeps a speaker’s statements around them', () => {
    const graph = copies(8);
    corpusLayout(graph);
    const far = graph.filterEdges((_, attrs, source, target) => {
      if (attrs.kind !== 'said') return false;
      const s = graph.getNodeAttributes(source);
      const t = graph.getNodeAttributes(target);
      return Math.hypot(s.x! - t.x!, s.y! - t.y!) > 800;
    });
    expect(far).toEqual([]);
  });
});

describe('which layout a graph gets', () => {
  it.each([
    ['one article is laid out as an article', 1, false],
    ['two articles still read as one story', 2, false],
    ['three articles or more are a corpus', 3, true],
  ])('%s', (_title, articles, expected) => {
    expect(isCorpus(buildGraph(syntheticCorpus({ articles }), { layout: false }))).toBe(expected);
  });
});
