/**
 * The layout for corpora (many articles merged), deterministic and near-linear:
 *
 * 1–3. the entity graph, its communities and ForceAtlas2 for each one's shape
 *    (./layout-entities.ts);
 * 4. communities side by side, each opened where the forces left it denser than its boxes allow;
 * 5. the entities' node + label boxes pushed apart until none overlap (the hubs' with room for
 *    their names, drawn larger when zoomed out);
 * 6. each speaker's statements in the free cells nearest them, in reading order: no statement
 *    on another node or its label by construction, with no pass over pairs (./layout-cells.ts).
 *
 * Pure: a graphology graph in, `x`/`y` on its nodes out; no randomness (the order of visits is
 * fixed), so the same graph always gets the same picture.
 */
import type Graph from 'graphology';
import { nodeBox, type Box } from './layout-boxes.ts';
import { placeInCells } from './layout-cells.ts';
import {
  ARTICLE,
  communities,
  entityGraph,
  forces,
  membersOf,
  rescale,
  seedPositions,
  type Ties,
} from './layout-entities.ts';
import { packRings } from './layout-rings.ts';
import { separateBoxes } from './layout-separate.ts';
import { spreadFactor } from './layout-spread.ts';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../core/types.ts';

type IsnadGraph = Graph<NodeAttributes, EdgeAttributes, GraphAttributes>;

/** Progress from 0 to 1, with what is being done. */
export type LayoutProgress = (done: number, stage: LayoutStage) => void;
export type LayoutStage = 'communities' | 'forces' | 'overlaps' | 'statements';

const GAP = 12;
/** Passes of pushes, at most, before a crowd is opened as a whole. */
const PASSES = 200;
/** Boxes may end up to this much closer than GAP (the last pixels cost the most passes). */
const SLACK = 2;
/** Median distance between an entity and its nearest neighbour, in layout units. */
const SPACING = 150;
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
/** ForceAtlas2's iterations: node-iterations in all, and the least and most iterations. */
const FORCE_BUDGET = 100_000;
const MIN_ITERATIONS = 25;
const MAX_ITERATIONS = 300;
/** At most this much room for a hub's name (the app's labels stop growing at its least zoom). */
const MAX_HUB_ROOM = 8;
/** Height of the «17 statements» line under a speaker's name. */
const COUNT_LINE = 23;

export function corpusLayout(graph: IsnadGraph, onProgress: LayoutProgress = () => {}): void {
  if (graph.order === 0) return;
  onProgress(0, 'communities');
  const h = entityGraph(graph);
  const members = membersOf(h, communities(h));
  seedPositions(h, members);
  onProgress(0.1, 'forces');

  // 3. Forces, reporting progress as they go. Each iteration costs about n log n; the packing
  // below keeps only each community's inner shape, which settles early: a fixed budget of
  // node-iterations keeps this step linear.
  const order = h.keys.length;
  const iterations = Math.max(
    MIN_ITERATIONS,
    Math.min(MAX_ITERATIONS, Math.round(FORCE_BUDGET / order)),
  );
  forces(h, iterations, (done) => onProgress(0.1 + 0.6 * done, 'forces'));
  rescale(h, SPACING);
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
  packGroups(h, members, (key) => boxes.get(key));

  // 4–5. Entities first, among themselves, with no overlaps (boxes centred below the node, as
  // drawn); then each speaker's statements in the free cells around them (./layout-cells.ts).
  onProgress(0.7, 'overlaps');
  const grown = (key: string, by: number): Box => {
    const b = boxes.get(key)!;
    if (!hubs.has(key) || by === 1) return b;
    return { w: b.w * by, h: b.h * by, dy: b.dy + (b.h * by - b.h) / 2 };
  };
  const entities = graph.filterNodes((_, attrs) => attrs.kind !== 'statement');
  const ex = Float64Array.from(entities, (key) => h.x[h.index.get(key)!]!);
  const ey = Float64Array.from(entities, (key) => h.y[h.index.get(key)!]!);
  // Hubs' labels grow when the fitted view is far out; room for them is made in rounds: lay out,
  // see how far out a typical canvas would fit it, grow the hubs' boxes to match, again. Growing
  // widens the picture, which asks for more growth: capped where the app's names stop growing.
  let hubRoom = 1;
  for (let round = 0; round < 4; round++) {
    const list = entities.map((key) => grown(key, hubRoom));
    settle(ex, ey, list);
    const need = Math.max(1, READABLE_PX / (ENTITY_FONT_PX * fitZoom(ex, ey, list))) * 1.05;
    if (need <= hubRoom || hubRoom >= MAX_HUB_ROOM) break;
    hubRoom = Math.min(MAX_HUB_ROOM, need);
  }
  onProgress(0.85, 'statements');
  const at = new Map<string, { x: number; y: number }>();
  entities.forEach((key, i) => at.set(key, { x: ex[i]!, y: ey[i]! }));
  // Speakers with fewer statements first: theirs stay close, a crowd's wrap around them.
  const groups: Array<{ x: number; y: number; keys: string[] }> = [];
  const spoken = new Set<string>();
  for (const speaker of entities) {
    const statements: string[] = [];
    graph.forEachOutEdge(speaker, (_, edge, __, target, ___, node) => {
      if (edge.kind !== 'said' || node.kind !== 'statement' || spoken.has(target)) return;
      statements.push(target);
      spoken.add(target);
    });
    if (statements.length === 0) continue;
    statements.sort((a, b) => articleOrder(graph, a, b));
    const p = at.get(speaker)!;
    const b = boxes.get(speaker)!;
    groups.push({ x: p.x, y: p.y + b.dy, keys: statements });
  }
  groups.sort((a, b) => a.keys.length - b.keys.length || (a.keys[0]! < b.keys[0]! ? -1 : 1));
  // A statement with no speaker sits by its article's anchor.
  const loose = new Map<string, string[]>();
  graph.forEachNode((key, attrs) => {
    if (attrs.kind !== 'statement' || spoken.has(key)) return;
    const list = loose.get(attrs.article);
    if (list) list.push(key);
    else loose.set(attrs.article, [key]);
  });
  for (const [article, keys] of loose) {
    const anchor = h.index.get(ARTICLE + article);
    const x = anchor !== undefined ? h.x[anchor]! : 0;
    const y = anchor !== undefined ? h.y[anchor]! + SPACING / 2 : 0;
    groups.push({ x, y, keys: keys.sort((a, b) => articleOrder(graph, a, b)) });
  }
  const cells = placeInCells(
    entities.map((key) => ({ ...at.get(key)!, box: boxes.get(key)! })),
    groups.map((g) => ({ x: g.x, y: g.y, items: g.keys.map((key) => boxes.get(key)!) })),
    GAP / 2,
  );
  groups.forEach((g, i) => g.keys.forEach((key, k) => at.set(key, cells[i]![k]!)));
  graph.forEachNode((key) => {
    const p = at.get(key) ?? { x: 0, y: 0 };
    graph.mergeNodeAttributes(key, { x: Math.round(p.x * 10) / 10, y: Math.round(p.y * 10) / 10 });
  });
  onProgress(1, 'statements');
}

