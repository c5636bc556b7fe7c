import type { StateCreator } from 'zustand';
import type { NodeKind } from '../../graph/types';
import { indexOf } from '../graph-index';
import { selectionUnder } from '../visibility';
import * as change from './filters';
import type { IsnadState } from './index';

export interface FiltersSlice {
  filters: change.Filters;
  toggleDelegation(key: string): void;
  toggleKind(kind: NodeKind): void;
  toggleSpeaker(key: string): void;
  toggleArticle(id: string): void;
  toggleOutlet(outlet: string): void;
  setVisibilityMode(mode: change.VisibilityMode): void;
  /** "Clear all": the filters and the selection. */
  clearFilters(): void;
  setFilters(filters: change.Filters): void;
}

/** New filters, and the selection they leave (cleared when it is filtered out). */
function withFilters(state: IsnadState, filters: change.Filters) {
  const index = state.graph ? indexOf(state.graph) : null;
  return { filters, selected: selectionUnder(index, filters, state.selected) };
}

export const createFiltersSlice: StateCreator<IsnadState, [], [], FiltersSlice> = (set) => ({
  filters: change.emptyFilters(),
  toggleDelegation: (key) => set((s) => withFilters(s, change.toggleDelegation(s.filters, key))),
  toggleKind: (kind) => set((s) => withFilters(s, change.toggleKind(s.filters, kind))),
  toggleSpeaker: (key) => set((s) => withFilters(s, change.toggleSpeaker(s.filters, key))),
  toggleArticle: (id) => set((s) => withFilters(s, change.toggleArticle(s.filters, id))),
  toggleOutlet: (outlet) => set((s) => withFilters(s, change.toggleOutlet(s.filters, outlet))),
  setVisibilityMode: (mode) => set((s) => ({ filters: change.setVisibilityMode(s.filters, mode) })),
  clearFilters: () => set((s) => ({ filters: change.clearFilters(s.filters), selected: null })),
  setFilters: (filters) => set((s) => withFilters(s, filters)),
});
