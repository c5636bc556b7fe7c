/**
 * Graph queries the explorer asks (who said what, statements mentioning X, delegation members),
 * over the serialized graph of the contract in ./types.ts. Pure: no React, DOM or graphology
 * instance, so the app stays light and these run anywhere.
 */
import type { SerializedGraph } from 'graphology-types';
import type { ArticleRecord, EdgeAttributes, EdgeKind, NodeAttributes } from './types';

export interface IndexedEdge {
  key: string;
  source: string;
  target: string;
  kind: EdgeKind;
}

export interface GraphIndex {
  nodes: Map<string, NodeAttributes>;
  /** Edges by source key, and by target key. */
  outEdges: Map<string, IndexedEdge[]>;
  inEdges: Map<string, IndexedEdge[]>;
  articles: ArticleRecord[];
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function indexGraph(graph: SerializedGraph): GraphIndex {
  const nodes = new Map<string, NodeAttributes>();
  for (const node of graph.nodes) nodes.set(node.key, node.attributes as NodeAttributes);
  const outEdges = new Map<string, IndexedEdge[]>();
  const inEdges = new Map<string, IndexedEdge[]>();
  graph.edges.forEach((edge, i) => {
    const attrs = (edge.attributes ?? {}) as Partial<EdgeAttributes>;
    const indexed: IndexedEdge = {
      key: edge.key ?? `e${i}`,
      source: edge.source,
      target: edge.target,
      kind: attrs.kind ?? 'mentions',
    };
    push(outEdges, edge.source, indexed);
    push(inEdges, edge.target, indexed);
  });
  const articles = (graph.attributes?.articles as ArticleRecord[] | undefined) ?? [];
  return { nodes, outEdges, inEdges, articles };
}

/** Keys at the other end of `key`'s outgoing (or incoming) edges of one kind, in edge order. */
export function targetsOf(index: GraphIndex, key: string, kind: EdgeKind): string[] {
  return (index.outEdges.get(key) ?? []).filter((e) => e.kind === kind).map((e) => e.target);
}

export function sourcesOf(index: GraphIndex, key: string, kind: EdgeKind): string[] {
  return (index.inEdges.get(key) ?? []).filter((e) => e.kind === kind).map((e) => e.source);
}

export function labelOf(index: GraphIndex, key: string): string {
  return index.nodes.get(key)?.label ?? key;
}

/** Statements whose speaker is `key` (by the `said` edge). */
export function statementsBy(index: GraphIndex, key: string): string[] {
  return targetsOf(index, key, 'said');
}

/** Statements that mention `key`. */
export function statementsMentioning(index: GraphIndex, key: string): string[] {
  return sourcesOf(index, key, 'mentions');
}

/** What a statement mentions. */
export function mentionedBy(index: GraphIndex, statement: string): string[] {
  return targetsOf(index, statement, 'mentions');
}

export function speakerOf(index: GraphIndex, statement: string): string | undefined {
  return sourcesOf(index, statement, 'said')[0];
}

export function headsOf(index: GraphIndex, delegation: string): string[] {
  return sourcesOf(index, delegation, 'heads');
}

/** Heads first, then members, each once. */
export function membersOf(index: GraphIndex, delegation: string): string[] {
  return unique([...headsOf(index, delegation), ...sourcesOf(index, delegation, 'member_of')]);
}

export function delegationsOf(index: GraphIndex, person: string): string[] {
  return unique([...targetsOf(index, person, 'heads'), ...targetsOf(index, person, 'member_of')]);
}

/** Everyone who said something, most statements first. */
export function speakers(index: GraphIndex): string[] {
  const counts = new Map<string, number>();
  for (const [key, edges] of index.outEdges) {
    const said = edges.filter((e) => e.kind === 'said').length;
    if (said > 0) counts.set(key, said);
  }
  return [...counts].sort((a, b) => b[1] - a[1]).map(([key]) => key);
}

export function nodesOfKind(index: GraphIndex, kind: NodeAttributes['kind']): string[] {
  return [...index.nodes].filter(([, attrs]) => attrs.kind === kind).map(([key]) => key);
}

/**
 * What a delegation filter keeps: the delegations, their heads and members, the statements those
 * (and the delegations themselves) made, and what those statements mention.
 */
export function delegationNeighbourhood(index: GraphIndex, delegations: string[]): Set<string> {
  const keep = new Set<string>();
  for (const delegation of delegations) {
    if (!index.nodes.has(delegation)) continue;
    const people = [delegation, ...membersOf(index, delegation)];
    for (const person of people) {
      keep.add(person);
      for (const statement of statementsBy(index, person)) {
        keep.add(statement);
        for (const mentioned of mentionedBy(index, statement)) keep.add(mentioned);
      }
    }
  }
  return keep;
}

/** What a speaker filter keeps: the speakers, their statements and what those mention. */
export function speakerNeighbourhood(index: GraphIndex, speakerKeys: string[]): Set<string> {
  const keep = new Set<string>();
  for (const speaker of speakerKeys) {
    if (!index.nodes.has(speaker)) continue;
    keep.add(speaker);
    for (const statement of statementsBy(index, speaker)) {
      keep.add(statement);
      for (const mentioned of mentionedBy(index, statement)) keep.add(mentioned);
    }
  }
  return keep;
}

/**
 * What an article filter keeps: the statements made in these articles and every node mentioned
 * there (people, sides, places, organizations), so each source can be looked at alone.
 */
export function articleNeighbourhood(index: GraphIndex, articleIds: string[]): Set<string> {
  const wanted = new Set(articleIds);
  const keep = new Set<string>();
  for (const [key, attrs] of index.nodes) {
    if (attrs.kind === 'statement') {
      if (wanted.has(attrs.article)) keep.add(key);
    } else if ((attrs.mentions ?? []).some((m) => wanted.has(m.article))) keep.add(key);
  }
  return keep;
}

/** Articles whose outlet is one of these (the outlet as the article's `source` names it). */
export function articlesOfOutlets(index: GraphIndex, outlets: string[]): string[] {
  const wanted = new Set(outlets);
  return index.articles.filter((a) => wanted.has(a.source?.trim() ?? '')).map((a) => a.id);
}

function unique<T>(list: T[]): T[] {
  return [...new Set(list)];
}
