/**
 * The search field (`/` focuses it) with a short list of matches: Enter or a click selects one.
 * Matching nodes are also marked on the canvas (SearchController).
 */
import { useState } from 'react';
import { indexOf } from '../graph-index';
import { KIND_COLORS } from '../graph-view/style';
import { useT } from '../i18n';
import { useSearchHits } from '../search/use-search-hits';
import { useIsnad, type IsnadState } from '../store';

export const SEARCH_INPUT_ID = 'isnad-search';
const MAX_SHOWN = 8;

const selectQuery = (state: IsnadState) => state.query;
const selectGraph = (state: IsnadState) => state.graph;

export function SearchBox() {
  const t = useT();
  const query = useIsnad(selectQuery);
  const graph = useIsnad(selectGraph);
  const hits = useSearchHits();
  const [open, setOpen] = useState(false);
  const index = graph ? indexOf(graph) : null;

  const choose = (key: string) => {
    useIsnad.getState().select(key);
    setOpen(false);
  };

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
        aria-controls="isnad-search-results"
        autoComplete="off"
        onChange={(event) => {
          useIsnad.getState().setQuery(event.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && hits[0]) choose(hits[0]);
          if (event.key === 'Escape') {
            if (query) useIsnad.getState().setQuery('');
            event.currentTarget.blur();
          }
        }}
      />
      {open && query.trim() && index && (
        <ul id="isnad-search-results" className="search-results" role="listbox">
          {hits.length === 0 && <li className="search-empty">{t('noResults')}</li>}
          {hits.slice(0, MAX_SHOWN).map((key) => {
            const attrs = index.nodes.get(key);
            if (!attrs) return null;
            return (
              <li key={key} role="option" aria-selected={false}>
                <button
                  type="button"
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() => choose(key)}
                >
                  <span className="kind-dot" style={{ background: KIND_COLORS[attrs.kind] }} />
                  <span dir="auto">{attrs.label}</span>
                  {attrs.labelEn && <span className="search-en">{attrs.labelEn}</span>}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
