import { indexOf } from '../graph-index';
import { useIsnad } from '../store';
import { searchToView } from './view-url';

/** URL → store, once the graph is loaded (keys are checked against it). */
export function restoreViewFromUrl(search: string): void {
  const state = useIsnad.getState();
  if (!state.graph) return;
  const index = indexOf(state.graph);
  const view = searchToView(search, (key) => index.nodes.has(key));
  useIsnad.setState({
    filters: view.filters,
    selected: view.selected,
    query: view.query,
    lang: view.lang,
    tab: view.tab,
  });
}
