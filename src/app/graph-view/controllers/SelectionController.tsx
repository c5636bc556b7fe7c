/** Store selection → classes: `selected` on the node, `neighbour` on what it touches. */
import { useEffect } from 'react';
import { useIsnad, type IsnadState } from '../../store';
import { useCy } from '../cy-context';

const selectSelected = (state: IsnadState) => state.selected;

export function SelectionController() {
  const cy = useCy();
  const selected = useIsnad(selectSelected);

  useEffect(() => {
    if (!cy || !selected) return undefined;
    const node = cy.getElementById(selected);
    if (node.empty()) return undefined;
    const around = node.closedNeighborhood().not(node);
    cy.batch(() => {
      node.addClass('selected');
      around.addClass('neighbour');
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
      });
    };
  }, [cy, selected]);

  return null;
}
