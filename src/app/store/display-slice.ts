import type { StateCreator } from 'zustand';
import type { IsnadState } from './index';

export const SIZE_MEASURES = ['degree', 'said'] as const;
/** Node size by how connected a node is, or by how many statements it made. */
export type SizeMeasure = (typeof SIZE_MEASURES)[number];

export const COLOR_MEASURES = ['kind', 'article', 'outlet', 'delegation'] as const;
/** Node colour by kind (the legend's), by the article that first names it (or its outlet), or by delegation. */
export type ColorMeasure = (typeof COLOR_MEASURES)[number];

export interface Display {
  /** Statements folded into a count on their speaker (a selected statement stays drawn). */
  collapsed: boolean;
  /** Speakers whose statements are drawn all the same while folded, in the order expanded. */
  expanded: string[];
  sizeBy: SizeMeasure;
  colorBy: ColorMeasure;
}

export interface DisplaySlice {
  display: Display;
  setDisplay(patch: Partial<Display>): void;
}

export function emptyDisplay(collapsed = false): Display {
  return { collapsed, expanded: [], sizeBy: 'degree', colorBy: 'kind' };
}

export const createDisplaySlice: StateCreator<IsnadState, [], [], DisplaySlice> = (set) => ({
  display: emptyDisplay(),
  setDisplay: (patch) => set((s) => ({ display: { ...s.display, ...patch } })),
});
