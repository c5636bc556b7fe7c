/**
 * The legend: the node and edge kinds actually in the exported picture, with the colours and line
 * styles they are drawn with. Node colours come from the palette; edge looks are read from
 * Cytoscape's computed style (shape, line colour, width, dashes) so the legend follows the graph's
 * stylesheet. Nodes coloured by article, outlet or delegation list those colours first
 * (./legend-colors.ts); the kinds then stand for their shapes, in a neutral grey.
 */
import type { Core, EdgeSingular } from 'cytoscape';
import { EDGE_KINDS, NODE_KINDS } from '../../graph/types';
import { KIND_COLORS } from '../graph-view/style';
import { kindName, type Lang } from '../i18n';
import type { GraphIndex } from '../../graph/queries';
import type { ColorMeasure } from '../store/display-slice';
import { colorEntries } from './legend-colors';
import type { LegendEntry } from './overlay-layout';

const DASHES: Record<string, number[]> = { dashed: [6, 3], dotted: [1.5, 2.5] };
/** A kind's shape swatch while colours stand for something else. */
const SHAPE_ONLY = '#64748b';

/** How the nodes are coloured, when not by kind. */
export interface LegendColors {
  index: GraphIndex;
  by: ColorMeasure;
}

/** `full`: kinds anywhere in the graph; otherwise only those inside the current viewport. */
export function legendEntries(
  cy: Core,
  lang: Lang,
  full: boolean,
  colors?: LegendColors,
): LegendEntry[] {
  const extent = cy.extent();
  const inView = (x: number, y: number) =>
    x >= extent.x1 && x <= extent.x2 && y >= extent.y1 && y <= extent.y2;
  const shownNodes = cy.nodes().filter((node) => {
    if (!node.visible()) return false;
    const { x, y } = node.position();
    return full || inView(x, y);
  });
  const shownEdges = cy
    .edges()
    .filter(
      (edge) =>
        edge.visible() && shownNodes.contains(edge.source()) && shownNodes.contains(edge.target()),
    );

  const tinted = colors && colors.by !== 'kind';
  const nodes: LegendEntry[] = tinted
    ? colorEntries(
        colors.index,
        colors.by,
        shownNodes.map((node) => node.id()),
        lang,
      )
    : [];
  for (const kind of NODE_KINDS) {
    const sample = shownNodes.filter((node) => node.data('kind') === kind)[0];
    if (sample)
      nodes.push({
        shape: 'node',
        label: kindName(lang, kind),
        color: tinted ? SHAPE_ONLY : KIND_COLORS[kind],
        nodeShape: String(sample.style('shape')),
      });
  }
  const edges: LegendEntry[] = [];
  for (const kind of EDGE_KINDS) {
    const sample = shownEdges.filter((edge) => edge.data('kind') === kind)[0];
    if (sample) edges.push({ shape: 'edge', label: kindName(lang, kind), ...edgeLook(sample) });
  }
  return [...nodes, ...edges];
}

function edgeLook(edge: EdgeSingular): { color: string; width: number; dash: number[] } {
  return {
    color: String(edge.style('line-color')),
    width: parseFloat(String(edge.style('width'))) || 1,
    dash: DASHES[String(edge.style('line-style'))] ?? [],
  };
}
