/**
 * Viewport: records the camera in the store (for anyone who needs it), re-fits to what stays
 * visible when the filters change in hide mode — otherwise the survivors may sit off screen; on
 * a large graph only when they are not framed already, and not when everything shows again —
 * and tells Cytoscape when the interface's direction moved the canvas.
 */
import { useEffect, useRef } from 'react';
import { useIsnad, type IsnadState } from '../../store';
import { hasActiveFilters } from '../../store/filters';
import { useCy } from '../cy-context';
import { useDrawn } from '../use-drawn';
import { fitVisible, framesVisible } from '../keyboard';
import { LARGE_GRAPH } from '../level-of-detail';

const selectFilters = (state: IsnadState) => state.filters;
const selectLang = (state: IsnadState) => state.lang;

export function ViewportController() {
  const cy = useCy();
  const drawn = useDrawn(cy);
  const filters = useIsnad(selectFilters);
  const lang = useIsnad(selectLang);
  /** The filters the view was last framed for, on which instance. */
  const lastFitted = useRef<{ cy: typeof cy; filters: typeof filters } | null>(null);

  useEffect(() => {
    if (!cy || cy.destroyed()) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onViewport = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        useIsnad.getState().setViewport({ zoom: cy.zoom(), pan: { ...cy.pan() } });
      }, 150);
    };
    cy.on('viewport', onViewport);
    return () => {
      clearTimeout(timer);
      if (!cy.destroyed()) cy.off('viewport', onViewport);
    };
  }, [cy]);

  // The page's direction swaps the side panels: the canvas moves without changing size, and
  // Cytoscape, not told, would read the pointer against where the canvas was (a missed hover).
  useEffect(() => {
    if (cy && !cy.destroyed()) cy.resize();
  }, [cy, lang]);

  useEffect(() => {
    if (!cy || cy.destroyed() || !drawn) return;
    const last = lastFitted.current;
    lastFitted.current = { cy, filters };
    if (last?.cy === cy && last.filters === filters) return;
    const hiding = filters.mode === 'hide' && hasActiveFilters(filters);
    // A new instance frames itself, the whole graph (a large one before all its nodes are in:
    // fitted here, it would frame only those); once drawn, it is framed here only when its
    // filters hide part of it, as a change of filters on the same one is.
    if (last?.cy !== cy && !hiding) return;
    // A large graph's view stays where it is when the filters show everything again (what was
    // kept stays in view, the rest comes back around it; fitted out to all of it, the redraw
    // took 0.2–0.6 s), and when what they keep is framed already.
    if (cy.nodes().length > LARGE_GRAPH && (!hiding || framesVisible(cy))) return;
    fitVisible(cy);
  }, [cy, drawn, filters]);

  return null;
}
