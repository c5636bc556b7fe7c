/** Data export from the app: the loaded graph, whole or as visible now on the canvas. */
import type { Core } from 'cytoscape';
import type { SerializedGraph } from 'graphology-types';
import { folded } from '../graph-view/fold-pool';
import { finishVisibility } from '../graph-view/visibility-classes';
import {
  exportData,
  type DataFormat,
  type ExportFile,
  type ExportScope,
  type VisibleKeys,
} from '../../graph/export/index';

export function exportGraphData(
  graph: SerializedGraph,
  cy: Core | null,
  format: DataFormat,
  scope: ExportScope,
  date = new Date(),
): ExportFile[] {
  const visible = scope === 'visible' && cy ? visibleKeys(cy) : undefined;
  // The same call as the CLI's: both write the same files (colours come from the shared palette).
  return exportData(graph, format, { date, visible });
}

/**
 * Filtered-out elements carry the `hidden` or `dimmed` display class (see the filter controller);
 * folded ones wait beside the canvas (src/app/graph-view/fold-pool.ts) and count as shown.
 */
export function visibleKeys(cy: Core): VisibleKeys {
  finishVisibility(cy);
  const shown = cy.elements().not('.hidden, .dimmed');
  const nodes = new Set(shown.nodes().map((node) => node.id()));
  const edges = new Set(shown.edges().map((edge) => edge.id()));
  for (const element of folded(cy))
    (element.group === 'edges' ? edges : nodes).add(String(element.data.id));
  return { nodes, edges };
}
