import type { SerializedGraph } from 'graphology-types';
import type { StateCreator } from 'zustand';
import { collapsedByDefault } from '../graph-view/level-of-detail';
import type { SavedView } from '../workspace/types';
import { emptyDisplay } from './display-slice';
import { emptyFilters } from './filters';
import type { Positions } from './positions';
import type { IsnadState } from './index';
import { emptySearch } from './search-slice';
import { emptySelection } from './selection-slice';
import { emptyViewport } from './viewport-slice';

export interface GraphSlice {
  /** The loaded corpus graph, in the contract of src/graph/types.ts. */
  graph: SerializedGraph | null;
  /** Loads a graph; a different graph starts from an empty view (keys may not exist in it). */
  loadGraph(graph: SerializedGraph): void;
  /** Positions from "re-arrange", by node key, in canvas units; null: as stored in the graph. */
  positions: Positions | null;
  setPositions(positions: Positions | null): void;
  /** Shows a workspace's graph in the view it was left in (checked against the graph first). */
  showGraph(graph: SerializedGraph, view: SavedView): void;
}

export const createGraphSlice: StateCreator<IsnadState, [], [], GraphSlice> = (set, get) => ({
  graph: null,
  positions: null,
  setPositions: (positions) => set({ positions }),
  showGraph: (graph, view) =>
    set({
      graph,
      positions: view.positions,
      filters: view.filters,
      selected: view.selected,
      query: view.query,
      tab: view.tab,
      articleShown: view.articleShown,
      articleFocus: null,
      display: { ...get().display, collapsed: collapsedByDefault(graph) },
      ...emptyViewport(),
    }),
  loadGraph: (graph) => {
    const display = { ...get().display, collapsed: collapsedByDefault(graph) };
    if (get().graph === null) return set({ graph, positions: null, display });
    set({
      graph,
      positions: null,
      display: { ...emptyDisplay(display.collapsed), ...display },
      ...emptySelection(),
      ...emptySearch(),
      ...emptyViewport(),
      filters: { ...emptyFilters(), mode: get().filters.mode },
    });
  },
});
