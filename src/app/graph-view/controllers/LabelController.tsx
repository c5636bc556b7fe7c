/**
 * Corpus-sized graphs only (more names than the seed's): once zoom, pan, language, filters or
 * collapse have settled, names are scaled to stay readable and culled where they would overlap
 * a more connected node's (./label-placement.ts). Deferred, so a click or a filter paints first,
 * and not before every node is in: placed while a large graph arrives, the first names cost a
 * 0.4–0.5 s gap in the drawing (scaling, culling, then every frame drawing them) and were placed
 * again at the end. Small graphs keep their laid-out labels as they are.
 */
import { useEffect, useRef } from 'react';
import { useIsnad, type IsnadState } from '../../store';
import { useCy } from '../cy-context';
import { useDrawn } from '../use-drawn';
import { cullLabels, scaleLabels } from '../label-placement';
import { scalesLabels } from '../level-of-detail';

const selectGraph = (state: IsnadState) => state.graph;
const selectLang = (state: IsnadState) => state.lang;
const selectCollapsed = (state: IsnadState) => state.display.collapsed;
const selectFilters = (state: IsnadState) => state.filters;
const SETTLE_MS = 80;

export function LabelController() {
  const cy = useCy();
  // Nodes of a large graph arrive in parts: placed once all are in.
  const drawn = useDrawn(cy);
  const graph = useIsnad(selectGraph);
  const lang = useIsnad(selectLang);
  const collapsed = useIsnad(selectCollapsed);
  const filters = useIsnad(selectFilters);
  // The nodes a scale was last set on: new ones (the last chunk, an edit) need it too.
  const scaledFor = useRef<unknown[]>([]);

  useEffect(() => {
    if (!cy || cy.destroyed() || !graph) return undefined;
    if (!scalesLabels(graph) || !drawn) return undefined;
    const nodesNow = [cy, drawn, graph];
    let everyNode = nodesNow.some((value, i) => value !== scaledFor.current[i]);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const place = () => {
      if (cy.destroyed()) return;
      scaleLabels(cy, everyNode);
      everyNode = false;
      scaledFor.current = nodesNow;
      cullLabels(cy);
    };
    const later = () => {
      clearTimeout(timer);
      timer = setTimeout(place, SETTLE_MS);
    };
    later();
    cy.on('viewport', later);
    return () => {
      clearTimeout(timer);
      if (!cy.destroyed()) cy.off('viewport', later);
    };
  }, [cy, drawn, graph, lang, collapsed, filters]);

  return null;
}
