import { describe, expect, it } from 'vitest';
import { displayScale, hasPositions, toElements } from '../../../../src/app/graph-view/elements';
import { shortenLabel } from '../../../../src/app/graph-view/labels';
import { smallGraph } from '../fixtures/small-graph';

describe('shortenLabel keeps statement labels short', () => {
  it.each([
    ['a short label stays', 'أوكرانيا مهمة', 'أوكرانيا مهمة'],
    [
      'past five words gets an ellipsis',
      'واحد اثنان ثلاثة أربعة خمسة ستة',
      'واحد اثنان ثلاثة أربعة خمسة…',
    ],
    ['a long run of characters is cut', 'ا'.repeat(50), `${'ا'.repeat(32)}…`],
    ['whitespace is tidied', '  كلمة   أخرى ', 'كلمة أخرى'],
  ])('%s', (_title, label, expected) => {
    expect(shortenLabel(label)).toBe(expected);
  });
});

describe('stored positions → screen positions', () => {
  it.each([
    [
      'a unit grid spreads to 48 px between neighbours',
      [
        { x: 0, y: 0 },
        { x: 1, y: 0 },
        { x: 2, y: 0 },
      ],
      48,
    ],
    [
      'a layout in pixels with room for labels is shown as stored',
      [
        { x: 0, y: 0 },
        { x: 96, y: 0 },
        { x: 192, y: 0 },
      ],
      1,
    ],
    ['one node is left alone', [{ x: 5, y: 5 }], 1],
    [
      'all at one point is left alone',
      [
        { x: 0, y: 0 },
        { x: 0, y: 0 },
      ],
      1,
    ],
  ])('%s', (_title, points, expected) => {
    expect(displayScale(points)).toBeCloseTo(expected);
  });

  it('keeps the layout’s shape: one factor for every node', () => {
    const elements = toElements(smallGraph);
    const putin = elements.find((e) => e.data.id === 'putin')!.position!;
    const trump = elements.find((e) => e.data.id === 'trump')!.position!;
    expect(putin.y).toBe(0);
    expect(putin.x).toBeCloseTo(-trump.x);
  });

  it('gives hubs a bigger size and statements a short canvas label', () => {
    const elements = toElements(smallGraph);
    const size = (id: string) => Number(elements.find((e) => e.data.id === id)!.data.size);
    expect(size('putin')).toBeGreaterThan(size('alaska'));
    expect(elements.every((e) => e.group === 'edges' || typeof e.data.display === 'string')).toBe(
      true,
    );
  });

  it('knows when a graph has no stored positions', () => {
    const bare = {
      ...smallGraph,
      nodes: smallGraph.nodes.map((n) => ({
        key: n.key,
        attributes: { kind: 'person', label: n.key },
      })),
    };
    expect(hasPositions(smallGraph)).toBe(true);
    expect(hasPositions(bare)).toBe(false);
  });
});
