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
    /** Pairs closer than the gap by at most this much are left as they are (the gap is a margin,
     * and the last pixels of it take the most passes). */
    slack?: number;
    /** Boxes that stay where they are (the other box of an overlapping pair moves all the way). */
    fixed?: Uint8Array;
    stats?: { checks: number };
  } = {},
): number {
  const { gap = 6, passes = 80, slack = 0, fixed, stats } = options;
  const n = boxes.length;
  // Cells fit the ordinary boxes; a few far bigger ones (hubs given room for their names) would
  // make every cell hold a crowd, so they stay out of the grid and look up the cells they cover.
  const sides = boxes.map((b) => Math.max(b.w, b.h) + gap).sort((a, b) => a - b);
  const bigFrom = BIG * (sides[sides.length >> 1] ?? gap);
  const big = Uint8Array.from(boxes, (b) => (Math.max(b.w, b.h) + gap > bigFrom ? 1 : 0));
  const bigOnes: number[] = [];
  let cell = gap;
  boxes.forEach((b, i) => {
    if (big[i]) bigOnes.push(i);
    else cell = Math.max(cell, b.w + gap, b.h + gap);
  });
  const cellId = (cx: number, cy: number): number => cx * 1_000_003 + cy;
  spreadCrowds(xs, ys, boxes, cell, cellId, fixed);
  // Flat copies of the boxes and a grid in flat arrays: the inner loop reads typed arrays only
  // (the visits, and so the result, are those of a grid of cell lists in index order).
  const w = Float64Array.from(boxes, (b) => b.w);
  const h = Float64Array.from(boxes, (b) => b.h);
  const dy = Float64Array.from(boxes, (b) => b.dy);
  const grid = new CellGrid(n);
  let pass = 0;
  let checks = 0;
  let moved: boolean;
  /** Pushes i and j apart if their boxes (with the gap) overlap. */
  const separate = (i: number, j: number): void => {
    checks++;
    const ddx = xs[j]! - xs[i]!;
    const ddy = ys[j]! + dy[j]! - (ys[i]! + dy[i]!);
    const overlapX = (w[i]! + w[j]!) / 2 + gap - Math.abs(ddx);
    const overlapY = (h[i]! + h[j]!) / 2 + gap - Math.abs(ddy);
    if (overlapX <= slack || overlapY <= slack) return;
    const stayI = fixed !== undefined && fixed[i] === 1;
    const stayJ = fixed !== undefined && fixed[j] === 1;
    if (stayI && stayJ) return;
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
  };
  for (; pass < passes; pass++) {
    grid.fill(n, (i) =>
      big[i] ? OUTSIDE : cellId(Math.floor(xs[i]! / cell), Math.floor((ys[i]! + dy[i]!) / cell)),
    );
    const { start, count, items } = grid;
    moved = false;
    for (let i = 0; i < n; i++) {
      if (big[i]) {
        // Every box in the cells this one covers (and one around), then the other big ones.
        const x0 = Math.floor((xs[i]! - w[i]! / 2) / cell) - 1;
        const x1 = Math.floor((xs[i]! + w[i]! / 2) / cell) + 1;
        const y0 = Math.floor((ys[i]! + dy[i]! - h[i]! / 2) / cell) - 1;
        const y1 = Math.floor((ys[i]! + dy[i]! + h[i]! / 2) / cell) + 1;
        for (let cx = x0; cx <= x1; cx++)
          for (let cy = y0; cy <= y1; cy++) {
            const bucket = grid.find(cellId(cx, cy));
            if (bucket < 0) continue;
            const to = start[bucket]! + count[bucket]!;
            for (let k = start[bucket]!; k < to; k++) separate(i, items[k]!);
          }
        for (const j of bigOnes) if (j > i) separate(i, j);
        continue;
      }
      const cx = Math.floor(xs[i]! / cell);
      const cy = Math.floor((ys[i]! + dy[i]!) / cell);
      for (let dx = -1; dx <= 1; dx++)
        for (let dyc = -1; dyc <= 1; dyc++) {
          const bucket = grid.find(cellId(cx + dx, cy + dyc));
          if (bucket < 0) continue;
          const from = start[bucket]!;
          const to = from + count[bucket]!;
          for (let k = from; k < to; k++) {
            const j = items[k]!;
            if (j > i) separate(i, j);
          }
        }
    }
    if (!moved) break;
  }
  if (stats) stats.checks += checks;
  return pass;
}

/**
 * Cells → the boxes in them, in index order, as flat arrays: an open-addressing table from a
 * cell id to a bucket, each bucket a run of `items`. Rebuilt every pass without allocating.
 */
class CellGrid {
  keys: Float64Array;
  slot: Int32Array;
  start: Int32Array;
  count: Int32Array;
  items: Int32Array;
  private ids: Float64Array;
  private bucketOf: Int32Array;
  private mask: number;
  private buckets = 0;

  constructor(n: number) {
    let size = 16;
    while (size < n * 2) size *= 2;
    this.mask = size - 1;
    this.keys = new Float64Array(size);
    this.slot = new Int32Array(size);
    this.start = new Int32Array(n);
    this.count = new Int32Array(n);
    this.items = new Int32Array(n);
    this.ids = new Float64Array(n);
    this.bucketOf = new Int32Array(n);
  }

  private hash(id: number): number {
    // Any function of the id will do, as long as equal ids meet (ids may pass 2^31).
    return Math.imul((id | 0) ^ ((id / 4294967296) | 0), 0x9e3779b1) >>> 0;
  }

  fill(n: number, idOf: (i: number) => number): void {
    this.slot.fill(-1);
    this.buckets = 0;
    const { keys, slot, count, ids, bucketOf, mask } = this;
    for (let i = 0; i < n; i++) {
      const id = idOf(i);
      ids[i] = id;
      let s = this.hash(id) & mask;
      for (;;) {
        const b = slot[s]!;
        if (b < 0) {
          const nb = this.buckets++;
          slot[s] = nb;
          keys[s] = id;
          count[nb] = 0;
          bucketOf[i] = nb;
          break;
        }
        if (keys[s] === id || (id !== id && keys[s] !== keys[s])) {
          // (NaN ids, from NaN positions, share one cell as they would as Map keys.)
          bucketOf[i] = b;
          break;
        }
        s = (s + 1) & mask;
      }
      count[bucketOf[i]!]!++;
    }
    let at = 0;
    for (let b = 0; b < this.buckets; b++) {
      this.start[b] = at;
      at += count[b]!;
      count[b] = 0;
    }
    for (let i = 0; i < n; i++) {
      const b = bucketOf[i]!;
      this.items[this.start[b]! + count[b]!] = i;
      count[b]!++;
    }
  }

  /** The bucket of a cell id, or -1 when no box is in that cell. */
  find(id: number): number {
    const { keys, slot, mask } = this;
    let s = this.hash(id) & mask;
    for (;;) {
      const b = slot[s]!;
      if (b < 0) return -1;
      if (keys[s] === id || (id !== id && keys[s] !== keys[s])) return b;
      s = (s + 1) & mask;
    }
  }
}

/** A box this many times the median size is big: it stays out of the grid's cells. */
const BIG = 3;
/** The cell id of the big boxes: no lookup ever asks for it. */
const OUTSIDE = -1e300;
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
