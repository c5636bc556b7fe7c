/**
 * A deterministic layout, computed once at build time and stored as node `x`/`y` (the app
 * shows it with Cytoscape's preset layout). Seeds: entities on rings by kind at angles from a
 * hash of their key, statements beside their speaker; then ForceAtlas2 for a fixed number of
 * iterations, then noverlap so no two nodes overlap.
 */
import type Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from './types.ts';

type IsnadGraph = Graph<NodeAttributes, EdgeAttributes, GraphAttributes>;

const RING: Record<string, number> = {
  delegation: 0.35,
  person: 1,
  organization: 1.6,
  place: 1.9,
  statement: 1.3,
};
const SIZE: Record<string, number> = {
  delegation: 14,
  person: 12,
  organization: 11,
  place: 11,
  statement: 7,
};

/** FNV-1a: a stable hash, so the same graph always gets the same picture. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function applyLayout(graph: IsnadGraph): void {
  const scale = 40 * Math.sqrt(Math.max(graph.order, 1));
  graph.forEachNode((key, attrs) => {
    if (attrs.kind === 'statement') return;
    const angle = ((hashString(key) % 3600) / 3600) * 2 * Math.PI;
    const r = (RING[attrs.kind] ?? 1) * scale;
    graph.mergeNodeAttributes(key, { x: r * Math.cos(angle), y: r * Math.sin(angle) });
  });
  // Statements start in a small fan around their speaker.
  const fan = new Map<string, number>();
  graph.forEachNode((key, attrs) => {
    if (attrs.kind !== 'statement') return;
    const speaker = attrs.speaker && graph.hasNode(attrs.speaker) ? attrs.speaker : undefined;
    const base = speaker ? graph.getNodeAttributes(speaker) : { x: 0, y: 0 };
    const i = fan.get(speaker ?? '') ?? 0;
    fan.set(speaker ?? '', i + 1);
    const angle = ((hashString(key) % 360) / 360) * 2 * Math.PI + i * 0.4;
    const r = scale * 0.25 + i * 4;
    graph.mergeNodeAttributes(key, {
      x: (base.x ?? 0) + r * Math.cos(angle),
      y: (base.y ?? 0) + r * Math.sin(angle),
    });
  });
  if (graph.order > 1) {
    forceAtlas2.assign(graph, {
      iterations: 150,
      settings: {
        ...forceAtlas2.inferSettings(graph),
        barnesHutOptimize: graph.order > 500,
        adjustSizes: false,
        gravity: 1,
        scalingRatio: 8,
      },
    });
    noverlap.assign(graph, {
      maxIterations: 200,
      inputReducer: (key, attrs) => ({
        x: attrs.x,
        y: attrs.y,
        size: SIZE[graph.getNodeAttribute(key, 'kind')] ?? 8,
      }),
      settings: { margin: 6, ratio: 1.2, expansion: 1.1 },
    });
  }
  // Round for stable, compact output.
  graph.forEachNode((key, attrs) => {
    graph.mergeNodeAttributes(key, {
      x: Math.round((attrs.x ?? 0) * 10) / 10,
      y: Math.round((attrs.y ?? 0) * 10) / 10,
    });
  });
}
