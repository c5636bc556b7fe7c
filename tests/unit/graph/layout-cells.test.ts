/**
 * Statements in the free cells around their speaker (src/graph/layout-cells.ts) and communities
 * opened before the pushes (src/graph/layout-spread.ts): tables of small real shapes.
 */
import { describe, expect, it } from 'vitest';
import type { Box } from '../../../src/graph/layout-boxes';
import { placeInCells, type CellGroup, type Placed } from '../../../src/graph/layout-cells';
import { spreadFactor } from '../../../src/graph/layout-spread';

/** A statement's box as nodeBox gives it: 110 × 29, centred 9.5 below the node. */
const statement: Box = { w: 110, h: 29, dy: 9.5 };
/** A speaker with a two-line name and the count line. */
const speaker: Box = { w: 170, h: 110, dy: 40 };
const GAP = 6;

type Rect = { x1: number; y1: number; x2: number; y2: number };
const rect = (x: number, y: number, b: Box): Rect => ({
  x1: x - b.w / 2,
  x2: x + b.w / 2,
  y1: y + b.dy - b.h / 2,
  y2: y + b.dy + b.h / 2,
});
const overlap = (a: Rect, b: Rect) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

function clashes(obstacles: Placed[], groups: CellGroup[]): number {
  const placed = placeInCells(obstacles, groups, GAP);
  const rects = [
    ...obstacles.map((o) => rect(o.x, o.y, o.box)),
    ...groups.flatMap((g, i) =>
      g.items.map((box, k) => rect(placed[i]![k]!.x, placed[i]![k]!.y, box)),
    ),
  ];
  let n = 0;
  for (let i = 0; i < rects.length; i++)
    for (let j = i + 1; j < rects.length; j++) if (overlap(rects[i]!, rects[j]!)) n++;
  return n;
}

const around = (x: number, y: number, count: number): CellGroup => ({
  x,
  y: y + speaker.dy,
  items: Array.from({ length: count }, () => statement),
});

describe('placeInCells', () => {
  it.each([
    ['one speaker, three statements', [{ x: 0, y: 0, box: speaker }], [around(0, 0, 3)]],
    ['one speaker, 500 statements', [{ x: 0, y: 0, box: speaker }], [around(0, 0, 500)]],
    [
      'two speakers side by side, 40 statements each',
      [
        { x: 0, y: 0, box: speaker },
        { x: 200, y: 0, box: speaker },
      ],
      [around(0, 0, 40), around(200, 0, 40)],
    ],
    [
      'a speaker walled in by other names',
      [
        { x: 0, y: 0, box: speaker },
        ...Array.from({ length: 8 }, (_, k) => ({
          x: 260 * Math.cos((k * Math.PI) / 4),
          y: 200 * Math.sin((k * Math.PI) / 4),
          box: speaker,
        })),
      ],
      [around(0, 0, 30)],
    ],
    [
      'statements with no speaker, by an anchor',
      [],
      [{ x: 50, y: 50, items: [statement, statement] }],
    ],
  ] as const)('%s: no box on another', (_title, obstacles, groups) => {
    expect(clashes([...obstacles], [...groups])).toBe(0);
  });

  it('puts the first statements nearest the speaker', () => {
    const [[first, second, ...rest]] = placeInCells(
      [{ x: 0, y: 0, box: speaker }],
      [around(0, 0, 12)],
      GAP,
    ) as [Array<{ x: number; y: number }>];
    const d = (p: { x: number; y: number }) => Math.hypot(p.x, p.y + statement.dy - speaker.dy);
    expect(Math.max(d(first!), d(second!))).toBeLessThanOrEqual(Math.min(...rest.map(d)) + 1);
  });

  it('places statements far from the origin as near it (cell ids stay distinct past 2^14 rows)', () => {
    // Cells are 116 × 35 here (the statement box and the gap). 20,000 rows down, a cell's small
    // id would be that of a cell one column right and 32,768 rows up, where a name sits.
    const items = Array.from({ length: 12 }, () => statement);
    const down = 35 * 20_000;
    const name: Placed = { x: 174, y: 35 * -12_768, box: { w: 348, h: 245, dy: 0 } };
    const [near] = placeInCells([], [{ x: 58, y: 17.5, items }], GAP);
    const [far] = placeInCells([name], [{ x: 58, y: 17.5 + down, items }], GAP);
    expect(far).toEqual(near!.map((p) => ({ x: p.x, y: p.y + down })));
  });

  it('gives the same cells for the same input', () => {
    const input = (): [Placed[], CellGroup[]] => [
      [{ x: 10, y: 20, box: speaker }],
      [around(10, 20, 25), around(400, 20, 7)],
    ];
    expect(placeInCells(...input(), GAP)).toEqual(placeInCells(...input(), GAP));
  });
});

describe('spreadFactor', () => {
  const names = (n: number, step: number) => ({
    xs: Array.from({ length: n }, (_, i) => (i % 10) * step),
    ys: Array.from({ length: n }, (_, i) => Math.floor(i / 10) * step),
    boxes: Array.from({ length: n }, () => ({ w: 100, h: 50, dy: 0 })),
  });
  const crowd = { pairs: 4, quantile: 0.95, max: 16 };
  it.each([
    ['boxes already apart stay as they are', names(40, 200), 1],
    [
      // Side by side 30 apart, 110 wanted (3.7); above each other 30 apart, 60 wanted (2).
      'a grid of names 30 apart opens as far as 80% of its overlapping pairs ask',
      names(40, 30),
      110 / 30,
    ],
    ['a few boxes on one spot open as far as allowed (4)', names(3, 0), 4],
    ['a crowd of alike boxes on one spot opens as far as a crowd may (16)', names(40, 0), 16],
  ] as const)('%s', (_title, { xs, ys, boxes }, expected) => {
    expect(spreadFactor(xs, ys, boxes, { gap: 10, quantile: 0.8, max: 4, crowd })).toBeCloseTo(
      expected,
      5,
    );
  });
});
