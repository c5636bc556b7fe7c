import type { SerializedGraph } from 'graphology-types';
import type { StateCreator } from 'zustand';
import { emptyFilters } from './filters';
import type { IsnadState } from './index';
import { emptySearch } from './search-slice';
import { emptySelection } from './selection-slice';
import { emptyViewport } from './viewport-slice';

export interface GraphSlice {
  /** The loaded corpus graph, in the contract of src/graph/types.ts. */
  graph: SerializedGraph | null;
  /** Loads a graph; a different graph starts from an empty view (keys may not exist in it). */
  loadGraph(graph: SerializedGraph): void;
}

export const createGraphSlice: StateCreator<IsnadState, [], [], GraphSlice> = (set, get) => ({
  graph: null,
  loadGraph: (graph) => {
    if (get().graph === null) return set({ graph });
    set({
      graph,
      ...emptySelection(),
      ...emptySearch(),
      ...emptyViewport(),
      filters: { ...emptyFilters(), mode: get().filters.mode },
    });
  },
});
