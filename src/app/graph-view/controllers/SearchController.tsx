/** Store search → `matched` on the nodes that match and are on the canvas. */
import { useEffect } from 'react';
import { useSearchHits } from '../../search/use-search-hits';
import { useIsnad, type IsnadState } from '../../store';
import { useCy } from '../cy-context';
import { useDrawn } from '../use-drawn';

// A statement that unfolds (../fold-pool.ts) comes back without the class: mark it again.
const selectCollapsed = (state: IsnadState) => state.display.collapsed;
const selectExpanded = (state: IsnadState) => state.display.expanded;
const selectSelected = (state: IsnadState) => state.selected;

export function SearchController() {
  const cy = useCy();
  // Once the last chunk of a large graph is in, again over every element.
  const drawn = useDrawn(cy);
  const hits = useSearchHits();
  const collapsed = useIsnad(selectCollapsed);
  const expanded = useIsnad(selectExpanded);
  const selected = useIsnad(selectSelected);

  useEffect(() => {
    if (!cy || cy.destroyed() || hits.length === 0) return undefined;
    // By id: a keystroke touches the matches only, not every node.
    const matched = cy.collection();
    for (const key of hits) matched.merge(cy.getElementById(key));
    matched.addClass('matched');
    return () => {
      if (!cy.destroyed()) matched.removeClass('matched');
    };
  }, [cy, drawn, hits, collapsed, expanded, selected]);

  return null;
}
