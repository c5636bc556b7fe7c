import type { StateCreator } from 'zustand';
import type { IsnadState } from './index';

export interface SelectionSlice {
  /** Key of the selected node, or null. */
  selected: string | null;
  select(key: string | null): void;
}

export function emptySelection(): Pick<SelectionSlice, 'selected'> {
  return { selected: null };
}

export const createSelectionSlice: StateCreator<IsnadState, [], [], SelectionSlice> = (set) => ({
  ...emptySelection(),
  select: (key) => set({ selected: key }),
});
