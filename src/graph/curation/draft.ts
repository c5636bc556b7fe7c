/**
 * A working copy of a serialized graph that records every change it takes as a patch step.
 * Entries are replaced, never mutated, so the graph it started from is left as it was and
 * untouched entries are shared with the result.
 */
import type { Attributes, SerializedEdge, SerializedGraph, SerializedNode } from 'graphology-types';
import type { ArticleRecord, EdgeKind, NodeAttributes } from '../../core/types.ts';
import type { Change, Patch } from './types.ts';

/** An edge's identity: its key, or its ends when a hand-made file has none. */
export function edgeIdentity(edge: SerializedEdge): string {
  return edge.key ?? `${edge.source}->${edge.target}`;
}

export class Draft {
  readonly nodes: SerializedNode[];
  readonly edges: SerializedEdge[];
  private readonly changes: Change[] = [];

  constructor(private readonly graph: SerializedGraph) {
    this.nodes = [...graph.nodes];
    this.edges = [...graph.edges];
  }

  get articles(): ArticleRecord[] {
    return (this.graph.attributes?.articles as ArticleRecord[] | undefined) ?? [];
  }

  attrs(key: string): NodeAttributes | undefined {
    return this.nodes.find((n) => n.key === key)?.attributes as NodeAttributes | undefined;
  }

  /** Every node's key and attributes, in order. */
  entries(): [string, NodeAttributes][] {
    return this.nodes.map((n) => [n.key, (n.attributes ?? {}) as NodeAttributes]);
  }

  setNode(key: string, attributes: NodeAttributes): void {
    const index = this.nodes.findIndex((n) => n.key === key);
    const after = { key, attributes: attributes as unknown as Attributes };
    if (index < 0) {
      this.nodes.push(after);
      this.changes.push({ on: 'node', index: this.nodes.length - 1, after });
      return;
    }
    const before = this.nodes[index]!;
    this.nodes[index] = after;
    this.changes.push({ on: 'node', index, before, after });
  }

  /** Removes a node and every edge that touches it (one pass, last edge first). */
  removeNode(key: string): void {
    for (let index = this.edges.length - 1; index >= 0; index--) {
      const edge = this.edges[index]!;
      if (edge.source === key || edge.target === key) this.removeAt(index);
    }
    const index = this.nodes.findIndex((n) => n.key === key);
    if (index < 0) return;
    const before = this.nodes[index]!;
    this.nodes.splice(index, 1);
    this.changes.push({ on: 'node', index, before });
  }

  edgesOf(key: string, kind?: EdgeKind): SerializedEdge[] {
    return this.edges.filter(
      (e) => (e.source === key || e.target === key) && (!kind || e.attributes?.kind === kind),
    );
  }

  findEdge(source: string, target: string): SerializedEdge | undefined {
    return this.edges.find((e) => e.source === source && e.target === target);
  }

  /** Adds `kind` from source to target, as the graph builder does: one edge per pair, no loops. */
  addEdge(kind: EdgeKind, source: string, target: string, extra: Attributes = {}): boolean {
    if (source === target || this.findEdge(source, target)) return false;
    if (!this.attrs(source) || !this.attrs(target)) return false;
    const after: SerializedEdge = {
      key: `${kind}:${source}->${target}`,
      source,
      target,
      attributes: { ...extra, kind },
    };
    this.edges.push(after);
    this.changes.push({ on: 'edge', index: this.edges.length - 1, after });
    return true;
  }

  removeEdge(edge: SerializedEdge): void {
    let index = this.edges.lastIndexOf(edge);
    if (index < 0) {
      const id = edgeIdentity(edge);
      index = this.edges.findIndex((e) => edgeIdentity(e) === id);
    }
    if (index >= 0) this.removeAt(index);
  }

  private removeAt(index: number): void {
    const before = this.edges[index]!;
    this.edges.splice(index, 1);
    this.changes.push({ on: 'edge', index, before });
  }

  patch(): Patch {
    return { changes: [...this.changes] };
  }

  result(): SerializedGraph {
    return { ...this.graph, nodes: this.nodes, edges: this.edges };
  }
}
