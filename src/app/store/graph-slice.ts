import type { SerializedGraph } from 'graphology-types';
import type { StateCreator } from 'zustand';
import type { IsnadState } from './index';

export interface GraphSlice {
  /** The loaded corpus graph, in the contract of src/graph/types.ts. */
  graph: SerializedGraph | null;
  loadGraph(graph: SerializedGraph): void;
}

export const createGraphSlice: StateCreator<IsnadState, [], [], GraphSlice> = (set) => ({
  graph: null,
  loadGraph: (graph) => set({ graph }),
});
