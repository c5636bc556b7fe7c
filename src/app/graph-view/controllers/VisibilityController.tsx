/**
 * Store filters → `hidden` (hide mode) or `dimmed` (dim mode) on what the filters leave out. One
 * `cy.batch`, classes only, and only where they change: elements are never removed. Folded
 * statements are not on the canvas (../fold-pool.ts), so this runs again when folding changes
 * which statements are drawn (a speaker expanded, a statement selected).
 *
 * Hidden marks nodes only: Cytoscape draws no edge whose end is not drawn, and restyling every
 * edge as well was most of a filter change's time at 5,000 nodes. Dimmed marks the edges with an
 * end left out too, as they stay drawn.
 */
import type { Core, EdgeSingular } from 'cytoscape';
import { useEffect } from 'react';
import { indexOf } from '../../graph-index';
import { useIsnad, type IsnadState } from '../../store';
import { selectSelectedStatement } from '../selected-statement';
import { keptNodes } from '../../visibility';
import { catchUpLineDetail } from '../line-detail';
import { useCy } from '../cy-context';
import { useDrawn } from '../use-drawn';

const selectGraph = (state: IsnadState) => state.graph;
const selectFilters = (state: IsnadState) => state.filters;
const selectCollapsed = (state: IsnadState) => state.display.collapsed;
const selectExpanded = (state: IsnadState) => state.display.expanded;

/** Sets `outClass` where the filters leave out (null: keep all), removing stale ones. */
export function applyVisibility(
  cy: Core,
  keep: ReadonlySet<string> | null,
  outClass: 'hidden' | 'dimmed',
): void {
  const otherClass = outClass === 'hidden' ? 'dimmed' : 'hidden';
  const isOut = (id: string) => keep !== null && !keep.has(id);
  const edgeOut = (edge: EdgeSingular) =>
    outClass === 'dimmed' && (isOut(edge.source().id()) || isOut(edge.target().id()));
  cy.batch(() => {
    cy.elements(`.${otherClass}`).removeClass(otherClass);
    cy.elements(`.${outClass}`)
      .filter((ele) => (ele.isNode() ? !isOut(ele.id()) : !edgeOut(ele as EdgeSingular)))
      .removeClass(outClass);
    if (keep === null) return;
    cy.nodes()
      .filter((node) => isOut(node.id()) && !node.hasClass(outClass))
      .addClass(outClass);
    if (outClass === 'dimmed')
      cy.edges()
        .filter((edge) => edgeOut(edge) && !edge.hasClass(outClass))
        .addClass(outClass);
  });
}

export function VisibilityController() {
  const cy = useCy();
  // Once the last chunk of a large graph is in, again over every element.
  const drawn = useDrawn(cy);
  const graph = useIsnad(selectGraph);
  const filters = useIsnad(selectFilters);
  // Which statements are drawn follows folding, the expanded speakers and a selected statement.
  const collapsed = useIsnad(selectCollapsed);
  const expanded = useIsnad(selectExpanded);
  const selected = useIsnad(selectSelectedStatement);

  useEffect(() => {
    if (!cy || cy.destroyed() || !graph) return;
    const keep = keptNodes(indexOf(graph), filters);
    applyVisibility(cy, keep, filters.mode === 'hide' ? 'hidden' : 'dimmed');
    // Edges shown again get the line detail of this zoom if a zoom step passed them by.
    catchUpLineDetail(cy);
  }, [cy, drawn, graph, filters, collapsed, expanded, selected]);

  return null;
}
