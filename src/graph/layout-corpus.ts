/**
 * The layout for corpora (many articles merged), deterministic and near-linear:
 *
 * 1. an entity graph: who speaks about whom (speaker — what their statements mention), who
 *    belongs to which delegation, where places lie, and every entity tied to the articles that
 *    name it (an article is a hidden anchor), so a place or organization only named in passing
 *    sits beside what the same article is about instead of drifting away;
 * 2. communities by weighted label propagation, each seeded on its own spot of a sunflower
 *    spiral, members around it;
 * 3. ForceAtlas2 (LinLog, Barnes–Hut past a few hundred nodes) pulls communities together and
 *    apart, reporting progress as it goes;
 * 4. each speaker's statements on rings around them, in reading order;
 * 5. node + label boxes pushed apart until none overlap.
 *
 * Pure: a graphology graph in, `x`/`y` on its nodes out; no randomness (the order of visits is
 * fixed and seeds come from a hash), so the same graph always gets the same picture.
 */
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { nodeBox, type Box } from './layout-boxes.ts';
import { packRings } from './layout-rings.ts';
import { separateBoxes } from './layout-separate.ts';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../core/types.ts';

type IsnadGraph = Graph<NodeAttributes, EdgeAttributes, GraphAttributes>;

/** Progress from 0 to 1, with what is being done. */
export type LayoutProgress = (done: number, stage: LayoutStage) => void;
export type LayoutStage = 'communities' | 'forces' | 'statements' | 'overlaps';

/** How strongly each tie pulls (an article anchor pulls gently: it only gathers). */
const WEIGHT = { about: 1, member: 3, place: 1, affiliation: 0.5, article: 0.35 } as const;
const GAP = 12;
/** Median distance between an entity and its nearest neighbour, in layout units. */
const SPACING = 150;
const ARTICLE = '\u0000article:';
/** A community of n entities fits a disk of radius COMMUNITY_DENSITY·√n (boxes then settle). */
const COMMUNITY_DENSITY = 60;
const COMMUNITY_GAP = 70;
/** The hubs whose labels are always drawn (the app's label placement draws at least 20). */
const HUBS = 24;
/**
 * The app keeps names at least READABLE_PX on screen, scaling them up from ENTITY_FONT_PX when
 * zoomed out (src/app/graph-view/label-placement.ts); the layout assumes a typical canvas.
 */
const READABLE_PX = 12;
const ENTITY_FONT_PX = 18;
const TYPICAL_CANVAS = { width: 880, height: 560, padding: 16 };
/** Height of the «17 statements» line under a speaker's name. */
const COUNT_LINE = 23;

