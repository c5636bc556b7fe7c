import type { StateCreator } from 'zustand';
import type { Lang } from '../i18n/messages';
import type { IsnadState } from './index';

export const BOTTOM_TABS = ['statements', 'article'] as const;
export type BottomTab = (typeof BOTTOM_TABS)[number];

export interface UiSlice {
  /** Interface language; the page direction follows it. */
  lang: Lang;
  /** Which of the statements table and the article view is shown under the graph. */
  tab: BottomTab;
  setLang(lang: Lang): void;
  setTab(tab: BottomTab): void;
}

export function emptyUi(): Pick<UiSlice, 'lang' | 'tab'> {
  return { lang: 'ar', tab: 'statements' };
}

export const createUiSlice: StateCreator<IsnadState, [], [], UiSlice> = (set) => ({
  ...emptyUi(),
  setLang: (lang) => set({ lang }),
  setTab: (tab) => set({ tab }),
});
