/**
 * One zustand store of typed slices. Actions are callable outside React (`useIsnad.getState()`),
 * which Cytoscape's event handlers rely on. Selection, visibility (filters) and viewport are
 * separate slices on purpose.
 */
import { create } from 'zustand';
import { createCurationSlice, type CurationSlice } from './curation-slice';
import { collapsedByDefault } from '../graph-view/level-of-detail';
import { createDisplaySlice, emptyDisplay, type DisplaySlice } from './display-slice';
import { emptyFilters } from './filters';
import { createFiltersSlice, type FiltersSlice } from './filters-slice';
import { createGraphSlice, type GraphSlice } from './graph-slice';
import { createSearchSlice, emptySearch, type SearchSlice } from './search-slice';
import { createSelectionSlice, emptySelection, type SelectionSlice } from './selection-slice';
import { createUiSlice, emptyUi, type UiSlice } from './ui-slice';
import { createViewportSlice, emptyViewport, type ViewportSlice } from './viewport-slice';
import { createWorkspaceSlice, type WorkspaceSlice } from './workspace-slice';

interface ResetSlice {
  /** Back to the empty view (the graph stays). */
  reset(): void;
}

export type IsnadState = GraphSlice &
  SelectionSlice &
  FiltersSlice &
  SearchSlice &
  ViewportSlice &
  UiSlice &
  CurationSlice &
  DisplaySlice &
  WorkspaceSlice &
  ResetSlice;

export const useIsnad = create<IsnadState>()((...args) => ({
  ...createGraphSlice(...args),
  ...createSelectionSlice(...args),
  ...createFiltersSlice(...args),
  ...createSearchSlice(...args),
  ...createViewportSlice(...args),
  ...createUiSlice(...args),
  ...createCurationSlice(...args),
  ...createDisplaySlice(...args),
  ...createWorkspaceSlice(...args),
  reset: () =>
    args[0]((state) => ({
      display: emptyDisplay(state.graph ? collapsedByDefault(state.graph) : false),
      ...emptySelection(),
      filters: emptyFilters(),
      ...emptySearch(),
      ...emptyViewport(),
      ...emptyUi(),
    })),
}));
