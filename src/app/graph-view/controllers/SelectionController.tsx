/**
 * Store selection → classes: `selected` on the node, `neighbour` on what it touches, `faded` on
 * the rest so the selection reads at a glance (not `dimmed`: that one means "filtered out").
 *
 * Fading the rest restyles nearly every element, which was most of the click → inspector time.
 * So the selection itself is lit at once, and the fade follows once the next frame (with the
 * inspector) has painted; the deferred step sets `faded` from scratch, so a fade cancelled by a
 * quicker next click leaves nothing stale.
 */
import type { Collection, Core, NodeSingular } from 'cytoscape';
import { useEffect, useRef } from 'react';
import { useIsnad, type IsnadState } from '../../store';
import { useCy } from '../cy-context';

const selectSelected = (state: IsnadState) => state.selected;
// An edit changes what the selection touches: light it again.
const selectGraph = (state: IsnadState) => state.graph;

interface Lit {
  node: NodeSingular;
  around: Collection;
}

/** Everything outside `lit` faded, only touching elements whose class really changes. */
function fadeAllBut(cy: Core, lit: Collection | null): void {
  cy.batch(() => {
    if (!lit) {
      cy.elements('.faded').removeClass('faded');
      return;
    }
    lit.filter('.faded').removeClass('faded');
    cy.elements().difference(lit).not('.faded').addClass('faded');
  });
}

/** Runs `work` once the next frame has painted (a task queued from that frame); cancellable. */
function afterNextPaint(work: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(work, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

export function SelectionController() {
  const cy = useCy();
  const selected = useIsnad(selectSelected);
  const graph = useIsnad(selectGraph);
  /** What is lit on `cy` now. */
  const lit = useRef<Lit | null>(null);

  useEffect(() => {
    if (!cy || cy.destroyed()) return undefined;
    const node = selected ? cy.getElementById(selected) : null;
    const next: Lit | null =
      node && node.nonempty() ? { node, around: node.closedNeighborhood().not(node) } : null;
    const prev = lit.current;
    lit.current = next;
    const nextLit = next ? next.around.union(next.node) : null;
    cy.batch(() => {
      if (prev) {
        prev.node.removeClass('selected');
        prev.around.removeClass('neighbour');
      }
      if (!next || !nextLit) return;
      nextLit.filter('.faded').removeClass('faded');
      next.node.addClass('selected');
      next.around.addClass('neighbour');
    });
    const cancelFade = afterNextPaint(() => {
      if (!cy.destroyed()) fadeAllBut(cy, nextLit);
    });
    if (next) {
      // Selected from the table or the article: bring it into view when it is off screen.
      const { x, y } = next.node.renderedPosition();
      if (x < 0 || y < 0 || x > cy.width() || y > cy.height())
        cy.animate({ center: { eles: next.node } }, { duration: 250 });
    }
    return cancelFade;
  }, [cy, selected, graph]);

  // Leaving this instance (unmount, or a new graph): clear its classes and start afresh.
  useEffect(() => {
    return () => {
      lit.current = null;
      if (cy && !cy.destroyed()) cy.elements().removeClass('selected neighbour faded');
    };
  }, [cy]);

  return null;
}
