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
  options: { gap?: number; passes?: number; stats?: { checks: number } } = {},
): number {
  const { gap = 6, passes = 80, stats } = options;
  const n = boxes.length;
  let cell = gap;
  for (const b of boxes) cell = Math.max(cell, b.w + gap, b.h + gap);
  const cellId = (cx: number, cy: number): number => cx * 1_000_003 + cy;
  spreadCrowds(xs, ys, boxes, cell, cellId);
  // The grid is kept from pass to pass: a box that moved is refiled, its cell's list kept in index
  // order, so the visits are those of a grid rebuilt every pass.
  const cellOf = new Map<number, number>();
  const members: number[][] = [];
  const cellIds: number[] = [];
  const homeCell = new Int32Array(n);
  const cellAt = (i: number): number =>
    cellId(Math.floor(xs[i]! / cell), Math.floor((ys[i]! + boxes[i]!.dy) / cell));
  const file = (id: number): number => {
    let c = cellOf.get(id);
    if (c === undefined) {
      c = members.length;
      cellOf.set(id, c);
      members.push([]);
      cellIds.push(id);
    }
    return c;
  };
  for (let i = 0; i < n; i++) {
    const c = file(cellAt(i));
    members[c]!.push(i);
    homeCell[i] = c;
  }
  // Only pairs with a box that moved since they were last compared can overlap now: boxes at rest
  // among boxes at rest are skipped, so later passes cost what moves, not n. The order of visits
  // and every push are those of comparing all neighbouring pairs in every pass.
  let movedBefore = new Uint8Array(n).fill(1);
  let movedList: number[] = Array.from({ length: n }, (_, i) => i);
  const near: number[] = [];
  let pass = 0;
  for (; pass < passes; pass++) {
    // Cells beside a box that moved in the last pass or so far in this one (a cell is its own
    // neighbour, and neighbours are mutual): only boxes filed there are compared.
    const hot = new Uint8Array(members.length);
    const heat = (k: number): void => {
      const home = homeCell[k]!;
      if (hot[home] === 2) return;
      hot[home] = 2;
      const id = cellIds[home]!;
      for (let dx = -1; dx <= 1; dx++)
        for (let dy = -1; dy <= 1; dy++) {
          const c = cellOf.get(id + dx * 1_000_003 + dy);
          if (c !== undefined && hot[c] === 0) hot[c] = 1;
        }
    };
    for (const i of movedList) heat(i);
    const movedNow = new Uint8Array(n);
    const movedNowList: number[] = [];
    let moved = false;
    for (let i = 0; i < n; i++) {
      if (!hot[homeCell[i]!]) continue;
      const bi = boxes[i]!;
      const cx = Math.floor(xs[i]! / cell);
      const cy = Math.floor((ys[i]! + bi.dy) / cell);
      near.length = 0;
      for (let dx = -1; dx <= 1; dx++)
        for (let dy = -1; dy <= 1; dy++) {
          const c = cellOf.get(cellId(cx + dx, cy + dy));
          if (c !== undefined) near.push(c);
        }
      for (const c of near)
        for (const j of members[c]!) {
          if (j <= i) continue;
          if (!(movedBefore[i]! | movedNow[i]! | movedBefore[j]! | movedNow[j]!)) continue;
          if (stats) stats.checks++;
          const bj = boxes[j]!;
          const ddx = xs[j]! - xs[i]!;
          const ddy = ys[j]! + bj.dy - (ys[i]! + bi.dy);
          const overlapX = (bi.w + bj.w) / 2 + gap - Math.abs(ddx);
          const overlapY = (bi.h + bj.h) / 2 + gap - Math.abs(ddy);
          if (overlapX <= 0 || overlapY <= 0) continue;
          moved = true;
          for (const k of [i, j])
            if (!movedNow[k]) {
              movedNow[k] = 1;
              movedNowList.push(k);
              heat(k);
            }
          // Same spot: a direction from the indices, so the split is deterministic.
          const sx = ddx > 0 || (ddx === 0 && (i + j) % 2 === 0) ? 1 : -1;
          const sy = ddy > 0 || (ddy === 0 && (i * j) % 2 === 0) ? 1 : -1;
          if (overlapX < overlapY) {
            xs[i] = xs[i]! - (sx * overlapX) / 2;
            xs[j] = xs[j]! + (sx * overlapX) / 2;
          } else {
            ys[i] = ys[i]! - (sy * overlapY) / 2;
            ys[j] = ys[j]! + (sy * overlapY) / 2;
          }
        }
    }
    if (!moved) break;
    // Refile the boxes that moved into their new cells (in index order within each cell).
    for (const i of movedNowList) {
      const c = file(cellAt(i));
      const old = homeCell[i]!;
      if (c === old) continue;
      const from = members[old]!;
      from.splice(from.indexOf(i), 1);
      const to = members[c]!;
      let at = to.length;
      while (at > 0 && to[at - 1]! > i) at--;
      to.splice(at, 0, i);
      homeCell[i] = c;
    }
    movedBefore = movedNow;
    movedList = movedNowList;
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
      const r = cell * 0.6 * Math.sqrt(k);
      xs[i] = cx + r * Math.cos(k * GOLDEN_ANGLE);
      ys[i] = cy + r * Math.sin(k * GOLDEN_ANGLE);
    });
  }
}
