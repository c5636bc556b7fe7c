/** Store search → `matched` on the nodes that match. */
import { useEffect } from 'react';
import { useSearchHits } from '../../search/use-search-hits';
import { useCy } from '../cy-context';
import { useDrawn } from '../use-drawn';

export function SearchController() {
  const cy = useCy();
  // Once the last chunk of a large graph is in, again over every element.
  const drawn = useDrawn(cy);
  const hits = useSearchHits();

  useEffect(() => {
    if (!cy || cy.destroyed() || hits.length === 0) return undefined;
    const keys = new Set(hits);
    const matched = cy.nodes().filter((node) => keys.has(node.id()));
    matched.addClass('matched');
    return () => {
      if (!cy.destroyed()) matched.removeClass('matched');
    };
  }, [cy, drawn, hits]);

  return null;
}