/**
 * Communities side by side, each keeping its inner layout: the largest in the middle, the others
 * on rings around it (LinLog alone would leave them far apart, and the fitted view empty).
 */
function packGroups(
  h: Ties,
  groups: readonly number[][],
  boxOf: (key: string) => Box | undefined,
): void {
  const parts = groups.map((nodes) => {
    let cx = 0;
    let cy = 0;
    for (const node of nodes) {
      cx += h.x[node]!;
      cy += h.y[node]!;
    }
    cx /= nodes.length;
    cy /= nodes.length;
    // ForceAtlas2 may leave a community stretched by a far member: its shape is kept, its size
    // set to an area in proportion to its members.
    let r = 0;
    for (const node of nodes) r = Math.max(r, Math.hypot(h.x[node]! - cx, h.y[node]! - cy));
    const target = COMMUNITY_DENSITY * Math.sqrt(nodes.length);
    let scale = r > target ? target / r : 1;
    // Then opened where the forces left it denser than its boxes allow (anchors have none).
    const drawn = nodes.filter((node) => boxOf(h.keys[node]!) !== undefined);
    scale *= spreadFactor(
      drawn.map((node) => (h.x[node]! - cx) * scale),
      drawn.map((node) => (h.y[node]! - cy) * scale),
      drawn.map((node) => boxOf(h.keys[node]!)!),
      { gap: GAP, quantile: 0.6, max: 4, crowd: { pairs: 4, quantile: 0.95, max: 16 } },
    );
    // Its room: where most of its members are (a far one may reach out between the others).
    const reach = drawn
      .map((node) => {
        const box = boxOf(h.keys[node]!)!;
        return Math.hypot(h.x[node]! - cx, h.y[node]! - cy) * scale + Math.hypot(box.w, box.h) / 2;
      })
      .sort((p, q) => p - q);
    const room = reach[Math.floor(reach.length * 0.9)] ?? 0;
    return { nodes, cx, cy, scale, r: room + COMMUNITY_GAP };
  });
  const first = (nodes: readonly number[]) => h.keys[nodes[0]!]!;
  parts.sort((a, b) => b.r - a.r || (first(a.nodes) < first(b.nodes) ? -1 : 1));
  const rings = packRings(
    parts.slice(1).map((p) => p.r),
    { inner: parts[0]?.r ?? 0, start: 0 },
  );
  parts.forEach((part, i) => {
    const to = i === 0 ? { x: 0, y: 0 } : rings.offsets[i - 1]!;
    for (const node of part.nodes) {
      h.x[node] = (h.x[node]! - part.cx) * part.scale + to.x;
      h.y[node] = (h.y[node]! - part.cy) * part.scale + to.y;
    }
  });
}

/**
 * Boxes pushed apart until none overlap. A crowd the pushes cannot open in time (a thousand
 * sides of copies of one article, all alike, drawn by the forces to one spot) is first opened
 * as a whole, as far as most of its overlaps ask, then pushed again.
 */
function settle(xs: Float64Array, ys: Float64Array, boxes: readonly Box[]): void {
  const options = { gap: GAP, slack: SLACK, passes: PASSES };
  if (separateBoxes(xs, ys, boxes, options) < PASSES) return;
  const open = spreadFactor(xs, ys, boxes, { gap: GAP, quantile: 0.95, max: 16 });
  for (let i = 0; i < xs.length; i++) {
    xs[i] = xs[i]! * open;
    ys[i] = ys[i]! * open;
  }
  separateBoxes(xs, ys, boxes, options);
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
