/**
 * Level of detail for corpus-sized graphs (pure, over the serialized graph):
 * - which labels stay at every zoom — the most connected entities — while the rest wait for a
 *   closer look;
 * - statements collapsed into a count on their speaker, with `about` edges (speaker → what their
 *   statements mention) standing in for the statement → entity paths while they are hidden;
 * - which statements a collapsed view still shows: those of the speakers expanded on demand, and
 *   the one selected.
 */
import type { SerializedGraph } from 'graphology-types';
import { statementsBy, type GraphIndex } from '../../graph/queries';

/** Up to this many entities, every name is a priority label (the seed reads as it did). */
export const ALL_LABELS_UP_TO = 60;
const MIN_PRIORITY = 24;
const PRIORITY_SHARE = 0.08;
/** Past this many statements, a graph opens with statements collapsed. */
export const COLLAPSE_ABOVE = 80;

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
