import type { SerializedGraph } from 'graphology-types';
import type { StateCreator } from 'zustand';
import { collapsedByDefault } from '../graph-view/level-of-detail';
import type { SavedView } from '../workspace/types';
import { emptyCuration, type CurationState } from './curation';
import { emptyDisplay } from './display-slice';
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
  /** Loads a graph, without edits; a different graph starts from an empty view. */
  loadGraph(graph: SerializedGraph): void;
  /** Positions from "re-arrange", by node key, in canvas units; null: as stored in the graph. */
  positions: Positions | null;
  setPositions(positions: Positions | null): void;
  /**
   * Shows a workspace's graph in the view it was left in (checked against the graph first), with
   * its edits re-applied (`curated`: src/app/store/curation.ts `restore`).
   */
  showGraph(graph: SerializedGraph, view: SavedView, curated?: CurationState): void;
}

export const createGraphSlice: StateCreator<IsnadState, [], [], GraphSlice> = (set, get) => ({
  graph: null,
  loaded: null,
  positions: null,
  setPositions: (positions) => set({ positions }),
  showGraph: (graph, view, curated) =>
    set({
      ...emptyCuration(),
      ...curated,
      graph: curated?.graph ?? graph,
      loaded: graph,
      positions: view.positions,
      filters: view.filters,
      selected: view.selected,
      query: view.query,
      tab: view.tab,
      articleShown: view.articleShown,
      articleFocus: null,
      // The drawing kept with the view; for an older view, folding by the graph's size.
      display: {
        ...get().display,
        collapsed: collapsedByDefault(graph),
        expanded: [],
        ...view.display,
      },
      ...emptyViewport(),
    }),
  loadGraph: (graph) => {
    const display = { ...get().display, collapsed: collapsedByDefault(graph), expanded: [] };
    if (get().graph === null)
      return set({ graph, loaded: graph, positions: null, display, ...emptyCuration() });
    set({
      graph,
      loaded: graph,
      positions: null,
      ...emptyCuration(),
      display: { ...emptyDisplay(display.collapsed), ...display },
      ...emptySelection(),
      ...emptySearch(),
      ...emptyViewport(),
      filters: { ...emptyFilters(), mode: get().filters.mode },
    });
  },
});
