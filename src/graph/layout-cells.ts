/**
 * Statements around their speaker without a pass over pairs: the plane is cut into cells the
 * size of the largest statement box (plus the gap); cells that any other node's box touches are
 * taken; each speaker's statements go to the free cells nearest the speaker, in reading order
 * (nearest first, then clockwise from the top), and take them. Boxes in distinct cells never
 * overlap, so no statement needs pushing afterwards. Work: each group sorts the cells of a disk
 * a little larger than it needs — n log n over the whole graph. The same input always gives the
 * same cells (groups go in the order given; ties are broken by angle, then by cell).
 */
import type { Box } from './layout-boxes.ts';

/** A node already placed: its position and its box (centred `dy` below it). */
export interface Placed {
  x: number;
  y: number;
  box: Box;
}

/** Items (their boxes, in reading order) to place around a point. */
export interface CellGroup {
  x: number;
  y: number;
  items: readonly Box[];
}

/** Cells id by column and row; columns and rows stay far below ±2^20 in any sane layout. */
const SPAN = 2 ** 21;
const cellId = (col: number, row: number): number => (col + SPAN) * 2 * SPAN + (row + SPAN);

/**
 * Node positions for every item of every group, group after group, in the groups' order: the
 * items' own node positions (a box's centre is `dy` below its node), nearest free cells first.
 */
export function placeInCells(
  obstacles: readonly Placed[],
  groups: readonly CellGroup[],
  gap: number,
): Array<Array<{ x: number; y: number }>> {
  let cw = 1;
  let ch = 1;
  for (const g of groups)
    for (const b of g.items) {
      cw = Math.max(cw, b.w + gap);
      ch = Math.max(ch, b.h + gap);
    }
  const taken = new Set<number>();
  for (const { x, y, box } of obstacles) {
    const top = y + box.dy - box.h / 2;
    const c0 = Math.floor((x - box.w / 2) / cw);
    const c1 = Math.floor((x + box.w / 2) / cw);
    const r0 = Math.floor(top / ch);
    const r1 = Math.floor((top + box.h) / ch);
    for (let c = c0; c <= c1; c++) for (let r = r0; r <= r1; r++) taken.add(cellId(c, r));
  }
  return groups.map((group) => {
    const k = group.items.length;
    if (k === 0) return [];
    const cells = nearestFree(group, k, cw, ch, taken);
    return group.items.map((box, i) => {
      const { col, row } = cells[i]!;
      taken.add(cellId(col, row));
      return { x: (col + 0.5) * cw, y: (row + 0.5) * ch - box.dy };
    });
  });
}

/** The k free cells nearest the group's point: by distance, then clockwise from the top. */
function nearestFree(
  group: CellGroup,
  k: number,
  cw: number,
  ch: number,
  taken: ReadonlySet<number>,
): Array<{ col: number; row: number }> {
  // A disk holding about twice the cells needed; doubled in area until enough are free.
  let radius = Math.sqrt((2 * (k + 4) * cw * ch) / Math.PI) + Math.max(cw, ch);
  for (;;) {
    const free: Array<{ col: number; row: number; d: number; angle: number }> = [];
    const c0 = Math.floor((group.x - radius) / cw);
    const c1 = Math.floor((group.x + radius) / cw);
    const r0 = Math.floor((group.y - radius) / ch);
    const r1 = Math.floor((group.y + radius) / ch);
    for (let col = c0; col <= c1; col++)
      for (let row = r0; row <= r1; row++) {
        const dx = (col + 0.5) * cw - group.x;
        const dy = (row + 0.5) * ch - group.y;
        const d = Math.hypot(dx, dy);
        if (d > radius || taken.has(cellId(col, row))) continue;
        // Screen angle from the top, clockwise (y grows downward).
        let angle = Math.atan2(dx, -dy);
        if (angle < 0) angle += 2 * Math.PI;
        free.push({ col, row, d, angle });
      }
    if (free.length >= k) {
      free.sort((a, b) => a.d - b.d || a.angle - b.angle || a.col - b.col || a.row - b.row);
      return free.slice(0, k);
    }
    radius *= Math.SQRT2;
  }
}
