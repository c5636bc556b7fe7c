/**
 * The first steps of the community layout (./layout-corpus.ts), on flat arrays rather than a
 * second graphology graph (building one cost more than the forces themselves):
 *
 * 1. the entity graph: who speaks about whom (speaker — what their statements mention), who
 *    belongs to which delegation, where places lie, and every entity tied to the articles that
 *    name it (an article is a hidden anchor), so a place or organization only named in passing
 *    sits beside what the same article is about instead of drifting away;
 * 2. communities by weighted label propagation, each seeded on its own spot of a sunflower
 *    spiral, members around it;
 * 3. ForceAtlas2 (LinLog, Barnes–Hut past a few hundred nodes) for each community's shape;
 *    then the median distance to a nearest neighbour is set to a fixed spacing.
 */
import type Graph from 'graphology';
import iterate from 'graphology-layout-forceatlas2/iterate.js';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../core/types.ts';

type IsnadGraph = Graph<NodeAttributes, EdgeAttributes, GraphAttributes>;

/** The key of an article's anchor among the nodes. */
export const ARTICLE = '\u0000article:';
/** How strongly each tie pulls (an article anchor pulls gently: it only gathers). */
const WEIGHT = { about: 1, member: 3, place: 1, affiliation: 0.5, article: 0.35 } as const;

/** Entities and article anchors, in the order met, and the ties between them (each pair once). */
export interface Ties {
  keys: string[];
  index: Map<string, number>;
  a: number[];
  b: number[];
  weight: number[];
  x: Float64Array;
  y: Float64Array;
}

/** 1. Entities (no statements) and article anchors, with weighted ties. */
export function entityGraph(graph: IsnadGraph): Ties {
  const keys: string[] = [];
  const index = new Map<string, number>();
  const add = (key: string): void => {
    if (index.has(key)) return;
    index.set(key, keys.length);
    keys.push(key);
  };
  const a: number[] = [];
  const b: number[] = [];
  const weight: number[] = [];
  // A pair's id: both ends' indices (far below 2^26 nodes), the smaller first.
  const pairs = new Map<number, number>();
  const tie = (from: string, to: string, w: number): void => {
    const i = index.get(from);
    const j = index.get(to);
    if (i === undefined || j === undefined || i === j) return;
    const id = Math.min(i, j) * 2 ** 26 + Math.max(i, j);
    const t = pairs.get(id);
    if (t !== undefined) {
      weight[t]! += w;
      return;
    }
    pairs.set(id, a.length);
    a.push(i);
    b.push(j);
    weight.push(w);
  };
  graph.forEachNode((key, attrs) => {
    if (attrs.kind === 'statement') return;
    add(key);
    for (const article of new Set((attrs.mentions ?? []).map((m) => m.article))) {
      add(ARTICLE + article);
      tie(key, ARTICLE + article, WEIGHT.article);
    }
  });
  graph.forEachEdge((_, attrs, source, target) => {
    switch (attrs.kind) {
      case 'said':
        graph.forEachOutNeighbor(target, (mentioned) => tie(source, mentioned, WEIGHT.about));
        break;
      case 'member_of':
      case 'heads':
        tie(source, target, WEIGHT.member);
        break;
      case 'located_in':
        tie(source, target, WEIGHT.place);
        break;
      case 'affiliated_with':
        tie(source, target, WEIGHT.affiliation);
        break;
      default:
    }
  });
  const n = keys.length;
  return { keys, index, a, b, weight, x: new Float64Array(n), y: new Float64Array(n) };
}

/**
 * 2. Weighted label propagation in a fixed order (nodes by key); ties go to the smaller label.
 * Returns each node's community: the index of the node whose key is its label.
 */
export function communities(g: Ties): Int32Array {
  const n = g.keys.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((p, q) =>
    g.keys[p]! < g.keys[q]! ? -1 : 1,
  );
  // Labels are ranks (the order of keys), so comparing them compares the keys.
  const rank = new Int32Array(n);
  order.forEach((node, r) => (rank[node] = r));
  const start = new Int32Array(n + 1);
  for (let t = 0; t < g.a.length; t++) {
    start[rank[g.a[t]!]! + 1]!++;
    start[rank[g.b[t]!]! + 1]!++;
  }
  for (let r = 0; r < n; r++) start[r + 1]! += start[r]!;
  const next = start.slice(0, n);
  const other = new Int32Array(start[n]!);
  const weight = new Float64Array(start[n]!);
  for (let t = 0; t < g.a.length; t++) {
    const s = rank[g.a[t]!]!;
    const u = rank[g.b[t]!]!;
    other[next[s]!] = u;
    weight[next[s]!++] = g.weight[t]!;
    other[next[u]!] = s;
    weight[next[u]!++] = g.weight[t]!;
  }
  const label = Int32Array.from({ length: n }, (_, r) => r);
  const votes = new Float64Array(n);
  const voted: number[] = [];
  for (let round = 0; round < 12; round++) {
    let changed = false;
    for (let r = 0; r < n; r++) {
      for (let e = start[r]!; e < start[r + 1]!; e++) {
        const l = label[other[e]!]!;
        if (votes[l] === 0) voted.push(l);
        votes[l]! += weight[e]!;
      }
      let best = label[r]!;
      let bestVotes = votes[best]!;
      for (const l of voted) {
        const v = votes[l]!;
        if (v > bestVotes || (v === bestVotes && l < best)) {
          best = l;
          bestVotes = v;
        }
      }
      for (const l of voted) votes[l] = 0;
      voted.length = 0;
      if (best !== label[r]) {
        label[r] = best;
        changed = true;
      }
    }
    if (!changed) break;
  }
  return Int32Array.from({ length: n }, (_, node) => order[label[rank[node]!]!]!);
}

