import type { SerializedGraph } from 'graphology-types';
import type { StateCreator } from 'zustand';
import { readStoredEdits } from '../curation/storage';
import { emptyCuration } from './curation';
import { emptyFilters } from './filters';
import type { Positions } from './positions';
import type { IsnadState } from './index';
import { emptySearch } from './search-slice';
import { emptySelection } from './selection-slice';
import { emptyViewport } from './viewport-slice';

export interface GraphSlice {
  /** The graph shown: the loaded one with the user's edits (src/app/store/curation.ts). */
  graph: SerializedGraph | null;
  /** The graph as loaded, before edits: the canvas is created from it once, edits patch it. */
  loaded: SerializedGraph | null;
  /**
   * Loads a graph; a different graph starts from an empty view (keys may not exist in it). The
   * edits stored for its articles are re-applied.
   */
  loadGraph(graph: SerializedGraph): void;
  /** Positions from "re-arrange", by node key, in canvas units; null: as stored in the graph. */
  positions: Positions | null;
  setPositions(positions: Positions | null): void;
}

export const createGraphSlice: StateCreator<IsnadState, [], [], GraphSlice> = (set, get) => ({
  graph: null,
  loaded: null,
  positions: null,
  setPositions: (positions) => set({ positions }),
  loadGraph: (graph) => {
    if (get().graph === null) set({ graph, loaded: graph, positions: null, ...emptyCuration() });
    else
      set({
        graph,
        loaded: graph,
        positions: null,
        ...emptyCuration(),
        ...emptySelection(),
        ...emptySearch(),
        ...emptyViewport(),
        filters: { ...emptyFilters(), mode: get().filters.mode },
      });
    const stored = readStoredEdits(graph);
    get().restoreEdits(stored.edits, stored.pending);
  },
});
