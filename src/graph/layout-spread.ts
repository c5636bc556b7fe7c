/**
 * How much to scale a group of boxes up about its centre so that most overlapping neighbours come
 * apart at once (Graphviz's "overlap=scale", for the bulk of the work): a dense core left by the
 * forces would otherwise take the pairwise pushes of ./layout-separate.ts hundreds of passes to
 * open, a box's width a pass. Near-linear: neighbours are found through a grid of cells.
 */
import type { Box } from './layout-boxes.ts';

/**
 * The factor (≥ 1, at most `max`) that separates the `quantile` share of the overlapping pairs;
 * the few left are the pushes' work. A crowd (more than `crowd.pairs` overlapping pairs a box:
 * a thousand alike nodes drawn to one spot) is opened further, by its `crowd` settings: there
 * the pushes would take too many passes.
 */
export function spreadFactor(
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  boxes: readonly Box[],
  options: {
    gap: number;
    quantile?: number;
    max?: number;
    crowd?: { pairs: number; quantile: number; max: number };
  },
): number {
  const needs = overlapNeeds(xs, ys, boxes, options.gap);
  if (needs.length === 0) return 1;
  const crowded = options.crowd !== undefined && needs.length > options.crowd.pairs * boxes.length;
  const { quantile = 0.8, max = 4 } = crowded ? options.crowd! : options;
  const need = needs[Math.min(needs.length - 1, Math.floor(quantile * needs.length))]!;
  return Math.min(max, Math.max(1, need));
}

/** For each overlapping pair (boxes plus the gap), the scale that would set it apart; sorted. */
function overlapNeeds(
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  boxes: readonly Box[],
  gap: number,
): number[] {
  const n = boxes.length;
  if (n < 2) return [];
  let cell = gap;
  for (const b of boxes) cell = Math.max(cell, b.w + gap, b.h + gap);
  const cells = new Map<number, number[]>();
  const idOf = (cx: number, cy: number) => cx * 1_000_003 + cy;
  for (let i = 0; i < n; i++) {
    const id = idOf(Math.floor(xs[i]! / cell), Math.floor((ys[i]! + boxes[i]!.dy) / cell));
    const list = cells.get(id);
    if (list) list.push(i);
    else cells.set(id, [i]);
  }
  const needs: number[] = [];
  for (let i = 0; i < n; i++) {
    const a = boxes[i]!;
    const cx = Math.floor(xs[i]! / cell);
    const cy = Math.floor((ys[i]! + a.dy) / cell);
    for (let dx = -1; dx <= 1; dx++)
      for (let dy = -1; dy <= 1; dy++)
        for (const j of cells.get(idOf(cx + dx, cy + dy)) ?? []) {
          if (j <= i) continue;
          const b = boxes[j]!;
          const ddx = Math.abs(xs[j]! - xs[i]!);
          const ddy = Math.abs(ys[j]! + b.dy - (ys[i]! + a.dy));
          const wantX = (a.w + b.w) / 2 + gap;
          const wantY = (a.h + b.h) / 2 + gap;
          if (ddx >= wantX || ddy >= wantY) continue;
          // Scaling opens the pair along whichever axis gets there first.
          needs.push(Math.min(ddx > 0 ? wantX / ddx : Infinity, ddy > 0 ? wantY / ddy : Infinity));
        }
  }
  return needs.sort((p, q) => p - q);
}