/** Each community's members, communities in order of their label's key, members by key. */
export function membersOf(g: Ties, community: Int32Array): number[][] {
  const groups = new Map<number, number[]>();
  const byKey = Array.from({ length: g.keys.length }, (_, i) => i).sort((p, q) =>
    g.keys[p]! < g.keys[q]! ? -1 : 1,
  );
  for (const node of byKey) {
    const list = groups.get(community[node]!);
    if (list) list.push(node);
    else groups.set(community[node]!, [node]);
  }
  return [...groups.values()];
}

/** Communities on a sunflower spiral (largest first, at the middle), members around each. */
export function seedPositions(g: Ties, groups: readonly number[][]): void {
  const sorted = [...groups].sort(
    (p, q) => q.length - p.length || (g.keys[p[0]!]! < g.keys[q[0]!]! ? -1 : 1),
  );
  const golden = Math.PI * (3 - Math.sqrt(5));
  sorted.forEach((members, k) => {
    const d = Math.sqrt(k) * 60;
    const cx = d * Math.cos(k * golden);
    const cy = d * Math.sin(k * golden);
    members.forEach((node, m) => {
      const rr = Math.sqrt(m + 1) * 6;
      g.x[node] = cx + rr * Math.cos(m * golden);
      g.y[node] = cy + rr * Math.sin(m * golden);
    });
  });
}

/** ForceAtlas2's own matrices: 10 numbers a node, 3 an edge (see its iterate.js). */
const PPN = 10;
const PPE = 3;

/** 3. ForceAtlas2 on the ties, `onStep` told the share done every few iterations. */
export function forces(g: Ties, iterations: number, onStep: (done: number) => void): void {
  const n = g.keys.length;
  const nodes = new Float32Array(n * PPN);
  for (let i = 0; i < n; i++) {
    nodes[i * PPN] = g.x[i]!;
    nodes[i * PPN + 1] = g.y[i]!;
    nodes[i * PPN + 6] = 1; // mass: 1 + weighted degree
    nodes[i * PPN + 7] = 1; // convergence
    nodes[i * PPN + 8] = 1; // size
  }
  const edges = new Float32Array(g.a.length * PPE);
  for (let t = 0; t < g.a.length; t++) {
    const w = g.weight[t]!;
    nodes[g.a[t]! * PPN + 6]! += w;
    nodes[g.b[t]! * PPN + 6]! += w;
    edges[t * PPE] = g.a[t]! * PPN;
    edges[t * PPE + 1] = g.b[t]! * PPN;
    edges[t * PPE + 2] = w;
  }
  const settings = {
    linLogMode: true,
    outboundAttractionDistribution: true,
    adjustSizes: false,
    edgeWeightInfluence: 1,
    scalingRatio: 2,
    strongGravityMode: false,
    gravity: 0.6,
    slowDown: 2,
    barnesHutOptimize: n > 400,
    // Gephi's default: regions this far off are felt as one mass. At 0.8 (graphology's 0.5 is
    // finer still) the forces took half as long again on 2,000 varied articles (610–710 against
    // 430–460 ms), for a picture of the same shape, 3% wider.
    barnesHutTheta: 1.2,
  };
  for (let done = 0; done < iterations; done++) {
    iterate(settings, nodes, edges);
    if ((done + 1) % 10 === 0 || done + 1 === iterations) onStep((done + 1) / iterations);
  }
  for (let i = 0; i < n; i++) {
    g.x[i] = nodes[i * PPN]!;
    g.y[i] = nodes[i * PPN + 1]!;
  }
}

/** From ForceAtlas2's units to layout units: the median nearest-neighbour gap becomes `spacing`. */
export function rescale(g: Ties, spacing: number): void {
  const points = g.keys.flatMap((key, i) => (key.startsWith(ARTICLE) ? [] : [i]));
  if (points.length < 2) return;
  // A grid finds each point's nearest neighbour in near-linear time.
  let x1 = Infinity;
  let x2 = -Infinity;
  let y1 = Infinity;
  let y2 = -Infinity;
  for (const i of points) {
    x1 = Math.min(x1, g.x[i]!);
    x2 = Math.max(x2, g.x[i]!);
    y1 = Math.min(y1, g.y[i]!);
    y2 = Math.max(y2, g.y[i]!);
  }
  const cell = Math.sqrt(((x2 - x1 || 1) * (y2 - y1 || 1)) / points.length) || 1;
  const grid = new Map<string, number[]>();
  for (const i of points) {
    const id = `${Math.floor(g.x[i]! / cell)},${Math.floor(g.y[i]! / cell)}`;
    const list = grid.get(id);
    if (list) list.push(i);
    else grid.set(id, [i]);
  }
  const nearest: number[] = [];
  for (const i of points) {
    let best = Infinity;
    const cx = Math.floor(g.x[i]! / cell);
    const cy = Math.floor(g.y[i]! / cell);
    for (let ring = 1; ring <= 3 && !Number.isFinite(best); ring++)
      for (let dx = -ring; dx <= ring; dx++)
        for (let dy = -ring; dy <= ring; dy++)
          for (const j of grid.get(`${cx + dx},${cy + dy}`) ?? []) {
            if (j === i) continue;
            const d = Math.hypot(g.x[j]! - g.x[i]!, g.y[j]! - g.y[i]!);
            if (d > 0) best = Math.min(best, d);
          }
    if (Number.isFinite(best)) nearest.push(best);
  }
  nearest.sort((p, q) => p - q);
  const factor = spacing / (nearest[nearest.length >> 1] ?? 1);
  for (let i = 0; i < g.keys.length; i++) {
    g.x[i] = g.x[i]! * factor;
    g.y[i] = g.y[i]! * factor;
  }
}
