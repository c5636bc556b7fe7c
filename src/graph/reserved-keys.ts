/**
 * graphology (0.26) indexes each node's neighbours in plain objects, so a node keyed
 * «constructor», «hasOwnProperty» or «__proto__» finds Object.prototype's member there and an
 * edge to it is refused as "already exists". For one graph instance, the indexes get a null
 * prototype as each node is stored, and the two lookups that call `index.hasOwnProperty`
 * use `Object.hasOwn` instead: every key is an ordinary key.
 */
import type Graph from 'graphology';

interface NodeData {
  in: Record<string, unknown>;
  out: Record<string, unknown>;
}

export function withOrdinaryKeys<G extends Graph>(graph: G): G {
  const nodes = (graph as unknown as { _nodes: Map<string, NodeData> })._nodes;
  nodes.set = function (key: string, data: NodeData) {
    data.in = Object.create(null) as Record<string, unknown>;
    data.out = Object.create(null) as Record<string, unknown>;
    return Map.prototype.set.call(this, key, data) as typeof nodes;
  };
  const between = (source: unknown, target: unknown): boolean => {
    const data = nodes.get(String(source));
    return !!data && Object.hasOwn(data.out, String(target));
  };
  type Lookup = (this: G, ...args: unknown[]) => boolean;
  const hasEdge = graph.hasEdge as unknown as Lookup;
  const hasDirectedEdge = graph.hasDirectedEdge as unknown as Lookup;
  graph.hasEdge = function (this: G, ...args: unknown[]) {
    return args.length === 2 ? between(args[0], args[1]) : hasEdge.apply(this, args);
  } as unknown as G['hasEdge'];
  graph.hasDirectedEdge = function (this: G, ...args: unknown[]) {
    return args.length === 2 ? between(args[0], args[1]) : hasDirectedEdge.apply(this, args);
  } as unknown as G['hasDirectedEdge'];
  graph.clearEdges = () => {
    throw new Error('graph: clearEdges would restore plain-object indexes (see reserved-keys.ts)');
  };
  return graph;
}
