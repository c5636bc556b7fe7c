/**
 * A deterministic layout, computed once at build time and stored as node `x`/`y` in layout units
 * (CSS pixels at zoom 1); the app shows it with Cytoscape's preset layout. It is built, not
 * simulated, so it reads the same way for every article:
 *
 * 1. clusters: each delegation with its members, each speaker with their statements;
 * 2. each cluster on its own: a speaker's statements on rings around them in reading order; a
 *    delegation's quiet members on rings around it, its speakers' fans below;
 * 3. the clusters on a ring around an open middle (two sides: one right, one left);
 * 4. shared nodes (places, organizations, people on no side) near what mentions them, outside
 *    the clusters;
 * 5. a last pass that pushes apart any node + label boxes that still overlap.
 *
 * Packing happens in a space squashed horizontally by ASPECT, where a label box is about as wide
 * as it is tall, so rings there are ellipses on the canvas and wide labels sit side by side.
 */
import type Graph from 'graphology';
import { nodeBox, type Box } from './layout-boxes.ts';
import { findClusters } from './layout-clusters.ts';
import { packRings, type Offset } from './layout-rings.ts';
import { separateBoxes } from './layout-separate.ts';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../core/types.ts';

type IsnadGraph = Graph<NodeAttributes, EdgeAttributes, GraphAttributes>;

const ASPECT = 1.3;
/** Space between boxes, in layout units. */
const GAP = 10;
/**
 * Rings start a little past "up", so no member or statement sits on the vertical line from a
 * delegation to the head hanging below it, where the `heads` edge would run through it.
 */
const RING_START = -Math.PI / 2 + 0.4;
/** How strongly an edge kind pulls a shared node toward its other end. */
const PULL: Record<string, number> = { mentions: 1, located_in: 1, affiliated_with: 0.4 };

/** FNV-1a: a stable hash, so the same graph always gets the same picture. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A cluster laid out on its own: box centres in squashed space around its own centre. */
interface Unit {
  keys: string[];
  at: Offset[];
  /** Each item's own radius, to bound the unit after it is re-centred. */
  r: number[];
  radius: number;
  /** Half the width and height of the unit's extent, once re-centred. */
  half?: Offset;
}

/** Counted work, for the linear-growth test: box pairs compared (separating boxes, pushing
 * loose nodes out of clusters). */
export interface LayoutStats {
  checks: number;
}

