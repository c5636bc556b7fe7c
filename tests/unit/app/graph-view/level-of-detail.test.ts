import { describe, expect, it } from 'vitest';
import { indexGraph } from '../../../../src/graph/queries';
import {
  collapsedByDefault,
  hiddenStatements,
  labelPriority,
  strongSummaryEdges,
  summaryEdges,
  type SummaryEdge,
} from '../../../../src/app/graph-view/level-of-detail';
import { categoryOf, sizeOf } from '../../../../src/app/graph-view/measures';
import { buildGraph } from '../../../../src/graph/build';
import { syntheticCorpus } from '../../../bench/synthetic-corpus';
import { smallGraph } from '../fixtures/small-graph';

const index = indexGraph(smallGraph);

describe('level of detail', () => {
  it.each([
    ['nothing selected hides every statement', null, [], ['s1', 's2', 's3']],
    [
      'a selected speaker does not unfold them (the inspector does)',
      'putin',
      [],
      ['s1', 's2', 's3'],
    ],
    ['a selected statement is shown alone', 's2', [], ['s1', 's3']],
    ['a selected place shows none', 'alaska', [], ['s1', 's2', 's3']],
    ['an expanded speaker shows every statement they made', null, ['putin'], ['s2', 's3']],
    ['two expanded speakers show both', null, ['putin', 'trump'], ['s3']],
    ['an expanded speaker and another’s statement selected', 's2', ['putin'], ['s3']],
    ['a speaker expanded who said nothing changes nothing', null, ['alaska'], ['s1', 's2', 's3']],
  ] as const)('%s', (_title, selected, expanded, expectedHidden) => {
    const all = [...index.nodes].filter(([, a]) => a.kind === 'statement').map(([k]) => k);
    const hidden = [...hiddenStatements(index, selected, expanded)].sort();
    expect(hidden).toEqual(expectedHidden.filter((k) => all.includes(k)).sort());
  });

  it('the seed-sized graph keeps every name a priority label; a corpus ranks by degree', () => {
    const degree = new Map<string, number>();
    expect(labelPriority(smallGraph, degree).size).toBe(
      smallGraph.nodes.filter((n) => n.attributes?.kind !== 'statement').length,
    );
    const corpus = buildGraph(syntheticCorpus({ articles: 40 }), { layout: false }).export();
    for (const e of corpus.edges) {
      degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
      degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
    }
    const top = labelPriority(corpus, degree);
    const entities = corpus.nodes.filter((n) => n.attributes?.kind !== 'statement');
    expect(top.size).toBeLessThan(entities.length);
    const least = Math.min(...[...top].map((k) => degree.get(k) ?? 0));
    const outside = entities.filter((n) => !top.has(n.key)).map((n) => degree.get(n.key) ?? 0);
    expect(Math.max(...outside)).toBeLessThanOrEqual(least);
    expect(collapsedByDefault(corpus)).toBe(true);
    expect(collapsedByDefault(smallGraph)).toBe(false);
  });

  it('summary edges join a speaker to what their statements mention, once, weighted', () => {
    const edges = summaryEdges(smallGraph).map((e) => [e.source, e.target, e.weight]);
    expect(edges.length).toBeGreaterThan(0);
    for (const [source, target] of edges) {
      const said = index.outEdges.get(source as string)!.filter((e) => e.kind === 'said');
      const mentioned = said.flatMap((e) =>
        (index.outEdges.get(e.target) ?? [])
          .filter((m) => m.kind === 'mentions')
          .map((m) => m.target),
      );
      expect(mentioned).toContain(target);
    }
  });

  const about = (source: string, target: string, weight: number): SummaryEdge => ({
    id: `about:${source}->${target}`,
    source,
    target,
    weight,
  });
  it.each([
    ['up to the threshold every one is drawn', [about('a', 'x', 1)], 5, null],
    [
      'past it, each node keeps its two heaviest',
      [about('a', 'x', 5), about('a', 'y', 3), about('a', 'z', 1), about('b', 'z', 2)],
      2,
      ['about:a->x', 'about:a->y', 'about:a->z', 'about:b->z'],
    ],
    [
      'a weak edge stays when it is one of its other end’s two heaviest',
      [
        about('a', 'x', 5),
        about('a', 'y', 4),
        about('a', 'z', 1),
        about('b', 'z', 3),
        about('c', 'z', 2),
        about('b', 'x', 1),
        about('c', 'x', 1),
      ],
      2,
      ['about:a->x', 'about:a->y', 'about:b->x', 'about:b->z', 'about:c->x', 'about:c->z'],
    ],
  ] as const)('strong about edges: %s', (_title, edges, above, expected) => {
    const strong = strongSummaryEdges(edges, above);
    expect(strong === null ? null : [...strong].sort()).toEqual(expected);
  });

  it('a 20,000-edge corpus draws about a third of its about edges, each node tied still', () => {
    const corpus = buildGraph(syntheticCorpus({ articles: 120, extraMentions: 4 }), {
      layout: false,
    }).export();
    const edges = summaryEdges(corpus);
    const strong = strongSummaryEdges(edges)!;
    expect(strong.size).toBeLessThan(edges.length / 2);
    const tied = new Set(
      [...edges].filter((e) => strong.has(e.id)).flatMap((e) => [e.source, e.target]),
    );
    expect(tied).toEqual(new Set(edges.flatMap((e) => [e.source, e.target])));
  });
});

describe('measures', () => {
  it.each([
    ['a delegation is its own category', 'ru-del', 'delegation', 'ru-del'],
    ['a member takes their delegation', 'lavrov', 'delegation', 'ru-del'],
    ['a statement takes its speaker’s delegation', 's1', 'delegation', 'ru-del'],
    ['by kind there is no category', 'putin', 'kind', null],
  ] as const)('%s', (_title, key, by, expected) => {
    expect(categoryOf(index, key, by)).toBe(expected);
  });

  it('size by statements said grows with what a speaker said', () => {
    expect(sizeOf(index, 'putin', 'person', 'said')).toBeGreaterThan(
      sizeOf(index, 'lavrov', 'person', 'said'),
    );
  });
});
