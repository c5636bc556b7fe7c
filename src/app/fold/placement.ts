/**
 * Where expanded statements are drawn (pure geometry, no Cytoscape): each speaker's statements
 * in the cells of a grid centred on the speaker, nearest cells first (then clockwise from the
 * top), skipping any cell whose box would cover another node or its label. Speakers are placed
 * in the order they were expanded, each one's statements then counting as obstacles for the
 * next, so the same graph and the same expanded speakers always give the same picture.
 */
import { nodeBox, nodeSize, type Box } from '../../graph/layout-boxes';

export interface Point {
  x: number;
  y: number;
}

/** A node drawn at (x, y) with its footprint: the node and its label, centred `dy` below. */
export interface Footprint extends Point {
  box: Box;
}

export interface Group {
  center: Footprint;
  /** The statements to place, in reading order. */
  items: { key: string; box: Box }[];
}

interface Rect {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Room left between two statements' boxes, and between a statement and another node's. */
const GAP = { x: 10, y: 6 };
/** Rows beside the speaker weigh a little less than a tall column: the block reads wider. */
const ROW_WEIGHT = 1.25;
const MAX_ROUNDS = 6;

const rectOf = ({ x, y, box }: Footprint, margin = 0): Rect => ({
  x1: x - box.w / 2 - margin,
  x2: x + box.w / 2 + margin,
  y1: y + box.dy - box.h / 2 - margin,
  y2: y + box.dy + box.h / 2 + margin,
});

const overlaps = (a: Rect, b: Rect) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/** Node positions for every statement of every group (a statement with no room is left out). */
export function placeAround(
  groups: readonly Group[],
  obstacles: readonly Footprint[],
): Map<string, Point> {
  const placed = new Map<string, Point>();
  const taken: Rect[] = obstacles.map((o) => rectOf(o));
  for (const group of groups) {
    const n = group.items.length;
    if (n === 0) continue;
    const cell = {
      w: Math.max(...group.items.map((i) => i.box.w)) + GAP.x,
      h: Math.max(...group.items.map((i) => i.box.h)) + GAP.y,
    };
    // The grid is centred on the speaker's footprint, label included.
    const cx = group.center.x;
    const cy = group.center.y + group.center.box.dy;
    // Rounds of cells by distance: first a disk about twice the area the statements need.
    let inner = -1;
    let outer = 2 * Math.sqrt((n * cell.w * cell.h * ROW_WEIGHT) / Math.PI) + cell.w;
    let next = 0;
    for (let round = 0; round < MAX_ROUNDS && next < n; round++) {
      const reach: Rect = { x1: cx - outer, x2: cx + outer, y1: cy - outer, y2: cy + outer };
      const near = taken.filter((r) => overlaps(r, reach));
      for (const [i, j] of cellsBetween(inner, outer, cell)) {
        if (next >= n) break;
        const item = group.items[next]!;
        const spot: Footprint = {
          x: cx + i * cell.w,
          y: cy + j * cell.h - item.box.dy,
          box: item.box,
        };
        if (near.some((r) => overlaps(r, rectOf(spot, GAP.y / 2)))) continue;
        const own = rectOf(spot);
        taken.push(own);
        near.push(own);
        placed.set(item.key, { x: tenth(spot.x), y: tenth(spot.y) });
        next++;
      }
      inner = outer;
      outer *= 2;
    }
  }
  return placed;
}

const tenth = (n: number) => Math.round(n * 10) / 10;

/**
 * Grid cells (column, row offsets from the speaker) whose distance lies in (inner, outer], in
 * the order they are tried: nearest first (rows counted a little heavier), then clockwise from
 * straight above. The speaker's own cell is never one.
 */
function cellsBetween(
  inner: number,
  outer: number,
  cell: { w: number; h: number },
): Array<[number, number]> {
  const cells: Array<[number, number, number, number]> = [];
  const I = Math.ceil(outer / cell.w);
  const J = Math.ceil(outer / (cell.h * ROW_WEIGHT));
  for (let i = -I; i <= I; i++)
    for (let j = -J; j <= J; j++) {
      if (i === 0 && j === 0) continue;
      const distance = Math.hypot(i * cell.w, j * cell.h * ROW_WEIGHT);
      if (distance <= inner || distance > outer) continue;
      const angle = (Math.atan2(i, -j) + 2 * Math.PI) % (2 * Math.PI);
      cells.push([i, j, distance, angle]);
    }
  cells.sort((a, b) => a[2] - b[2] || a[3] - b[3]);
  return cells.map(([i, j]) => [i, j]);
}

/**
 * A node's footprint as drawn: the layout's estimate of its label (src/graph/layout-boxes.ts),
 * at the size the canvas gives it, with a line more for the «17 statements» count.
 */
export function footprint(
  kind: string,
  label: string,
  degree: number,
  size: number,
  extraLines = 0,
): Box {
  const estimate = nodeBox(kind, label, degree);
  const h = estimate.h - nodeSize(kind, degree) + size + extraLines * COUNT_LINE;
  return { w: Math.max(estimate.w, size), h, dy: h / 2 - size / 2 };
}

/** Height of the «17 statements» line under a folded speaker's name (as the layout assumes). */
const COUNT_LINE = 23;