export function corpusLayout(graph: IsnadGraph, onProgress: LayoutProgress = () => {}): void {
  if (graph.order === 0) return;
  onProgress(0, 'communities');
  const h = entityGraph(graph);
  const community = communities(h);
  seed(h, community);
  onProgress(0.1, 'forces');

  // 3. Forces, in slices so progress can be told:
  const order = h.order;
  const iterations = order > 3000 ? 120 : order > 800 ? 200 : 300;
  const settings = {
    linLogMode: true,
    outboundAttractionDistribution: true,
    barnesHutOptimize: order > 400,
    barnesHutTheta: 0.8,
    scalingRatio: 2,
    gravity: 0.6,
    slowDown: 2,
    edgeWeightInfluence: 1,
  };
  const slice = 20;
  for (let done = 0; done < iterations; done += slice) {
    forceAtlas2.assign(h, {
      iterations: Math.min(slice, iterations - done),
      settings,
      getEdgeWeight: 'weight',
    });
    onProgress(0.1 + 0.6 * ((done + slice) / iterations), 'forces');
  }
  rescale(h);
  packGroups(h, community);

  // 4. Statements around their speaker:
  onProgress(0.7, 'statements');
  const boxes = new Map<string, Box>();
  // The most connected names stay drawn when zoomed out, scaled up to stay readable: they get
  // room for that. A speaker's label has a second line, the count of folded statements.
  const hubs = new Set(
    graph
      .filterNodes((_, attrs) => attrs.kind !== 'statement')
      .sort((a, b) => graph.degree(b) - graph.degree(a) || (a < b ? -1 : 1))
      .slice(0, HUBS),
  );
  graph.forEachNode((key, attrs) => {
    const box = nodeBox(attrs.kind, attrs.label, graph.degree(key));
    const speaks = attrs.kind !== 'statement' && graph.outDegree(key) > 0;
    const lines = speaks ? box.h + COUNT_LINE : box.h;
    boxes.set(key, { w: box.w, h: lines, dy: box.dy + (lines - box.h) / 2 });
  });
  const grown = (key: string, by: number): Box => {
    const b = boxes.get(key)!;
    if (!hubs.has(key) || by === 1) return b;
    return { w: b.w * by, h: b.h * by, dy: b.dy + (b.h * by - b.h) / 2 };
  };
  const radius = (key: string) => {
    const b = boxes.get(key)!;
    return Math.max(b.w, b.h) / 2 + GAP / 2;
  };
  const xs = new Float64Array(graph.order);
  const ys = new Float64Array(graph.order);
  const keys = graph.nodes();
  const at = new Map(keys.map((key, i) => [key, i]));
  for (const key of keys) {
    if (!h.hasNode(key)) continue;
    xs[at.get(key)!] = h.getNodeAttribute(key, 'x') as number;
    ys[at.get(key)!] = h.getNodeAttribute(key, 'y') as number;
  }
  const placed = new Set<string>();
  graph.forEachNode((speaker, attrs) => {
    if (attrs.kind === 'statement') return;
    const statements = graph
      .outEdges(speaker)
      .filter((edge) => graph.getEdgeAttribute(edge, 'kind') === 'said')
      .map((edge) => graph.target(edge))
      .sort((a, b) => articleOrder(graph, a, b));
    if (statements.length === 0) return;
    const rings = packRings(statements.map(radius), {
      inner: radius(speaker),
      start: -Math.PI / 2,
    });
    const i = at.get(speaker)!;
    statements.forEach((statement, k) => {
      const j = at.get(statement)!;
      xs[j] = xs[i]! + rings.offsets[k]!.x;
      ys[j] = ys[i]! + rings.offsets[k]!.y;
      placed.add(statement);
    });
  });
  // A statement with no speaker sits by its article's anchor.
  graph.forEachNode((key, attrs) => {
    if (attrs.kind !== 'statement' || placed.has(key)) return;
    const anchor = ARTICLE + attrs.article;
    const j = at.get(key)!;
    const spread = (hash(key) % 1000) / 1000;
    xs[j] = h.hasNode(anchor) ? (h.getNodeAttribute(anchor, 'x') as number) + spread * SPACING : 0;
    ys[j] = h.hasNode(anchor) ? (h.getNodeAttribute(anchor, 'y') as number) + SPACING / 2 : 0;
  });

  // 5. No overlaps: boxes centred below the node, as drawn. Entities first, among themselves;
  // then statements find room around them while the entities stay put.
  onProgress(0.8, 'overlaps');
  const boxList = keys.map((key) => boxes.get(key)!);
  const isStatement = keys.map((key) => graph.getNodeAttribute(key, 'kind') === 'statement');
  const entityIdx = keys.map((_, i) => i).filter((i) => !isStatement[i]);
  const ex = Float64Array.from(entityIdx, (i) => xs[i]!);
  const ey = Float64Array.from(entityIdx, (i) => ys[i]!);
  // Hubs' labels grow when the fitted view is far out; room for them is made in rounds: lay out,
  // see how far out a typical canvas would fit it, grow the hubs' boxes to match, again.
  let hubRoom = 1;
  for (let round = 0; round < 4; round++) {
    const list = entityIdx.map((i) => grown(keys[i]!, hubRoom));
    separateBoxes(ex, ey, list, { gap: GAP, passes: 200 });
    const need = Math.max(1, READABLE_PX / (ENTITY_FONT_PX * fitZoom(ex, ey, list))) * 1.05;
    if (need <= hubRoom) break;
    hubRoom = need;
  }
  entityIdx.forEach((i, k) => {
    // Statements move with their speaker.
    const dx = ex[k]! - xs[i]!;
    const dy = ey[k]! - ys[i]!;
    xs[i] = ex[k]!;
    ys[i] = ey[k]!;
    if (dx === 0 && dy === 0) return;
    for (const edge of graph.outEdges(keys[i]!)) {
      if (graph.getEdgeAttribute(edge, 'kind') !== 'said') continue;
      const j = at.get(graph.target(edge))!;
      xs[j] = xs[j]! + dx;
      ys[j] = ys[j]! + dy;
    }
  });
  const fixed = Uint8Array.from(isStatement, (statement) => (statement ? 0 : 1));
  separateBoxes(xs, ys, boxList, { gap: GAP / 2, passes: 120, fixed });
  keys.forEach((key, i) =>
    graph.mergeNodeAttributes(key, {
      x: Math.round(xs[i]! * 10) / 10,
      y: Math.round(ys[i]! * 10) / 10,
    }),
  );
  onProgress(1, 'overlaps');
}

