import type { StateCreator } from 'zustand';
import type { IsnadState } from './index';

export interface SearchSlice {
  /** What the user typed, as typed; matching normalizes it (src/app/search). */
  query: string;
  setQuery(query: string): void;
}

export function emptySearch(): Pick<SearchSlice, 'query'> {
  return { query: '' };
}

export const createSearchSlice: StateCreator<IsnadState, [], [], SearchSlice> = (set) => ({
  ...emptySearch(),
  setQuery: (query) => set({ query }),
});
