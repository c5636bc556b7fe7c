import type { ElementDefinition } from 'cytoscape';
import type { SerializedGraph } from 'graphology-types';
import type { Lang } from '../i18n/messages';
import type { Positions } from '../store/positions';
// The layout keeps node + label boxes of this size apart: one definition for both.
import { nodeSize } from '../../graph/layout-boxes';
import { displayLabel, type MeasureText } from './labels';
import { labelPriority, strongSummaryEdges, summaryEdges } from './level-of-detail';

/** Scratch key on a Cytoscape instance: the graph its elements were made from (EditsController). */
export const CREATED_FROM = 'isnadCreatedFrom';

/** Typical gap between a node and its nearest neighbour on screen, in px at zoom 1. */
const NEIGHBOUR_SPACING = 48;
const SAMPLE = 400;

/**
 * Today's layout stores positions in pixels with room for labels, so the factor is 1. Graphs laid
 * out elsewhere (an opened file, an older build) may be packed tighter: one uniform factor (the
 * layout's shape is kept) spreads them until the median nearest-neighbour distance is
 * NEIGHBOUR_SPACING — never shrinks, which would make labels collide. A sample keeps it cheap.
 */
export function displayScale(points: { x: number; y: number }[]): number {
  if (points.length < 2) return 1;
  const step = Math.max(1, Math.floor(points.length / SAMPLE));
  const nearest: number[] = [];
  for (let i = 0; i < points.length; i += step) {
    const a = points[i]!;
    // Squared distances, one root per sample: Math.hypot in this loop was 55 ms at 5,000 nodes.
    let best = Infinity;
    for (const b of points) {
      const dx = a.x - b.x;
      const dy = a.y - b.y;
      const d = dx * dx + dy * dy;
      if (d > 0 && d < best) best = d;
    }
    if (Number.isFinite(best)) nearest.push(Math.sqrt(best));
  }
  nearest.sort((p, q) => p - q);
  const median = nearest[nearest.length >> 1];
  return median ? Math.max(1, NEIGHBOUR_SPACING / median) : 1;
}

/**
 * graphology serialization → Cytoscape elements, keeping every attribute as element data, plus
 * what the style needs: `display` (the canvas label, in `lang`), `size` (importance), `degree`,
 * `said` (statements made), `priority` (labels that stay at every zoom), and the `about` edges
 * (speaker → what their statements mention) drawn while statements are collapsed — `strong`
 * false on those drawn only around a selection (./level-of-detail.ts).
 */
export function toElements(
  graph: SerializedGraph,
  positions: Positions | null = null,
  options: { lang?: Lang; measure?: MeasureText; collapsed?: boolean } = {},
): ElementDefinition[] {
  const lang = options.lang ?? 'ar';
  const degree = new Map<string, number>();
  const said = new Map<string, number>();
  for (const { source, target, attributes } of graph.edges) {
    degree.set(source, (degree.get(source) ?? 0) + 1);
    degree.set(target, (degree.get(target) ?? 0) + 1);
    if (attributes?.kind === 'said') said.set(source, (said.get(source) ?? 0) + 1);
  }
  const priority = labelPriority(graph, degree);
  const points = graph.nodes.map(({ attributes = {} }) => ({
    x: Number(attributes.x ?? 0),
    y: Number(attributes.y ?? 0),
  }));
  const scale = displayScale(points);
  const nodes: ElementDefinition[] = graph.nodes.map(({ key, attributes = {} }, i) => {
    // Positions travel as Cytoscape positions, not as data.
    const data: Record<string, unknown> = { ...attributes };
    delete data.x;
    delete data.y;
    const kind = String(data.kind ?? '');
    if (data.label === undefined) data.label = key;
    return {
      group: 'nodes',
      data: {
        ...data,
        id: key,
        display: displayLabel(data, lang, { measure: options.measure }),
        size: nodeSize(kind, degree.get(key) ?? 0),
        degree: degree.get(key) ?? 0,
        said: said.get(key) ?? 0,
        priority: priority.has(key),
      },
      // Folded from the start: kept beside the canvas until unfolded (fold-pool.ts).
      ...(options.collapsed && kind === 'statement' ? { classes: 'collapsed' } : {}),
      // Session positions (re-arranged) are already in canvas units.
      position: positions?.[key] ?? { x: points[i]!.x * scale, y: points[i]!.y * scale },
    };
  });
  // A folded statement's edges are folded with it.
  const folded = new Set<string>();
  if (options.collapsed)
    for (const { key, attributes } of graph.nodes)
      if (attributes?.kind === 'statement') folded.add(key);
  const edges: ElementDefinition[] = graph.edges.map(
    ({ key, source, target, attributes = {} }, i) => ({
      group: 'edges',
      data: { ...attributes, id: key ?? `e${i}`, source, target },
      ...(folded.has(source) || folded.has(target) ? { classes: 'collapsed' } : {}),
    }),
  );
  const summaries = summaryEdges(graph);
  // On a graph with many, the weaker ones wait beside the canvas (strongSummaryEdges).
  const strong = strongSummaryEdges(summaries);
  const about: ElementDefinition[] = summaries.map((edge) => {
    const drawn = !strong || strong.has(edge.id);
    return {
      group: 'edges',
      data: { ...edge, kind: 'about', strong: drawn },
      classes: options.collapsed && drawn ? 'summary' : 'summary collapsed',
    };
  });
  return [...nodes, ...edges, ...about];
}

/** True when the graph carries stored layout positions (not every node at the origin). */
export function hasPositions(graph: SerializedGraph): boolean {
  return graph.nodes.some(({ attributes }) => {
    const { x, y } = (attributes ?? {}) as { x?: unknown; y?: unknown };
    return typeof x === 'number' && typeof y === 'number' && (x !== 0 || y !== 0);
  });
}