/** 1. Entities (no statements) and article anchors, with weighted undirected ties. */
function entityGraph(graph: IsnadGraph): Graph {
  const h = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  graph.forEachNode((key, attrs) => {
    if (attrs.kind === 'statement') return;
    h.addNode(key, { x: 0, y: 0 });
    for (const article of new Set((attrs.mentions ?? []).map((m) => m.article))) {
      h.mergeNode(ARTICLE + article, { x: 0, y: 0 });
      tie(h, key, ARTICLE + article, WEIGHT.article);
    }
  });
  graph.forEachEdge((_, attrs, source, target) => {
    switch (attrs.kind) {
      case 'said':
        for (const mentioned of graph.outNeighbors(target)) tie(h, source, mentioned, WEIGHT.about);
        break;
      case 'member_of':
      case 'heads':
        tie(h, source, target, WEIGHT.member);
        break;
      case 'located_in':
        tie(h, source, target, WEIGHT.place);
        break;
      case 'affiliated_with':
        tie(h, source, target, WEIGHT.affiliation);
        break;
      default:
    }
  });
  return h;
}

function tie(h: Graph, a: string, b: string, weight: number): void {
  if (a === b || !h.hasNode(a) || !h.hasNode(b)) return;
  const edge = h.edge(a, b);
  if (edge) h.updateEdgeAttribute(edge, 'weight', (w: number | undefined) => (w ?? 0) + weight);
  else h.addEdge(a, b, { weight });
}

/** 2. Weighted label propagation in a fixed order; ties go to the smaller label. */
function communities(h: Graph): Map<string, string> {
  const label = new Map<string, string>();
  const nodes = h.nodes().sort();
  for (const node of nodes) label.set(node, node);
  for (let round = 0; round < 12; round++) {
    let changed = false;
    for (const node of nodes) {
      const votes = new Map<string, number>();
      h.forEachEdge(node, (_, attrs, source, target) => {
        const other = source === node ? target : source;
        const l = label.get(other)!;
        votes.set(l, (votes.get(l) ?? 0) + (attrs.weight as number));
      });
      let best = label.get(node)!;
      let bestVotes = votes.get(best) ?? 0;
      for (const [l, v] of votes)
        if (v > bestVotes || (v === bestVotes && l < best)) {
          best = l;
          bestVotes = v;
        }
      if (best !== label.get(node)) {
        label.set(node, best);
        changed = true;
      }
    }
    if (!changed) break;
  }
  return label;
}

/** Communities on a sunflower spiral (largest first, at the middle), members around each. */
function seed(h: Graph, community: Map<string, string>): void {
  const groups = new Map<string, string[]>();
  for (const [node, l] of community) {
    const list = groups.get(l);
    if (list) list.push(node);
    else groups.set(l, [node]);
  }
  const sorted = [...groups.values()].sort(
    (a, b) => b.length - a.length || (a[0]! < b[0]! ? -1 : 1),
  );
  const golden = Math.PI * (3 - Math.sqrt(5));
  let reach = 0;
  sorted.forEach((members, g) => {
    const r = Math.sqrt(members.length) * 10;
    reach += r;
    const d = Math.sqrt(g) * 60;
    const cx = d * Math.cos(g * golden);
    const cy = d * Math.sin(g * golden);
    members.sort().forEach((node, k) => {
      const angle = k * golden;
      const rr = Math.sqrt(k + 1) * 6;
      h.mergeNodeAttributes(node, { x: cx + rr * Math.cos(angle), y: cy + rr * Math.sin(angle) });
    });
  });
  void reach;
}

