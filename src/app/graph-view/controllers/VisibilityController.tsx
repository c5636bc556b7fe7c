/**
 * Store filters → `hidden` (hide mode) or `dimmed` (dim mode) on what the filters leave out; an
 * edge goes with either end. One `cy.batch`, classes only: elements are never removed.
 */
import { useEffect } from 'react';
import { indexOf } from '../../graph-index';
import { useIsnad, type IsnadState } from '../../store';
import { keptNodes } from '../../visibility';
import { useCy } from '../cy-context';

const selectGraph = (state: IsnadState) => state.graph;
const selectFilters = (state: IsnadState) => state.filters;

export function VisibilityController() {
  const cy = useCy();
  const graph = useIsnad(selectGraph);
  const filters = useIsnad(selectFilters);

  useEffect(() => {
    if (!cy || cy.destroyed() || !graph) return;
    const keep = keptNodes(indexOf(graph), filters);
    const outClass = filters.mode === 'hide' ? 'hidden' : 'dimmed';
    cy.batch(() => {
      cy.elements('.hidden, .dimmed').removeClass('hidden dimmed');
      if (keep === null) return;
      const out = cy.nodes().filter((node) => !keep.has(node.id()));
      out.addClass(outClass);
      out.connectedEdges().addClass(outClass);
    });
  }, [cy, graph, filters]);

  return null;
}
