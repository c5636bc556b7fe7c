import type { StateCreator } from 'zustand';
import type { Lang } from '../i18n/messages';
import type { IsnadState } from './index';

export const BOTTOM_TABS = ['statements', 'article'] as const;
export type BottomTab = (typeof BOTTOM_TABS)[number];

/** A span of an article to scroll to and flash ("show in article"). */
export interface ArticleFocus {
  article: string;
  start: number;
  end: number;
}

export interface UiSlice {
  /** Interface language; the page direction follows it. */
  lang: Lang;
  /** Which of the statements table and the article view is shown under the graph. */
  tab: BottomTab;
  articleFocus: ArticleFocus | null;
  /** The article the Article tab shows (one at a time); null: the first. */
  articleShown: string | null;
  setLang(lang: Lang): void;
  setTab(tab: BottomTab): void;
  /** Opens the article view on a span, without changing the selection. */
  showInArticle(focus: ArticleFocus): void;
  showArticle(id: string | null): void;
}

export function emptyUi(): Pick<UiSlice, 'lang' | 'tab' | 'articleFocus' | 'articleShown'> {
  return { lang: 'ar', tab: 'statements', articleFocus: null, articleShown: null };
}

export const createUiSlice: StateCreator<IsnadState, [], [], UiSlice> = (set) => ({
  ...emptyUi(),
  setLang: (lang) => set({ lang }),
  setTab: (tab) => set({ tab }),
  showInArticle: (focus) =>
    set({ tab: 'article', articleFocus: focus, articleShown: focus.article }),
  showArticle: (articleShown) => set({ articleShown }),
});
