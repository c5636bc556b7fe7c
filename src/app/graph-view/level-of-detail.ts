/**
 * Level of detail for corpus-sized graphs (pure, over the serialized graph):
 * - which labels stay at every zoom — the most connected entities — while the rest wait for a
 *   closer look;
 * - statements collapsed into a count on their speaker, with `about` edges (speaker → what their
 *   statements mention) standing in for the statement → entity paths while they are hidden — on
 *   a graph with many of them, only each node's strongest drawn, the rest when an end is selected;
 * - which statements a collapsed view still shows: those of the speakers expanded on demand, and
 *   the one selected.
 */
import type { SerializedGraph } from 'graphology-types';
import { statementsBy, type GraphIndex } from '../../graph/queries';

/** Up to this many entities, every name is a priority label (the seed reads as it did). */
export const ALL_LABELS_UP_TO = 60;
const MIN_PRIORITY = 24;
const PRIORITY_SHARE = 0.08;
/** Past this many nodes, a graph is drawn for speed: no edges while the view moves. */
export const LARGE_GRAPH = 500;
/** Past this many statements, a graph opens with statements collapsed. */
export const COLLAPSE_ABOVE = 80;

/** More entities than ALL_LABELS_UP_TO: names are scaled and culled as the zoom changes. */
export function scalesLabels(graph: SerializedGraph): boolean {
  return (
    graph.nodes.filter((node) => node.attributes?.kind !== 'statement').length > ALL_LABELS_UP_TO
  );
}

/** The entities whose labels stay visible at every zoom: by degree, then statements said. */
export function labelPriority(
  graph: SerializedGraph,
  degree: ReadonlyMap<string, number>,
): Set<string> {
  const entities = graph.nodes.filter((node) => node.attributes?.kind !== 'statement');
  if (entities.length <= ALL_LABELS_UP_TO) return new Set(entities.map((node) => node.key));
  const count = Math.max(MIN_PRIORITY, Math.round(entities.length * PRIORITY_SHARE));
  return new Set(
    entities
      .map((node) => ({ key: node.key, degree: degree.get(node.key) ?? 0 }))
      .sort((a, b) => b.degree - a.degree || (a.key < b.key ? -1 : 1))
      .slice(0, count)
      .map((entry) => entry.key),
  );
}

export interface SummaryEdge {
  id: string;
  source: string;
  target: string;
  /** How many of the speaker's statements mention the target. */
  weight: number;
}

/** Speaker → entity, once per pair, weighted by the statements that link them. */
export function summaryEdges(graph: SerializedGraph): SummaryEdge[] {
  const speakerOfStatement = new Map<string, string>();
  for (const edge of graph.edges)
    if (edge.attributes?.kind === 'said') speakerOfStatement.set(edge.target, edge.source);
  const pairs = new Map<string, SummaryEdge>();
  for (const edge of graph.edges) {
    if (edge.attributes?.kind !== 'mentions') continue;
    const speaker = speakerOfStatement.get(edge.source);
    if (!speaker || speaker === edge.target) continue;
    const id = `about:${speaker}->${edge.target}`;
    const pair = pairs.get(id);
    if (pair) pair.weight++;
    else pairs.set(id, { id, source: speaker, target: edge.target, weight: 1 });
  }
  return [...pairs.values()];
}

/** Past this many `about` edges, only the strongest are drawn (see strongSummaryEdges). */
export const THIN_SUMMARIES_ABOVE = 2000;
/** Each node keeps this many of its `about` edges drawn, its strongest. */
const STRONGEST_PER_NODE = 2;

/**
 * The `about` edges drawn on a graph with many: each node's STRONGEST_PER_NODE heaviest (ties by
 * id), as source or target, so every speaker stays tied to what they speak of most and every
 * entity to who speaks of it most; null (all of them) up to THIN_SUMMARIES_ABOVE.
 *
 * Why: Cytoscape visits every element it holds on every frame and restyles each edge of a node
 * whose display changes. A 5,000-node corpus with 20,000 edges held 6,900 `about` edges, 94% of
 * its canvas: a frame at the bench's zoom took 60–80 ms, 6–10 ms without them, and a filter's
 * restyle three times as long. The rest wait beside the canvas (./fold-pool.ts) and are drawn
 * around a selected node, and in exported images.
 */
export function strongSummaryEdges(
  edges: readonly SummaryEdge[],
  above = THIN_SUMMARIES_ABOVE,
): Set<string> | null {
  if (edges.length <= above) return null;
  const byNode = new Map<string, SummaryEdge[]>();
  for (const edge of edges)
    for (const end of [edge.source, edge.target]) {
      const list = byNode.get(end);
      if (list) list.push(edge);
      else byNode.set(end, [edge]);
    }
  const strong = new Set<string>();
  for (const list of byNode.values()) {
    list.sort((a, b) => b.weight - a.weight || (a.id < b.id ? -1 : 1));
    for (const edge of list.slice(0, STRONGEST_PER_NODE)) strong.add(edge.id);
  }
  return strong;
}

export function statementTotal(graph: SerializedGraph): number {
  return graph.nodes.filter((node) => node.attributes?.kind === 'statement').length;
}

/** Large graphs open collapsed; the seed (33 statements) opens with every statement drawn. */
export function collapsedByDefault(graph: SerializedGraph): boolean {
  return statementTotal(graph) > COLLAPSE_ABOVE;
}

/**
 * The statements a collapsed view hides: all of them, except those of the speakers expanded on
 * demand and the selected statement itself (selecting a speaker does not unfold them: the
 * inspector's "Show 17 statements" does, src/app/fold).
 */
export function hiddenStatements(
  index: GraphIndex,
  selected: string | null,
  expanded: readonly string[] = [],
): Set<string> {
  const shown = new Set<string>();
  if (selected && index.nodes.get(selected)?.kind === 'statement') shown.add(selected);
  for (const speaker of expanded) for (const key of statementsBy(index, speaker)) shown.add(key);
  const hidden = new Set<string>();
  for (const [key, attrs] of index.nodes)
    if (attrs.kind === 'statement' && !shown.has(key)) hidden.add(key);
  return hidden;
}
