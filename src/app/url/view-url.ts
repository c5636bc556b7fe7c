/**
 * The view (filters, selection, search, language, tab, speakers expanded) ⇄ the URL's query string, so reloading or
 * sharing a link restores it. Pure: `viewToSearch` and `searchToView` round-trip; keys that the
 * loaded graph does not know are dropped when reading. `set` names the workspace's article set
 * (src/app/workspace/ids.ts): a link is only read against the same articles.
 */
import { NODE_KINDS, type NodeKind } from '../../graph/types';
import { LANGS, type Lang } from '../i18n/messages';
import { emptyFilters, type Filters } from '../store/filters';
import { BOTTOM_TABS, type BottomTab } from '../store/ui-slice';

export interface UrlView {
  filters: Filters;
  selected: string | null;
  query: string;
  lang: Lang;
  tab: BottomTab;
  /** Speakers whose folded statements are drawn (src/app/fold), in the order expanded. */
  expanded: string[];
  /** The article set the view was made on; null for links made before workspaces. */
  set: string | null;
}

/** What the loaded workspace has, to drop what a link names and it lacks. */
export interface Known {
  node(key: string): boolean;
  article(id: string): boolean;
  outlet(name: string): boolean;
}

const DEFAULT_LANG: Lang = 'ar';
const DEFAULT_TAB: BottomTab = 'statements';

export function viewToSearch(view: UrlView): string {
  const params = new URLSearchParams();
  if (view.set) params.set('set', view.set);
  for (const key of view.filters.delegations) params.append('delegation', key);
  for (const key of view.filters.speakers) params.append('speaker', key);
  for (const kind of view.filters.kinds) params.append('kind', kind);
  for (const id of view.filters.articles) params.append('article', id);
  for (const outlet of view.filters.outlets) params.append('outlet', outlet);
  if (view.filters.mode !== 'hide') params.set('mode', view.filters.mode);
  if (view.query) params.set('q', view.query);
  if (view.selected) params.set('node', view.selected);
  for (const key of view.expanded) params.append('expand', key);
  if (view.lang !== DEFAULT_LANG) params.set('lang', view.lang);
  if (view.tab !== DEFAULT_TAB) params.set('tab', view.tab);
  const search = params.toString();
  return search ? `?${search}` : '';
}

function oneOf<T extends string>(options: readonly T[], value: string | null, fallback: T): T {
  return options.includes(value as T) ? (value as T) : fallback;
}

/** Reads a query string; `knows(key)` says whether a node key exists in the loaded graph. */
export function searchToView(search: string, known: Known): UrlView {
  const params = new URLSearchParams(search);
  const all = (name: string, knows: (value: string) => boolean) => [
    ...new Set(params.getAll(name).filter(knows)),
  ];
  const keys = (name: string) => all(name, known.node);
  const node = params.get('node');
  return {
    filters: {
      ...emptyFilters(),
      delegations: keys('delegation'),
      speakers: keys('speaker'),
      kinds: [...new Set(params.getAll('kind'))].filter((kind): kind is NodeKind =>
        (NODE_KINDS as readonly string[]).includes(kind),
      ),
      articles: all('article', known.article),
      outlets: all('outlet', known.outlet),
      mode: params.get('mode') === 'dim' ? 'dim' : 'hide',
    },
    selected: node && known.node(node) ? node : null,
    query: params.get('q') ?? '',
    lang: oneOf(LANGS, params.get('lang'), DEFAULT_LANG),
    tab: oneOf(BOTTOM_TABS, params.get('tab'), DEFAULT_TAB),
    expanded: keys('expand'),
    set: params.get('set'),
  };
}
