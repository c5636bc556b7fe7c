/**
 * The layout of a graph file without positions grows linearly: box pairs compared per node stay
 * flat from 1,000 to 8,000 nodes (counted, not timed). Before the fix, 4,000 unconnected nodes
 * started at one spot and every pass compared every pair; loose nodes were checked against every
 * cluster (10k nodes took 10 s, 20k 42 s in the probe of issue 13).
 */
import { describe, expect, it } from 'vitest';
import { createGraph, type IsnadGraph } from '../../../src/graph/build.ts';
import { applyLayout } from '../../../src/graph/layout.ts';

const node = (kind: string, label: string) => ({ kind, label, aliases: [], mentions: [] }) as never;

/** Unconnected places and organizations only. */
function unconnected(n: number): IsnadGraph {
  const g = createGraph();
  for (let i = 0; i < n; i++)
    g.addNode(`place:${i}`, node(i % 2 ? 'place' : 'organization', `مكان ${i}`));
  return g;
}

/** A quarter speakers with one statement each, half loose places. */
function speakersAndPlaces(n: number): IsnadGraph {
  const g = createGraph();
  for (let i = 0; i < n / 4; i++) {
    g.addNode(`person:${i}`, node('person', `شخص ${i}`));
    g.addNode(`statement:${i}`, node('statement', `قول ${i}`));
    g.addEdge(`person:${i}`, `statement:${i}`, { kind: 'said' } as never);
  }
  for (let i = 0; i < n / 2; i++) g.addNode(`place:${i}`, node('place', `مكان ${i}`));
  return g;
}

function checksPerNode(graph: IsnadGraph): number {
  const stats = { checks: 0 };
  applyLayout(graph, stats);
  return stats.checks / graph.order;
}

describe('layout work per node stays flat from 1,000 to 8,000 nodes', () => {
  it.each([
    ['unconnected nodes', unconnected],
    ['speakers and loose places', speakersAndPlaces],
  ] as const)('%s', (_title, make) => {
    const small = checksPerNode(make(1000));
    const big = checksPerNode(make(8000));
    expect({ small, big, flat: big < small * 1.5 }).toMatchObject({ flat: true });
  });
});
