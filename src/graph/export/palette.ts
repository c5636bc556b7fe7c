/**
 * The graph's colours, sizes and line styles by kind: one table for the canvas (src/app's
 * Cytoscape style) and every export that carries a look (GEXF, GraphML, Cytoscape.js JSON, SVG),
 * so a file opens in Gephi or yEd looking as it does on screen.
 */
import { nodeSize } from '../layout-boxes';

export const KIND_COLORS = {
  person: '#2563eb',
  delegation: '#7c3aed',
  place: '#059669',
  organization: '#d97706',
  statement: '#94a3b8',
} as const;

export const EDGE_STYLES = {
  said: { color: '#475569', line: 'solid', arrow: 'triangle', width: 1.6 },
  heads: { color: '#7c3aed', line: 'solid', arrow: 'triangle', width: 2.4 },
  member_of: { color: '#a78bfa', line: 'dashed', arrow: 'triangle', width: 1.4 },
  mentions: { color: '#cbd5e1', line: 'dotted', arrow: 'vee', width: 1.2 },
  located_in: { color: '#6ee7b7', line: 'dashed', arrow: 'triangle', width: 1.2 },
  affiliated_with: { color: '#fcd34d', line: 'dashed', arrow: 'none', width: 1.2 },
} as const;

export type LineStyle = 'solid' | 'dashed' | 'dotted';

const DEFAULT_NODE_COLOR = '#94a3b8';
const DEFAULT_EDGE = { color: '#cbd5e1', line: 'solid' as LineStyle, width: 1.2 };

export interface NodeLook {
  color: string;
  /** Diameter in pixels at zoom 1, as on the canvas (importance by connectivity). */
  size: number;
}

export interface EdgeLook {
  color: string;
  width: number;
  line: LineStyle;
}

export function nodeColor(kind: unknown): string {
  return KIND_COLORS[kind as keyof typeof KIND_COLORS] ?? DEFAULT_NODE_COLOR;
}

export function edgeLook(kind: unknown): EdgeLook {
  const style = EDGE_STYLES[kind as keyof typeof EDGE_STYLES];
  return style ? { color: style.color, width: style.width, line: style.line } : DEFAULT_EDGE;
}

/** Every node's colour and size; the degree counts every edge of `graph`, as the canvas does. */
export function nodeLooks(graph: {
  nodes: ReadonlyArray<{ key: string; attributes?: { kind?: unknown } }>;
  edges: ReadonlyArray<{ source: string; target: string }>;
}): Map<string, NodeLook> {
  const degree = new Map<string, number>();
  for (const { source, target } of graph.edges) {
    degree.set(source, (degree.get(source) ?? 0) + 1);
    degree.set(target, (degree.get(target) ?? 0) + 1);
  }
  return new Map(
    graph.nodes.map(({ key, attributes }) => {
      const kind = String(attributes?.kind ?? '');
      const size = Math.round(nodeSize(kind, degree.get(key) ?? 0) * 100) / 100;
      return [key, { color: nodeColor(kind), size }];
    }),
  );
}

/** `#2563eb` → [37, 99, 235]. */
export function rgb(hex: string): [number, number, number] {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}
