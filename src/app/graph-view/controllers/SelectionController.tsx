/**
 * Store selection → classes: `selected` on the node, `neighbour` on what it touches, `faded` on
 * the rest so the selection reads at a glance (not `dimmed`: that one means "filtered out").
 */
import { useEffect } from 'react';
import { useIsnad, type IsnadState } from '../../store';
import { useCy } from '../cy-context';

const selectSelected = (state: IsnadState) => state.selected;

export function SelectionController() {
  const cy = useCy();
  const selected = useIsnad(selectSelected);

  useEffect(() => {
    if (!cy || cy.destroyed() || !selected) return undefined;
    const node = cy.getElementById(selected);
    if (node.empty()) return undefined;
    const around = node.closedNeighborhood().not(node);
    const rest = cy.elements().not(node).not(around);
    cy.batch(() => {
      node.addClass('selected');
      around.addClass('neighbour');
      rest.addClass('faded');
    });
    // Selected from the table or the article: bring it into view when it is off screen.
    const { x, y } = node.renderedPosition();
    if (x < 0 || y < 0 || x > cy.width() || y > cy.height())
      cy.animate({ center: { eles: node } }, { duration: 250 });
    return () => {
      if (cy.destroyed()) return;
      cy.batch(() => {
        node.removeClass('selected');
        around.removeClass('neighbour');
        rest.removeClass('faded');
      });
    };
  }, [cy, selected]);

  return null;
}
