/**
 * Boxes pushed apart (src/graph/layout-separate.ts): a crowd ends with no box on another, and a
 * box far away changes nothing in it (the grid's cells are found by id, whatever the distance).
 */
import { describe, expect, it } from 'vitest';
import type { Box } from '../../../src/graph/layout-boxes';
import { separateBoxes } from '../../../src/graph/layout-separate';

const GAP = 6;
const label: Box = { w: 80, h: 30, dy: 0 };

/** Sixty names on a grid tighter than their boxes: every neighbour overlaps. */
function crowd(): { xs: number[]; ys: number[] } {
  const xs: number[] = [];
  const ys: number[] = [];
  for (let k = 0; k < 60; k++) {
    xs.push((k % 6) * 40 + (k % 7));
    ys.push(Math.floor(k / 6) * 15 + (k % 5));
  }
  return { xs, ys };
}

function overlaps(xs: Float64Array, ys: Float64Array, boxes: readonly Box[]): number {
  let n = 0;
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const dx = Math.abs(xs[i]! - xs[j]!);
      const dy = Math.abs(ys[i]! + boxes[i]!.dy - ys[j]! - boxes[j]!.dy);
      if (dx < (boxes[i]!.w + boxes[j]!.w) / 2 && dy < (boxes[i]!.h + boxes[j]!.h) / 2) n++;
    }
  return n;
}

describe('separateBoxes', () => {
  it('pushes a crowd of names apart until none overlaps', () => {
    const { xs, ys } = crowd();
    const x = Float64Array.from(xs);
    const y = Float64Array.from(ys);
    const boxes = xs.map(() => label);
    expect(overlaps(x, y, boxes)).toBeGreaterThan(50);
    expect(separateBoxes(x, y, boxes, { gap: GAP, slack: 2, passes: 200 })).toBeLessThan(200);
    expect(overlaps(x, y, boxes)).toBe(0);
  });

  it.each([
    ['one name far off to the right', 10_000_000, 0],
    ['one name far below', 0, 10_000_000],
  ])('moves the crowd the same way with %s', (_title, farX, farY) => {
    const { xs, ys } = crowd();
    const near = { x: Float64Array.from(xs), y: Float64Array.from(ys) };
    separateBoxes(
      near.x,
      near.y,
      xs.map(() => label),
      { gap: GAP, slack: 2, passes: 200 },
    );
    const far = { x: Float64Array.from([...xs, farX]), y: Float64Array.from([...ys, farY]) };
    separateBoxes(
      far.x,
      far.y,
      [...xs, 0].map(() => label),
      { gap: GAP, slack: 2, passes: 200 },
    );
    expect([...far.x.slice(0, 60)]).toEqual([...near.x]);
    expect([...far.y.slice(0, 60)]).toEqual([...near.y]);
    expect([far.x[60], far.y[60]]).toEqual([farX, farY]);
  });
});
