/**
 * Store filters → `hidden` (hide mode) or `dimmed` (dim mode) on what the filters leave out; an
 * edge goes with either end. One `cy.batch`, classes only: elements are never removed.
 *
 * Only what is drawn gets the class, and only where it changes: folded statements and their
 * edges (`.collapsed`, most of a corpus) are skipped — restyling them was most of a filter
 * change's time — so this runs again when folding changes which statements are drawn (a speaker
 * expanded, a statement selected), after the detail controller has set it.
 */
import type { Core } from 'cytoscape';
import { useEffect } from 'react';
import { indexOf } from '../../graph-index';
import { useIsnad, type IsnadState } from '../../store';
import { keptNodes } from '../../visibility';
import { useCy } from '../cy-context';
import { useDrawn } from '../use-drawn';

const selectGraph = (state: IsnadState) => state.graph;
const selectFilters = (state: IsnadState) => state.filters;
const selectCollapsed = (state: IsnadState) => state.display.collapsed;
const selectExpanded = (state: IsnadState) => state.display.expanded;
const selectSelected = (state: IsnadState) => state.selected;

/** Sets `outClass` on the drawn elements outside `keep` (null: keep all), removing stale ones. */
export function applyVisibility(
  cy: Core,
  keep: ReadonlySet<string> | null,
  outClass: 'hidden' | 'dimmed',
): void {
  const otherClass = outClass === 'hidden' ? 'dimmed' : 'hidden';
  const isOut = (id: string) => keep !== null && !keep.has(id);
  cy.batch(() => {
    cy.elements(`.${otherClass}`).removeClass(otherClass);
    cy.elements(`.${outClass}`)
      .filter((ele) =>
        ele.isNode() ? !isOut(ele.id()) : !isOut(ele.source().id()) && !isOut(ele.target().id()),
      )
      .removeClass(outClass);
    if (keep === null) return;
    const drawn = cy.elements().not(`.collapsed, .${outClass}`);
    drawn
      .filter((ele) =>
        ele.isNode() ? isOut(ele.id()) : isOut(ele.source().id()) || isOut(ele.target().id()),
      )
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
  const selected = useIsnad(selectSelected);

  useEffect(() => {
    if (!cy || cy.destroyed() || !graph) return;
    const keep = keptNodes(indexOf(graph), filters);
    applyVisibility(cy, keep, filters.mode === 'hide' ? 'hidden' : 'dimmed');
  }, [cy, drawn, graph, filters, collapsed, expanded, selected]);

  return null;
}
