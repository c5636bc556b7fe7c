/**
 * Store search → `matched` on the nodes that match and are on the canvas: at most MAX_MARKED, the
 * best first. On a large graph the marks follow once typing pauses: each change of marks is a
 * Cytoscape frame (50–130 ms at 5,000 nodes), and the list of matches under the search box
 * answers every keystroke at once.
 */
import type { Collection, Core } from 'cytoscape';
import { useEffect, useRef } from 'react';
import { useSearchHits } from '../../search/use-search-hits';
import { useIsnad, type IsnadState } from '../../store';
import { useCy } from '../cy-context';
import { LARGE_GRAPH } from '../level-of-detail';
import { selectSelectedStatement } from '../selected-statement';
import { useDrawn } from '../use-drawn';

// A statement that unfolds (../fold-pool.ts) comes back without the class: mark it again.
const selectCollapsed = (state: IsnadState) => state.display.collapsed;
const selectExpanded = (state: IsnadState) => state.display.expanded;

/** A short query matches much of a corpus; marking all of it would restyle most of the graph. */
export const MAX_MARKED = 200;
/** On a large graph, the marks wait this long after the last keystroke. */
export const TYPING_PAUSE_MS = 200;

export function SearchController() {
  const cy = useCy();
  // Once the last chunk of a large graph is in, again over every element.
  const drawn = useDrawn(cy);
  const hits = useSearchHits();
  const collapsed = useIsnad(selectCollapsed);
  const expanded = useIsnad(selectExpanded);
  const selected = useIsnad(selectSelectedStatement);
  /** What carries `matched` now, on which instance. */
  const marked = useRef<{ cy: Core; nodes: Collection } | null>(null);

  useEffect(() => {
    if (!cy || cy.destroyed()) return undefined;
    const mark = () => {
      if (cy.destroyed()) return;
      // By id: a keystroke touches the matches only, not every node.
      const wanted = cy.collection();
      for (const key of hits.slice(0, MAX_MARKED)) wanted.merge(cy.getElementById(key));
      const before = marked.current?.cy === cy ? marked.current.nodes : cy.collection();
      cy.batch(() => {
        before.not(wanted).removeClass('matched');
        wanted.not('.matched').addClass('matched');
      });
      marked.current = { cy, nodes: wanted };
    };
    if (cy.nodes().length <= LARGE_GRAPH) {
      mark();
      return undefined;
    }
    const timer = setTimeout(mark, TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [cy, drawn, hits, collapsed, expanded, selected]);

  // Leaving this instance: its marks go with it.
  useEffect(
    () => () => {
      const now = marked.current;
      marked.current = null;
      if (now && !now.cy.destroyed()) now.nodes.removeClass('matched');
    },
    [cy],
  );

  return null;
}
