/**
 * A deterministic layout, computed once at build time and stored as node `x`/`y` (the app
 * shows it with Cytoscape's preset layout). Seeds: entities on rings by kind at angles from a
 * hash of their key, statements beside their speaker; then ForceAtlas2 for a fixed number of
 * iterations, then noverlap so no two nodes overlap.
 */
import type Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from './types.ts';

type IsnadGraph = Graph<NodeAttributes, EdgeAttributes, GraphAttributes>;

const RING: Record<string, number> = {
  delegation: 0.35,
  person: 1,
  organization: 1.6,
  place: 1.9,
  statement: 1.3,
};
/** Radius used to keep nodes apart; grows with degree like the app's node size does. */
function radius(kind: string, degree: number): number {
  return kind === 'statement'
    ? 5 + Math.sqrt(degree) / 2
    : Math.min(24, 7 + 2.5 * Math.sqrt(degree));
}

/** FNV-1a: a stable hash, so the same graph always gets the same picture. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function applyLayout(graph: IsnadGraph): void {
  const scale = 40 * Math.sqrt(Math.max(graph.order, 1));
  graph.forEachNode((key, attrs) => {
    if (attrs.kind === 'statement') return;
    const angle = ((hashString(key) % 3600) / 3600) * 2 * Math.PI;
    const r = (RING[attrs.kind] ?? 1) * scale;
    graph.mergeNodeAttributes(key, { x: r * Math.cos(angle), y: r * Math.sin(angle) });
  });
  // Statements start in a small fan around their speaker.
  const fan = new Map<string, number>();
  graph.forEachNode((key, attrs) => {
    if (attrs.kind !== 'statement') return;
    const speaker = attrs.speaker && graph.hasNode(attrs.speaker) ? attrs.speaker : undefined;
    const base = speaker ? graph.getNodeAttributes(speaker) : { x: 0, y: 0 };
    const i = fan.get(speaker ?? '') ?? 0;
    fan.set(speaker ?? '', i + 1);
    const angle = ((hashString(key) % 360) / 360) * 2 * Math.PI + i * 0.4;
    const r = scale * 0.25 + i * 4;
    graph.mergeNodeAttributes(key, {
      x: (base.x ?? 0) + r * Math.cos(angle),
      y: (base.y ?? 0) + r * Math.sin(angle),
    });
  });
  if (graph.order > 1) {
    // Fewer iterations on big graphs keep a corpus of hundreds of articles to a few seconds.
    const big = graph.order > 300;
    forceAtlas2.assign(graph, {
      iterations: big ? Math.max(30, Math.round((150 * 300) / graph.order)) : 150,
      settings: {
        ...forceAtlas2.inferSettings(graph),
        barnesHutOptimize: graph.order > 500,
        adjustSizes: false,
        gravity: 1,
        scalingRatio: 8,
      },
    });
    noverlap.assign(graph, {
      maxIterations: big ? 40 : 200,
      inputReducer: (key, attrs) => ({
        x: attrs.x,
        y: attrs.y,
        size: radius(graph.getNodeAttribute(key, 'kind'), graph.degree(key)),
      }),
      settings: { margin: 6, ratio: 1.2, expansion: 1.1 },
    });
  }
  separate(graph);
  // Round for stable, compact output.
  graph.forEachNode((key, attrs) => {
    graph.mergeNodeAttributes(key, {
      x: Math.round((attrs.x ?? 0) * 10) / 10,
      y: Math.round((attrs.y ?? 0) * 10) / 10,
    });
  });
}

/**
 * A final deterministic pass that pushes apart any two nodes still closer than the sum of their
 * radii plus a gap (noverlap can stop early). A grid keeps it near-linear on big graphs.
 */
function separate(graph: IsnadGraph, passes = 60, gap = 4): void {
  const keys = graph.nodes();
  const xs = keys.map((k) => graph.getNodeAttribute(k, 'x') ?? 0);
  const ys = keys.map((k) => graph.getNodeAttribute(k, 'y') ?? 0);
  const rs = keys.map((k) => radius(graph.getNodeAttribute(k, 'kind'), graph.degree(k)));
  const cell = 2 * Math.max(...rs, 1) + gap;
  for (let pass = 0; pass < passes; pass++) {
    const grid = new Map<number, number[]>();
    const cellId = (cx: number, cy: number): number => cx * 1_000_003 + cy;
    keys.forEach((_, i) => {
      const id = cellId(Math.floor((xs[i] ?? 0) / cell), Math.floor((ys[i] ?? 0) / cell));
      const list = grid.get(id);
      if (list) list.push(i);
      else grid.set(id, [i]);
    });
    let moved = false;
    keys.forEach((_, i) => {
      const cx = Math.floor((xs[i] ?? 0) / cell);
      const cy = Math.floor((ys[i] ?? 0) / cell);
      for (let dx = -1; dx <= 1; dx++)
        for (let dy = -1; dy <= 1; dy++)
          for (const j of grid.get(cellId(cx + dx, cy + dy)) ?? []) {
            if (j <= i) continue;
            const want = (rs[i] ?? 0) + (rs[j] ?? 0) + gap;
            let ddx = (xs[j] ?? 0) - (xs[i] ?? 0);
            let ddy = (ys[j] ?? 0) - (ys[i] ?? 0);
            let d = Math.hypot(ddx, ddy);
            if (d >= want) continue;
            if (d < 1e-6) {
              // Same spot: split along a direction derived from the indices (deterministic).
              ddx = Math.cos(i + j);
              ddy = Math.sin(i + j);
              d = 1;
            }
            const push = (want - d) / 2 / d;
            xs[i] = (xs[i] ?? 0) - ddx * push;
            ys[i] = (ys[i] ?? 0) - ddy * push;
            xs[j] = (xs[j] ?? 0) + ddx * push;
            ys[j] = (ys[j] ?? 0) + ddy * push;
            moved = true;
          }
    });
    if (!moved) break;
  }
  keys.forEach((k, i) => graph.mergeNodeAttributes(k, { x: xs[i] ?? 0, y: ys[i] ?? 0 }));
}
