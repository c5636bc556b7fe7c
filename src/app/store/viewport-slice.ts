import type { StateCreator } from 'zustand';
import type { IsnadState } from './index';

export interface Viewport {
  zoom: number;
  pan: { x: number; y: number };
}

export interface ViewportSlice {
  /** The camera as last reported by Cytoscape; null means "fit the graph". */
  viewport: Viewport | null;
  setViewport(viewport: Viewport | null): void;
}

export function emptyViewport(): Pick<ViewportSlice, 'viewport'> {
  return { viewport: null };
}

export const createViewportSlice: StateCreator<IsnadState, [], [], ViewportSlice> = (set) => ({
  ...emptyViewport(),
  setViewport: (viewport) => set({ viewport }),
});
