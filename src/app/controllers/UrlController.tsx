/**
 * Store → URL: the view is written to the query string (replaceState) as it changes, with the
 * workspace's article set, so a link is only read against the same articles.
 */
import { useEffect } from 'react';
import { useIsnad, type IsnadState } from '../store';
import { viewToSearch } from '../url/view-url';
import { currentSet } from '../workspace/session';

function searchOf(state: IsnadState): string {
  return viewToSearch({
    filters: state.filters,
    selected: state.selected,
    query: state.query,
    lang: state.lang,
    tab: state.tab,
    expanded: state.display.collapsed ? state.display.expanded : [],
    set: state.graph ? currentSet(state) : null,
  });
}

export function UrlController() {
  useEffect(() => {
    let last = window.location.search;
    const write = (state: IsnadState) => {
      const search = searchOf(state);
      if (search === last) return;
      last = search;
      window.history.replaceState(
        window.history.state,
        '',
        `${window.location.pathname}${search}${window.location.hash}`,
      );
    };
    write(useIsnad.getState());
    return useIsnad.subscribe(write);
  }, []);
  return null;
}
