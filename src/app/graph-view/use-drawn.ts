import type { Core } from 'cytoscape';
import { useCallback, useSyncExternalStore } from 'react';
import { DRAWN_EVENT, isDrawn } from './drawing';

/**
 * True once `cy` holds every element of its graph (./drawing.ts). Controllers that work on all
 * elements list it among their effect's dependencies, so they run again when the last chunk is in.
 */
export function useDrawn(cy: Core | null): boolean {
  const subscribe = useCallback(
    (notify: () => void) => {
      if (!cy || cy.destroyed()) return () => {};
      cy.on(DRAWN_EVENT, notify);
      return () => {
        if (!cy.destroyed()) cy.off(DRAWN_EVENT, notify);
      };
    },
    [cy],
  );
  return useSyncExternalStore(subscribe, () => cy !== null && !cy.destroyed() && isDrawn(cy));
}
