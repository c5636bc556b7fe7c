/**
 * Viewport: records the camera in the store (for anyone who needs it), and re-fits to what stays
 * visible when the filters change in hide mode — otherwise the survivors may sit off screen.
 */
import { useEffect, useRef } from 'react';
import { useIsnad, type IsnadState } from '../../store';
import { useCy } from '../cy-context';
import { fitVisible } from '../keyboard';

const selectFilters = (state: IsnadState) => state.filters;

export function ViewportController() {
  const cy = useCy();
  const filters = useIsnad(selectFilters);
  const lastFitted = useRef(filters);

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

  useEffect(() => {
    if (!cy || cy.destroyed() || lastFitted.current === filters) return;
    lastFitted.current = filters;
    fitVisible(cy);
  }, [cy, filters]);

  return null;
}
