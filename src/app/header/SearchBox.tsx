/**
 * The search field (`/` focuses it) with a short list of matches, as a combobox: ↓ and ↑ move
 * through the matches, Enter selects the active one (the first when none is), Esc closes the
 * list and clears the field. Matching nodes are also marked on the canvas (SearchController).
 */
import { useEffect, useRef, useState } from 'react';
import { indexOf } from '../graph-index';
import { KIND_COLORS } from '../graph-view/style';
import { useLang, useT } from '../i18n';
import { nameIn, otherName } from '../i18n/names';
import { prepareSearch } from '../search';
import { useSearchHits } from '../search/use-search-hits';
import { useIsnad, type IsnadState } from '../store';

export const SEARCH_INPUT_ID = 'isnad-search';
const LIST_ID = 'isnad-search-results';
const MAX_SHOWN = 8;

const selectQuery = (state: IsnadState) => state.query;
const selectGraph = (state: IsnadState) => state.graph;

export function SearchBox() {
  const t = useT();
  const lang = useLang();
  const query = useIsnad(selectQuery);
  const graph = useIsnad(selectGraph);
  const hits = useSearchHits();
  const [open, setOpen] = useState(false);
  // The active option belongs to the query it was chosen for: a new query starts from none.
  const [activeFor, setActiveFor] = useState({ query: '', at: -1 });
  const active = activeFor.query === query ? activeFor.at : -1;
  const closing = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const index = graph ? indexOf(graph) : null;
  const shown = hits.slice(0, MAX_SHOWN);
  useEffect(() => () => clearTimeout(closing.current), []);
  // The names in matching form, made while the page is idle rather than on the first keystroke.
  useEffect(() => {
    if (!graph) return undefined;
    const prepare = () => prepareSearch(indexOf(graph));
    if (typeof requestIdleCallback === 'undefined') {
      const timer = setTimeout(prepare, 500);
      return () => clearTimeout(timer);
    }
    const handle = requestIdleCallback(prepare, { timeout: 3000 });
    return () => cancelIdleCallback(handle);
  }, [graph]);

  const choose = (key: string) => {
    useIsnad.getState().select(key);
    setOpen(false);
  };
  const listShown = open && query.trim() !== '' && index !== null;

  return (
    <div className="search-box" role="search">
      <input
        id={SEARCH_INPUT_ID}
        type="search"
        data-testid="search"
        dir="auto"
        value={query}
        placeholder={t('searchPlaceholder')}
        aria-label={t('searchLabel')}
        role="combobox"
        aria-expanded={listShown}
        aria-controls={LIST_ID}
        aria-autocomplete="list"
        aria-activedescendant={listShown && active >= 0 ? `${LIST_ID}-${active}` : undefined}
        autoComplete="off"
        onChange={(event) => {
          useIsnad.getState().setQuery(event.target.value);
          setOpen(true);
        }}
        onFocus={() => {
          clearTimeout(closing.current);
          setOpen(true);
        }}
        onBlur={() => {
          // Late enough for a click on a match to land first.
          closing.current = setTimeout(() => setOpen(false), 150);
        }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            setOpen(true);
            if (shown.length === 0) return;
            const step = event.key === 'ArrowDown' ? 1 : -1;
            // From none: ↓ goes to the first match, ↑ to the last.
            const from = active < 0 && step < 0 ? 0 : active;
            setActiveFor({ query, at: (from + step + shown.length) % shown.length });
          } else if (event.key === 'Enter') {
            const key = shown[active] ?? shown[0];
            if (key) choose(key);
          } else if (event.key === 'Escape') {
            if (query) useIsnad.getState().setQuery('');
            setOpen(false);
            event.currentTarget.blur();
          }
        }}
      />
      {listShown && (
        <ul id={LIST_ID} className="search-results" role="listbox" aria-label={t('searchLabel')}>
          {hits.length === 0 && <li className="search-empty">{t('noResults')}</li>}
          {shown.map((key, i) => {
            const attrs = index.nodes.get(key);
            if (!attrs) return null;
            const other =
              otherName(lang, attrs) ?? (lang === 'ar' ? (attrs.labelEn ?? null) : null);
            return (
              <li
                key={key}
                id={`${LIST_ID}-${i}`}
                data-key={key}
                role="option"
                aria-selected={i === active}
                className={i === active ? 'is-active' : undefined}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => choose(key)}
              >
                <span className="kind-dot" style={{ background: KIND_COLORS[attrs.kind] }} />
                <span dir="auto">{nameIn(lang, attrs, key)}</span>
                {other && (
                  <span className="search-en" dir="auto">
                    {other}
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
