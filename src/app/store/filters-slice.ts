import type { StateCreator } from 'zustand';
import type { NodeKind } from '../../graph/types';
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
  clearFilters(): void;
  setFilters(filters: change.Filters): void;
}

export const createFiltersSlice: StateCreator<IsnadState, [], [], FiltersSlice> = (set) => ({
  filters: change.emptyFilters(),
  toggleDelegation: (key) => set((s) => ({ filters: change.toggleDelegation(s.filters, key) })),
  toggleKind: (kind) => set((s) => ({ filters: change.toggleKind(s.filters, kind) })),
  toggleSpeaker: (key) => set((s) => ({ filters: change.toggleSpeaker(s.filters, key) })),
  toggleArticle: (id) => set((s) => ({ filters: change.toggleArticle(s.filters, id) })),
  toggleOutlet: (outlet) => set((s) => ({ filters: change.toggleOutlet(s.filters, outlet) })),
  setVisibilityMode: (mode) => set((s) => ({ filters: change.setVisibilityMode(s.filters, mode) })),
  clearFilters: () => set((s) => ({ filters: change.clearFilters(s.filters) })),
  setFilters: (filters) => set({ filters }),
});
