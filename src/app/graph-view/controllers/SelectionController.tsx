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
 * inspector) has painted, a chunk per frame on a large graph; each step works from the classes as
 * they are, so a fade cancelled by a quicker next click leaves nothing stale.
 */
import type { Collection, Core, NodeSingular } from 'cytoscape';
import { useEffect, useRef } from 'react';
import { indexOf } from '../../graph-index';
import { useIsnad, type IsnadState } from '../../store';
import { keptNodes } from '../../visibility';
import { afterPaint } from '../after-paint';
import { useCy } from '../cy-context';
import { useDrawn } from '../use-drawn';

const selectSelected = (state: IsnadState) => state.selected;
// An edit changes what the selection touches: light it again.
const selectFilters = (state: IsnadState) => state.filters;
const selectGraph = (state: IsnadState) => state.graph;
const selectCollapsed = (state: IsnadState) => state.display.collapsed;
const selectExpanded = (state: IsnadState) => state.display.expanded;

interface Lit {
  node: NodeSingular;
  around: Collection;
}

/** Elements whose fade changes per frame: restyling 5,700 at once was a 300 ms task. */
const FADE_CHUNK = 1500;

/**
 * Everything on the canvas outside `lit` faded (nothing when `lit` is null), touching only real
 * changes — nodes first, a chunk per frame on a large graph. Returns the cancel; a cancelled fade
 * leaves nothing stale, as the next one works from the classes as they are.
 */
function fadeAllBut(cy: Core, lit: Collection | null): () => void {
  const unfade = lit ? lit.filter('.faded') : cy.elements('.faded');
  const fade = lit ? cy.elements().not('.faded').difference(lit) : cy.collection();
  // Nodes first: they read first, and there are fewer of them.
  const order = (c: Collection) => [...c.filter((e) => e.isNode()), ...c.filter((e) => e.isEdge())];
  const queue = [
    ...order(unfade).map((e) => [e, false] as const),
    ...order(fade).map((e) => [e, true] as const),
  ];
  let cancel = () => {};
  const next = () => {
    if (cy.destroyed()) return;
    const chunk = queue.splice(0, FADE_CHUNK);
    cy.batch(() => {
      for (const [element, faded] of chunk) element.toggleClass('faded', faded);
    });
    if (queue.length > 0) cancel = afterPaint(next);
  };
  next();
  return () => cancel();
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
    let stopFading = () => {};
    const cancelStart = afterPaint(() => {
      if (!cy.destroyed()) stopFading = fadeAllBut(cy, keep ? null : nextLit);
    });
    const cancelFade = () => {
      cancelStart();
      stopFading();
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
