import type { Core } from 'cytoscape';
import { createContext, useContext } from 'react';

/**
 * The live Cytoscape instance for components beside the canvas (controllers, export menu).
 * GraphCanvas owns it; this only lends it. Null while no graph is drawn.
 */
export const CyContext = createContext<Core | null>(null);

export function useCy(): Core | null {
  return useContext(CyContext);
}