export function applyLayout(graph: IsnadGraph, stats?: LayoutStats): void {
  if (graph.order === 0) return;
  const boxes = new Map<string, Box>();
  graph.forEachNode((key, attrs) =>
    boxes.set(key, nodeBox(attrs.kind, attrs.label, graph.degree(key))),
  );
  // A box's radius in squashed space, with half the gap on each side.
  const radius = (key: string): number => {
    const b = boxes.get(key)!;
    return Math.max(b.w / ASPECT, b.h) / 2 + GAP / 2;
  };
  const clusters = findClusters(graph);

  // 1–2. Each cluster on its own:
  const fan = (speaker: string): Unit => {
    const statements = clusters.statementsOf.get(speaker) ?? [];
    const rings = packRings(statements.map(radius), {
      inner: radius(speaker),
      start: RING_START,
    });
    return {
      keys: [speaker, ...statements],
      at: [{ x: 0, y: 0 }, ...rings.offsets],
      r: [speaker, ...statements].map(radius),
      radius: rings.radius,
    };
  };
  const units: Unit[] = clusters.sides.map((side) => {
    const quiet = packRings(side.quiet.map(radius), {
      inner: radius(side.delegation),
      start: RING_START,
    });
    const unit: Unit = {
      keys: [side.delegation, ...side.quiet],
      at: [{ x: 0, y: 0 }, ...quiet.offsets],
      r: [side.delegation, ...side.quiet].map(radius),
      radius: quiet.radius,
    };
    const fans = side.speakers.map(fan);
    // Speakers hang below their side, heads first, in one sector.
    const below = packRings(
      fans.map((f) => f.radius),
      { inner: quiet.radius, start: Math.PI / 2, spread: 'toward' },
    );
    fans.forEach((f, i) => mergeInto(unit, f, below.offsets[i]!));
    return recentre(unit);
  });
  for (const loner of clusters.loners) units.push(recentre(fan(loner)));

  // 3. The clusters around an open middle sized for the shared nodes:
  let sharedArea = 0;
  for (const key of clusters.shared) sharedArea += (2 * radius(key)) ** 2;
  const middle = Math.sqrt((0.3 * sharedArea) / Math.PI);
  const placed =
    units.length === 1
      ? { offsets: [{ x: 0, y: 0 }], radius: units[0]!.radius }
      : packRings(
          units.map((u) => u.radius),
          { inner: middle, start: 0 },
        );
  compact(placed.offsets, units, middle);
  const xs = new Float64Array(graph.order);
  const ys = new Float64Array(graph.order);
  const index = new Map<string, number>();
  graph.forEachNode((key) => index.set(key, index.size));
  const done = new Uint8Array(graph.order);
  units.forEach((unit, u) => {
    const o = placed.offsets[u]!;
    unit.keys.forEach((key, k) => {
      const i = index.get(key)!;
      xs[i] = o.x + unit.at[k]!.x;
      ys[i] = o.y + unit.at[k]!.y;
      done[i] = 1;
    });
  });

  // 4. Shared nodes near what mentions them, in two rounds (a place may hang off another place):
  const centres = clusterGrid(
    units.map((u, i) => ({ ...placed.offsets[i]!, half: u.half! })),
    stats,
  );
  for (let round = 0; round < 2; round++)
    for (const key of clusters.shared) {
      const i = index.get(key)!;
      if (done[i]) continue;
      let wx = 0;
      let wy = 0;
      let w = 0;
      graph.forEachEdge(key, (_, attrs, source, target) => {
        const j = index.get(source === key ? target : source)!;
        if (!done[j] || j === i) return;
        const pull = PULL[attrs.kind] ?? 0.5;
        wx += pull * xs[j]!;
        wy += pull * ys[j]!;
        w += pull;
      });
      if (w === 0 && round === 0) continue;
      const jitter = hashString(key);
      const target = w > 0 ? { x: wx / w, y: wy / w } : { x: 0, y: 0 };
      target.x += ((jitter & 0xff) / 255 - 0.5) * radius(key);
      target.y += (((jitter >> 8) & 0xff) / 255 - 0.5) * radius(key);
      const out = outsideClusters(target, radius(key), centres);
      xs[i] = out.x;
      ys[i] = out.y;
      done[i] = 1;
    }

  // 5. From squashed box centres to node positions on the canvas, then no overlaps:
  const keys = graph.nodes();
  const boxList = keys.map((k) => boxes.get(k)!);
  keys.forEach((_, i) => {
    xs[i] = xs[i]! * ASPECT;
    ys[i] = ys[i]! - boxList[i]!.dy;
  });
  separateBoxes(xs, ys, boxList, { gap: GAP, passes: 120, ...(stats ? { stats } : {}) });
  keys.forEach((key, i) => {
    graph.mergeNodeAttributes(key, {
      x: Math.round(xs[i]! * 10) / 10,
      y: Math.round(ys[i]! * 10) / 10,
    });
  });
}

function mergeInto(unit: Unit, part: Unit, at: Offset): void {
  part.keys.forEach((key, k) => {
    unit.keys.push(key);
    unit.at.push({ x: at.x + part.at[k]!.x, y: at.y + part.at[k]!.y });
    unit.r.push(part.r[k]!);
  });
}

/** Moves a unit's centre to the middle of its extent, so lopsided units pack tightly. */
function recentre(unit: Unit): Unit {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const p of unit.at) {
    minX = Math.min(minX, p.x);
    maxX = Math.max(maxX, p.x);
    minY = Math.min(minY, p.y);
    maxY = Math.max(maxY, p.y);
  }
  const cx = (minX + maxX) / 2;
  const cy = (minY + maxY) / 2;
  const at = unit.at.map((p) => ({ x: p.x - cx, y: p.y - cy }));
  let radius = 0;
  const half = { x: 0, y: 0 };
  at.forEach((p, k) => {
    const r = unit.r[k]!;
    radius = Math.max(radius, Math.hypot(p.x, p.y) + r);
    half.x = Math.max(half.x, Math.abs(p.x) + r);
    half.y = Math.max(half.y, Math.abs(p.y) + r);
  });
  return { ...unit, at, radius, half };
}

/**
 * Rings place clusters by their bounding disks, which leaves wide gaps around tall, lopsided or
 * small clusters: pull each cluster toward the centre, a step at a time, as long as its box stays
 * clear of the others and of the open middle. Clusters move in order, so the result is fixed.
 */