/** From ForceAtlas2's units to layout units: the median nearest-neighbour gap becomes SPACING. */
function rescale(h: Graph): void {
  const points: Array<[number, number]> = [];
  h.forEachNode((node, attrs) => {
    if (!node.startsWith(ARTICLE)) points.push([attrs.x as number, attrs.y as number]);
  });
  if (points.length < 2) return;
  // A grid finds each point's nearest neighbour in near-linear time.
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const width = Math.max(...xs) - Math.min(...xs) || 1;
  const height = Math.max(...ys) - Math.min(...ys) || 1;
  const cell = Math.sqrt((width * height) / points.length) || 1;
  const grid = new Map<string, number[]>();
  points.forEach(([x, y], i) => {
    const id = `${Math.floor(x / cell)},${Math.floor(y / cell)}`;
    const list = grid.get(id);
    if (list) list.push(i);
    else grid.set(id, [i]);
  });
  const nearest: number[] = [];
  points.forEach(([x, y], i) => {
    let best = Infinity;
    const cx = Math.floor(x / cell);
    const cy = Math.floor(y / cell);
    for (let ring = 1; ring <= 3 && !Number.isFinite(best); ring++)
      for (let dx = -ring; dx <= ring; dx++)
        for (let dy = -ring; dy <= ring; dy++)
          for (const j of grid.get(`${cx + dx},${cy + dy}`) ?? []) {
            if (j === i) continue;
            const d = Math.hypot(points[j]![0] - x, points[j]![1] - y);
            if (d > 0) best = Math.min(best, d);
          }
    if (Number.isFinite(best)) nearest.push(best);
  });
  nearest.sort((a, b) => a - b);
  const median = nearest[nearest.length >> 1] ?? 1;
  const factor = SPACING / median;
  h.forEachNode((node, attrs) => {
    h.mergeNodeAttributes(node, {
      x: (attrs.x as number) * factor,
      y: (attrs.y as number) * factor,
    });
  });
}

/**
 * Communities side by side, each keeping its inner layout: the largest in the middle, the others
 * on rings around it (LinLog alone would leave them far apart, and the fitted view empty).
 */
function packGroups(h: Graph, community: Map<string, string>): void {
  const members = new Map<string, string[]>();
  for (const node of h.nodes().sort()) {
    const label = community.get(node) ?? node;
    const list = members.get(label);
    if (list) list.push(node);
    else members.set(label, [node]);
  }
  const parts = [...members.values()].map((nodes) => {
    let cx = 0;
    let cy = 0;
    for (const node of nodes) {
      cx += h.getNodeAttribute(node, 'x') as number;
      cy += h.getNodeAttribute(node, 'y') as number;
    }
    cx /= nodes.length;
    cy /= nodes.length;
    let r = 0;
    for (const node of nodes)
      r = Math.max(
        r,
        Math.hypot(
          (h.getNodeAttribute(node, 'x') as number) - cx,
          (h.getNodeAttribute(node, 'y') as number) - cy,
        ),
      );
    // Each community gets an area in proportion to its members (ForceAtlas2 may leave one
    // stretched by a far member): its shape is kept, its size set.
    const target = COMMUNITY_DENSITY * Math.sqrt(nodes.length);
    const shrink = r > target ? target / r : 1;
    return { nodes, cx, cy, shrink, r: Math.min(r, target) + COMMUNITY_GAP };
  });
  if (parts.length < 2) return;
  parts.sort((a, b) => b.r - a.r || (a.nodes[0]! < b.nodes[0]! ? -1 : 1));
  const rings = packRings(
    parts.slice(1).map((p) => p.r),
    { inner: parts[0]!.r, start: 0 },
  );
  parts.forEach((part, i) => {
    const to = i === 0 ? { x: 0, y: 0 } : rings.offsets[i - 1]!;
    for (const node of part.nodes)
      h.mergeNodeAttributes(node, {
        x: ((h.getNodeAttribute(node, 'x') as number) - part.cx) * part.shrink + to.x,
        y: ((h.getNodeAttribute(node, 'y') as number) - part.cy) * part.shrink + to.y,
      });
  });
}

/** The zoom at which a typical canvas fits these boxes. */
function fitZoom(xs: Float64Array, ys: Float64Array, boxes: readonly Box[]): number {
  let x1 = Infinity;
  let x2 = -Infinity;
  let y1 = Infinity;
  let y2 = -Infinity;
  boxes.forEach((b, i) => {
    x1 = Math.min(x1, xs[i]! - b.w / 2);
    x2 = Math.max(x2, xs[i]! + b.w / 2);
    y1 = Math.min(y1, ys[i]! + b.dy - b.h / 2);
    y2 = Math.max(y2, ys[i]! + b.dy + b.h / 2);
  });
  const { width, height, padding } = TYPICAL_CANVAS;
  return Math.min((width - 2 * padding) / (x2 - x1 || 1), (height - 2 * padding) / (y2 - y1 || 1));
}

function articleOrder(graph: IsnadGraph, a: string, b: string): number {
  const sa = graph.getNodeAttributes(a);
  const sb = graph.getNodeAttributes(b);
  const articleA = 'article' in sa ? String(sa.article) : '';
  const articleB = 'article' in sb ? String(sb.article) : '';
  if (articleA !== articleB) return articleA < articleB ? -1 : 1;
  return ('start' in sa ? Number(sa.start) : 0) - ('start' in sb ? Number(sb.start) : 0);
}

function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
