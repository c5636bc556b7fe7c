/**
 * The last pass of the layout: pushes apart any two boxes (node + label) that still overlap, along
 * the axis where they overlap least, half each. A grid of cells makes each pass near-linear once
 * no cell is crowded: crowds (thousands of unconnected nodes start at one spot) are first spread
 * on a sunflower spiral. The order of visits is fixed, so the result is deterministic.
 */
import type { Box } from './layout-boxes.ts';

export function separateBoxes(
  xs: Float64Array,
  ys: Float64Array,
  boxes: readonly Box[],
  options: {
    gap?: number;
    passes?: number;
    /** Boxes that stay where they are (the other box of an overlapping pair moves all the way). */
    fixed?: Uint8Array;
    stats?: { checks: number };
  } = {},
): number {
  const { gap = 6, passes = 80, fixed, stats } = options;
  const n = boxes.length;
  let cell = gap;
  for (const b of boxes) cell = Math.max(cell, b.w + gap, b.h + gap);
  const cellId = (cx: number, cy: number): number => cx * 1_000_003 + cy;
  spreadCrowds(xs, ys, boxes, cell, cellId, fixed);
  let pass = 0;
  for (; pass < passes; pass++) {
    const grid = new Map<number, number[]>();
    for (let i = 0; i < n; i++) {
      const b = boxes[i]!;
      const id = cellId(Math.floor(xs[i]! / cell), Math.floor((ys[i]! + b.dy) / cell));
      const list = grid.get(id);
      if (list) list.push(i);
      else grid.set(id, [i]);
    }
    let moved = false;
    for (let i = 0; i < n; i++) {
      const bi = boxes[i]!;
      const cx = Math.floor(xs[i]! / cell);
      const cy = Math.floor((ys[i]! + bi.dy) / cell);
      for (let dx = -1; dx <= 1; dx++)
        for (let dy = -1; dy <= 1; dy++)
          for (const j of grid.get(cellId(cx + dx, cy + dy)) ?? []) {
            if (j <= i) continue;
            if (stats) stats.checks++;
            const bj = boxes[j]!;
            const ddx = xs[j]! - xs[i]!;
            const ddy = ys[j]! + bj.dy - (ys[i]! + bi.dy);
            const overlapX = (bi.w + bj.w) / 2 + gap - Math.abs(ddx);
            const overlapY = (bi.h + bj.h) / 2 + gap - Math.abs(ddy);
            if (overlapX <= 0 || overlapY <= 0) continue;
            const stayI = fixed?.[i] === 1;
            const stayJ = fixed?.[j] === 1;
            if (stayI && stayJ) continue;
            moved = true;
            // Shares of the push: half each, or all of it for the one that may move.
            const si = stayI ? 0 : stayJ ? 1 : 0.5;
            const sj = 1 - si;
            // Same spot: a direction from the indices, so the split is deterministic.
            const sx = ddx > 0 || (ddx === 0 && (i + j) % 2 === 0) ? 1 : -1;
            const sy = ddy > 0 || (ddy === 0 && (i * j) % 2 === 0) ? 1 : -1;
            if (overlapX < overlapY) {
              xs[i] = xs[i]! - sx * overlapX * si;
              xs[j] = xs[j]! + sx * overlapX * sj;
            } else {
              ys[i] = ys[i]! - sy * overlapY * si;
              ys[j] = ys[j]! + sy * overlapY * sj;
            }
          }
    }
    if (!moved) break;
  }
  return pass;
}

/** More boxes than this in one cell are a crowd: pairwise separation would be quadratic. */
const CROWD = 8;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** Spreads every crowded cell's boxes on a sunflower spiral around the cell, about one a cell. */
function spreadCrowds(
  xs: Float64Array,
  ys: Float64Array,
  boxes: readonly Box[],
  cell: number,
  cellId: (cx: number, cy: number) => number,
  fixed?: Uint8Array,
): void {
  const grid = new Map<number, number[]>();
  for (let i = 0; i < boxes.length; i++) {
    const id = cellId(Math.floor(xs[i]! / cell), Math.floor((ys[i]! + boxes[i]!.dy) / cell));
    const list = grid.get(id);
    if (list) list.push(i);
    else grid.set(id, [i]);
  }
  for (const list of grid.values()) {
    if (list.length <= CROWD) continue;
    let cx = 0;
    let cy = 0;
    for (const i of list) {
      cx += xs[i]!;
      cy += ys[i]!;
    }
    cx /= list.length;
    cy /= list.length;
    list.forEach((i, k) => {
      if (fixed?.[i] === 1) return; // fixed boxes stay; the others spread around them
      const r = cell * 0.6 * Math.sqrt(k);
      xs[i] = cx + r * Math.cos(k * GOLDEN_ANGLE);
      ys[i] = cy + r * Math.sin(k * GOLDEN_ANGLE);
    });
  }
}