function compact(offsets: Offset[], units: readonly Unit[], middle: number): void {
  // Many clusters: the pairwise check is quadratic, and their rings are already tight.
  if (units.length < 2 || units.length > 150) return;
  const fits = (a: number, at: Offset): boolean => {
    const ha = units[a]!.half!;
    // Clear of the middle disk (the box's nearest point to the centre):
    const nx = Math.max(0, Math.abs(at.x) - ha.x);
    const ny = Math.max(0, Math.abs(at.y) - ha.y);
    if (Math.hypot(nx, ny) < middle) return false;
    for (let b = 0; b < units.length; b++) {
      if (b === a) continue;
      const pb = offsets[b]!;
      const hb = units[b]!.half!;
      if (Math.abs(at.x - pb.x) < ha.x + hb.x + GAP && Math.abs(at.y - pb.y) < ha.y + hb.y + GAP)
        return false;
    }
    return true;
  };
  for (let round = 0; round < 30; round++) {
    let moved = false;
    offsets.forEach((o, a) => {
      const next = { x: o.x * 0.95, y: o.y * 0.95 };
      if (Math.hypot(o.x, o.y) < 1 || !fits(a, next)) return;
      offsets[a] = next;
      moved = true;
    });
    if (!moved) break;
  }
}

type ClusterBox = Offset & { half: Offset };

/** Cluster boxes in a grid of cells, so a point finds the boxes near it without a full scan
 * (thousands of loose nodes against thousands of clusters was quadratic). Boxes covering many
 * cells are few; they are checked for every point. */
interface ClusterGrid {
  boxes: readonly ClusterBox[];
  cell: number;
  cells: Map<number, number[]>;
  big: number[];
  stats: LayoutStats | undefined;
}

const cellKey = (cx: number, cy: number): number => cx * 1_000_003 + cy;

function clusterGrid(boxes: readonly ClusterBox[], stats?: LayoutStats): ClusterGrid {
  const sizes = boxes.map((b) => 2 * Math.max(b.half.x, b.half.y)).sort((a, b) => a - b);
  const cell = Math.max(1, sizes[sizes.length >> 1] ?? 1);
  const cells = new Map<number, number[]>();
  const big: number[] = [];
  boxes.forEach((b, i) => {
    const x0 = Math.floor((b.x - b.half.x) / cell);
    const x1 = Math.floor((b.x + b.half.x) / cell);
    const y0 = Math.floor((b.y - b.half.y) / cell);
    const y1 = Math.floor((b.y + b.half.y) / cell);
    if ((x1 - x0 + 1) * (y1 - y0 + 1) > 64) return void big.push(i);
    for (let cx = x0; cx <= x1; cx++)
      for (let cy = y0; cy <= y1; cy++) {
        const list = cells.get(cellKey(cx, cy));
        if (list) list.push(i);
        else cells.set(cellKey(cx, cy), [i]);
      }
  });
  return { boxes, cell, cells, big, stats };
}

/** A point pushed out of the first cluster box it falls in, by the shortest way out. */
function outsideClusters(p: Offset, r: number, grid: ClusterGrid): Offset {
  const near = new Set(grid.big);
  const { cell } = grid;
  for (let cx = Math.floor((p.x - r) / cell); cx <= Math.floor((p.x + r) / cell); cx++)
    for (let cy = Math.floor((p.y - r) / cell); cy <= Math.floor((p.y + r) / cell); cy++)
      for (const i of grid.cells.get(cellKey(cx, cy)) ?? []) near.add(i);
  // In the clusters' own order, as a full scan would meet them.
  for (const i of [...near].sort((a, b) => a - b)) {
    const c = grid.boxes[i]!;
    if (grid.stats) grid.stats.checks++;
    const dx = p.x - c.x;
    const dy = p.y - c.y;
    const outX = c.half.x + r - Math.abs(dx);
    const outY = c.half.y + r - Math.abs(dy);
    if (outX <= 0 || outY <= 0) continue;
    // Leave sideways or vertically, whichever is shorter; toward the middle of the picture on a tie.
    if (outX < outY) return { x: p.x + (dx > 0 || (dx === 0 && c.x < 0) ? outX : -outX), y: p.y };
    return { x: p.x, y: p.y + (dy > 0 || (dy === 0 && c.y < 0) ? outY : -outY) };
  }
  return p;
}
