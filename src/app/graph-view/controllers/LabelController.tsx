/**
 * Corpus-sized graphs only (more names than the seed's): after every change of zoom, pan,
 * language, filters, selection or collapse, names are scaled to stay readable and culled where
 * they would overlap a more connected node's (./label-placement.ts). Small graphs keep their
 * laid-out labels as they are.
 */
import { useEffect } from 'react';
import { useIsnad, type IsnadState } from '../../store';
import { useCy } from '../cy-context';
import { cullLabels, scaleLabels } from '../label-placement';
import { ALL_LABELS_UP_TO } from '../level-of-detail';

const selectGraph = (state: IsnadState) => state.graph;
const selectLang = (state: IsnadState) => state.lang;
const selectDisplay = (state: IsnadState) => state.display;
const selectSelected = (state: IsnadState) => state.selected;
const selectFilters = (state: IsnadState) => state.filters;
const SETTLE_MS = 80;

export function LabelController() {
  const cy = useCy();
  const graph = useIsnad(selectGraph);
  const lang = useIsnad(selectLang);
  const display = useIsnad(selectDisplay);
  const selected = useIsnad(selectSelected);
  const filters = useIsnad(selectFilters);

  useEffect(() => {
    if (!cy || cy.destroyed() || !graph) return undefined;
    const entities = graph.nodes.filter((n) => n.attributes?.kind !== 'statement').length;
    if (entities <= ALL_LABELS_UP_TO) return undefined;
    let scale = 1;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const place = () => {
      if (cy.destroyed()) return;
      scale = scaleLabels(cy, scale);
      cullLabels(cy);
    };
    const later = () => {
      clearTimeout(timer);
      timer = setTimeout(place, SETTLE_MS);
    };
    place();
    cy.on('viewport', later);
    return () => {
      clearTimeout(timer);
      if (!cy.destroyed()) cy.off('viewport', later);
    };
  }, [cy, graph, lang, display, selected, filters]);

  return null;
}
