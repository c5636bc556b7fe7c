/** Store display measures → node `size` and `tint` data (patched by id, only where it changes). */
import { useEffect } from 'react';
import { indexOf } from '../../graph-index';
import { useIsnad, type IsnadState } from '../../store';
import { selectSelectedStatement } from '../selected-statement';
import { useCy } from '../cy-context';
import { useDrawn } from '../use-drawn';
import { categories, categoryOf, NO_CATEGORY, sizeOf } from '../measures';

const selectGraph = (state: IsnadState) => state.graph;
const selectSizeBy = (state: IsnadState) => state.display.sizeBy;
const selectColorBy = (state: IsnadState) => state.display.colorBy;
// A statement that unfolds (../fold-pool.ts) may carry an old size or tint: patch it again.
const selectCollapsed = (state: IsnadState) => state.display.collapsed;
const selectExpanded = (state: IsnadState) => state.display.expanded;

export function AppearanceController() {
  const cy = useCy();
  // Once the last chunk of a large graph is in, again over every element.
  const drawn = useDrawn(cy);
  const graph = useIsnad(selectGraph);
  const sizeBy = useIsnad(selectSizeBy);
  const colorBy = useIsnad(selectColorBy);
  const collapsed = useIsnad(selectCollapsed);
  const expanded = useIsnad(selectExpanded);
  const selected = useIsnad(selectSelectedStatement);

  useEffect(() => {
    if (!cy || cy.destroyed() || !graph) return;
    const index = indexOf(graph);
    const colors = new Map(categories(index, colorBy).map((c) => [c.key, c.color]));
    cy.batch(() => {
      cy.nodes().forEach((node) => {
        const key = node.id();
        const size = sizeOf(index, key, String(node.data('kind')), sizeBy);
        if (node.data('size') !== size) node.data('size', size);
        if (colorBy === 'kind') {
          if (node.hasClass('tinted')) node.removeClass('tinted');
          return;
        }
        const category = categoryOf(index, key, colorBy);
        const tint = category ? (colors.get(category) ?? NO_CATEGORY) : NO_CATEGORY;
        if (node.data('tint') !== tint) node.data('tint', tint);
        if (!node.hasClass('tinted')) node.addClass('tinted');
      });
    });
  }, [cy, drawn, graph, sizeBy, colorBy, collapsed, expanded, selected]);

  return null;
}
