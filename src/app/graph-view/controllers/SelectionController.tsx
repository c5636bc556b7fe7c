/**
 * Store selection → classes: `selected` on the node, `neighbour` on what it touches, `faded` on
 * the rest so the selection reads at a glance (not `dimmed`: that one means "filtered out").
 *
 * The filters win: what they keep always reads as kept. With a filter active, the focus lights
 * the selection and its neighbours within the filtered set and fades nothing; the fade only
 * applies to the whole, unfiltered graph. (A selection the filters leave out is cleared by the
 * store, src/app/visibility.)
 *
 * Fading the rest restyles nearly every element, which was most of the click → inspector time.
 * So the selection itself is lit at once, and the fade follows once the next frame (with the
 * inspector) has painted, a chunk per frame on a large graph, edges as they come into view
 * (../fade.ts); each step works from the classes as they are, so a fade cancelled by a quicker
 * next click leaves nothing stale.
 */
import type { Collection, NodeSingular } from 'cytoscape';
import { useEffect, useRef } from 'react';
import { indexOf } from '../../graph-index';
import { useIsnad, type IsnadState } from '../../store';
import { keptNodes } from '../../visibility';
import { afterPaint } from '../after-paint';
import { useCy } from '../cy-context';
import { fadeAllBut } from '../fade';
import { useDrawn } from '../use-drawn';

const selectSelected = (state: IsnadState) => state.selected;
// An edit changes what the selection touches: light it again.
const selectFilters = (state: IsnadState) => state.filters;
const selectGraph = (state: IsnadState) => state.graph;
const selectCollapsed = (state: IsnadState) => state.display.collapsed;
const selectExpanded = (state: IsnadState) => state.display.expanded;

/** How long the view stays still before the edges it brought in fade. */
const SETTLE_MS = 80;

interface Lit {
  node: NodeSingular;
  around: Collection;
}

export function SelectionController() {
  const cy = useCy();
  // Once the last chunk of a large graph is in, again over every element.
  const drawn = useDrawn(cy);
  const selected = useIsnad(selectSelected);
  const filters = useIsnad(selectFilters);
  const graph = useIsnad(selectGraph);
  const collapsed = useIsnad(selectCollapsed);
  const expanded = useIsnad(selectExpanded);
  /** What is lit on `cy` now. */
  const lit = useRef<Lit | null>(null);

  useEffect(() => {
    if (!cy || cy.destroyed()) return undefined;
    const keep = graph ? keptNodes(indexOf(graph), filters) : null;
    const node = selected ? cy.getElementById(selected) : null;
    let next: Lit | null = null;
    if (node && node.nonempty()) {
      let around = node.closedNeighborhood().not(node);
      if (keep)
        around = around.filter((element) =>
          element.isNode()
            ? keep.has(element.id())
            : keep.has(element.source().id()) && keep.has(element.target().id()),
        );
      next = { node, around };
    }
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
    // Under a filter nothing fades: what the filter keeps stays fully drawn.
    const fadeLit = keep ? null : nextLit;
    let stopFading = () => {};
    const fade = () => {
      stopFading();
      if (!cy.destroyed()) stopFading = fadeAllBut(cy, fadeLit);
    };
    const cancelStart = afterPaint(fade);
    // Edges that come into view fade once the view settles (only while something is faded).
    let settle: ReturnType<typeof setTimeout> | undefined;
    const onViewport = () => {
      clearTimeout(settle);
      settle = setTimeout(fade, SETTLE_MS);
    };
    if (fadeLit) cy.on('viewport', onViewport);
    const cancelFade = () => {
      cancelStart();
      stopFading();
      clearTimeout(settle);
      if (fadeLit && !cy.destroyed()) cy.off('viewport', onViewport);
    };
    if (next) {
      // Selected from the table or the article: bring it into view when it is off screen.
      const { x, y } = next.node.renderedPosition();
      if (x < 0 || y < 0 || x > cy.width() || y > cy.height())
        cy.animate({ center: { eles: next.node } }, { duration: 250 });
    }
    return cancelFade;
  }, [cy, drawn, selected, filters, graph, collapsed, expanded]);

  // Leaving this instance (unmount, or a new graph): clear its classes and start afresh.
  useEffect(() => {
    return () => {
      lit.current = null;
      if (cy && !cy.destroyed()) cy.elements().removeClass('selected neighbour faded');
    };
  }, [cy]);

  return null;
}
