/**
 * Who goes with whom, read from the graph's edges: each delegation with its heads and members,
 * each speaker with their statements, and the rest (places, organizations, people on no side,
 * statements with no speaker) "shared", to be placed near what mentions them.
 */
import type Graph from 'graphology';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../core/types.ts';

type IsnadGraph = Graph<NodeAttributes, EdgeAttributes, GraphAttributes>;

export interface Side {
  delegation: string;
  /** Heads first, then members who speak: each gets a fan of statements. */
  speakers: string[];
  /** Members who say nothing: a ring around the delegation. */
  quiet: string[];
}

export interface Clusters {
  sides: Side[];
  /** Speakers on no side, most statements first. */
  loners: string[];
  /** Each speaker's statements, in reading order. */
  statementsOf: Map<string, string[]>;
  shared: string[];
}

export function findClusters(graph: IsnadGraph): Clusters {
  const statementsOf = new Map<string, string[]>();
  graph.forEachNode((key, attrs) => {
    // Delegations speak rarely; their statements are placed as shared nodes.
    if (attrs.kind === 'statement' || attrs.kind === 'delegation') return;
    const said: Array<{ key: string; start: number }> = [];
    graph.forEachOutEdge(key, (_, edge, __, target, ___, node) => {
      if (edge.kind === 'said' && node.kind === 'statement')
        said.push({ key: target, start: node.start });
    });
    if (said.length === 0) return;
    // In reading order (start offsets computed once, not looked up in every comparison).
    said.sort((a, b) => a.start - b.start || (a.key < b.key ? -1 : 1));
    statementsOf.set(
      key,
      said.map((s) => s.key),
    );
  });

  // A person sides with the first delegation they head, else the first they are a member of.
  const sideOf = new Map<string, string>();
  const heads = new Set<string>();
  for (const kind of ['heads', 'member_of'] as const)
    graph.forEachEdge((_, attrs, source, target, __, targetAttrs) => {
      if (attrs.kind !== kind || sideOf.has(source)) return;
      if (targetAttrs.kind !== 'delegation') return;
      sideOf.set(source, target);
      if (kind === 'heads') heads.add(source);
    });

  const sides = new Map<string, Side>();
  graph.forEachNode((key, attrs) => {
    if (attrs.kind === 'delegation') sides.set(key, { delegation: key, speakers: [], quiet: [] });
  });
  const fanned = new Set([...statementsOf.values()].flat());
  const loners: string[] = [];
  const shared: string[] = [];
  graph.forEachNode((key, attrs) => {
    if (attrs.kind === 'delegation') return;
    const side = sides.get(sideOf.get(key) ?? '');
    const speaks = statementsOf.has(key);
    if (side && speaks) side.speakers.push(key);
    else if (side) side.quiet.push(key);
    else if (speaks) loners.push(key);
    else if (!fanned.has(key)) shared.push(key);
  });
  const said = (k: string) => statementsOf.get(k)?.length ?? 0;
  for (const side of sides.values())
    side.speakers.sort((a, b) => Number(heads.has(b)) - Number(heads.has(a)) || said(b) - said(a));
  loners.sort((a, b) => said(b) - said(a));
  // Bigger sides first; the graph's own order breaks ties (it follows the articles).
  const size = (s: Side) => s.speakers.length + s.quiet.length;
  const ordered = [...sides.values()].sort((a, b) => size(b) - size(a));
  return { sides: ordered, loners, statementsOf, shared };
}
