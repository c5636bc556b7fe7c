/**
 * One zustand store of typed slices. Actions are callable outside React (`useIsnad.getState()`),
 * which Cytoscape's event handlers rely on.
 */
import { create } from 'zustand';
import { createGraphSlice, type GraphSlice } from './graph-slice';
import { createSelectionSlice, type SelectionSlice } from './selection-slice';

export type IsnadState = GraphSlice & SelectionSlice;

export const useIsnad = create<IsnadState>()((...args) => ({
  ...createGraphSlice(...args),
  ...createSelectionSlice(...args),
}));
