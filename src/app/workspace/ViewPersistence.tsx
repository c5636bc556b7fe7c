/**
 * Render-less: keeps the view (layout, filters, selection, search, tab, article shown, how the
 * graph is drawn) with the open workspace as it changes, a moment after the last change.
 */
import { useEffect } from 'react';
import { useIsnad, type IsnadState } from '../store';
import { saveView } from './session';

const viewParts = (s: IsnadState) =>
  [s.filters, s.selected, s.query, s.tab, s.positions, s.articleShown, s.display] as const;

export function ViewPersistence() {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let last = viewParts(useIsnad.getState());
    const unsubscribe = useIsnad.subscribe((state) => {
      const parts = viewParts(state);
      if (parts.every((part, i) => part === last[i])) return;
      last = parts;
      clearTimeout(timer);
      timer = setTimeout(() => void saveView(), 250);
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, []);
  return null;
}
