/**
 * Store selection → classes: `selected` on the node, `neighbour` on what it touches, `faded` on
 * the rest so the selection reads at a glance (not `dimmed`: that one means "filtered out").
 * Moving the selection only touches what changes (the old and new neighbourhoods), not every
 * element: restyling the whole graph on each click was most of the click → inspector time.
 */
import type { Collection, NodeSingular } from 'cytoscape';
import { useEffect, useRef } from 'react';
import { useIsnad, type IsnadState } from '../../store';
import { useCy } from '../cy-context';

const selectSelected = (state: IsnadState) => state.selected;

interface Lit {
  node: NodeSingular;
  around: Collection;
}

export function SelectionController() {
  const cy = useCy();
  const selected = useIsnad(selectSelected);
  /** What is lit on `cy` now; everything else carries `faded`. */
  const lit = useRef<Lit | null>(null);

  useEffect(() => {
    if (!cy || cy.destroyed()) return;
    const node = selected ? cy.getElementById(selected) : null;
    const next: Lit | null =
      node && node.nonempty() ? { node, around: node.closedNeighborhood().not(node) } : null;
    const prev = lit.current;
    lit.current = next;
    cy.batch(() => {
      if (prev) {
        prev.node.removeClass('selected');
        prev.around.removeClass('neighbour');
      }
      if (!next) {
        if (prev) cy.elements('.faded').removeClass('faded');
        return;
      }
      const nextLit = next.around.union(next.node);
      if (prev) {
        prev.around.union(prev.node).difference(nextLit).addClass('faded');
        nextLit.removeClass('faded');
      } else cy.elements().difference(nextLit).addClass('faded');
      next.node.addClass('selected');
      next.around.addClass('neighbour');
    });
    if (!next) return;
    // Selected from the table or the article: bring it into view when it is off screen.
    const { x, y } = next.node.renderedPosition();
    if (x < 0 || y < 0 || x > cy.width() || y > cy.height())
      cy.animate({ center: { eles: next.node } }, { duration: 250 });
  }, [cy, selected]);

  // Leaving this instance (unmount, or a new graph): clear its classes and start afresh.
  useEffect(() => {
    return () => {
      lit.current = null;
      if (cy && !cy.destroyed()) cy.elements().removeClass('selected neighbour faded');
    };
  }, [cy]);

  return null;
}
