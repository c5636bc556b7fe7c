/** Filters: delegations, kinds, speakers (with counts), hide/dim, one-click clear. */
import { useCallback, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { NodeKind } from '../../graph/types';
import { indexOf } from '../graph-index';
import { kindName, useLang, useT } from '../i18n';
import { nodeName } from '../i18n/names';
import { useIsnad, type IsnadState } from '../store';
import { hasActiveFilters } from '../store/filters';
import { CheckList } from './CheckList';
import { useWorkspaceT } from '../workspace/messages';
import {
  articleOptions,
  delegationOptions,
  kindOptions,
  outletOptions,
  speakerOptions,
} from './options';

const selectGraph = (state: IsnadState) => state.graph;
const selectFilters = (state: IsnadState) => state.filters;
const selectSelected = (state: IsnadState) => state.selected;
const selectClearFilters = (state: IsnadState) => state.clearFilters;
const selectActions = (state: IsnadState) => ({
  toggleDelegation: state.toggleDelegation,
  toggleKind: state.toggleKind,
  toggleSpeaker: state.toggleSpeaker,
  toggleArticle: state.toggleArticle,
  toggleOutlet: state.toggleOutlet,
  setVisibilityMode: state.setVisibilityMode,
});

/** "Clear all": on its own, so a selection re-renders this button and not every list. */
function ClearFilters() {
  const t = useT();
  const filters = useIsnad(selectFilters);
  const selected = useIsnad(selectSelected);
  const clearFilters = useIsnad(selectClearFilters);
  return (
    <button
      type="button"
      className="link-button"
      onClick={clearFilters}
      disabled={!hasActiveFilters(filters) && selected === null}
    >
      {t('clearFilters')}
    </button>
  );
}

export function FilterPanel() {
  const t = useT();
  const tw = useWorkspaceT();
  const lang = useLang();
  const graph = useIsnad(selectGraph);
  const filters = useIsnad(selectFilters);
  const actions = useIsnad(useShallow(selectActions));
  const options = useMemo(() => {
    if (!graph) return null;
    const index = indexOf(graph);
    return {
      delegations: delegationOptions(index),
      kinds: kindOptions(index),
      speakers: speakerOptions(index),
      articles: articleOptions(index),
      outlets: outletOptions(index),
    };
  }, [graph]);
  // Stable, so the memoized lists re-render only when their own options or choices change.
  const nameOf = useCallback(
    (option: { key: string; label: string }) =>
      graph ? nodeName(indexOf(graph), option.key, lang) : option.label,
    [graph, lang],
  );
  const kindLabel = useCallback((option: { key: string }) => kindName(lang, option.key), [lang]);
  const { toggleKind } = actions;
  const onKind = useCallback((kind: string) => toggleKind(kind as NodeKind), [toggleKind]);
  if (!options) return null;

  return (
    <section className="filter-panel" aria-label={t('filters')}>
      <div className="panel-title-row">
        <h2>{t('filters')}</h2>
        <ClearFilters />
      </div>
      <div className="mode-toggle" role="radiogroup" aria-label={t('visibilityMode')}>
        {(['hide', 'dim'] as const).map((mode) => (
          <label key={mode} className={filters.mode === mode ? 'is-on' : ''}>
            <input
              type="radio"
              name="visibility-mode"
              checked={filters.mode === mode}
              onChange={() => actions.setVisibilityMode(mode)}
            />
            {mode === 'hide' ? t('hideOthers') : t('dimOthers')}
          </label>
        ))}
      </div>
      {/* One article alone filters nothing: the lists appear once there are two. */}
      {options.articles.length > 1 && (
        <CheckList
          title={tw('articleFilter')}
          testId="article-filter"
          options={options.articles}
          chosen={filters.articles}
          onToggle={actions.toggleArticle}
        />
      )}
      {options.outlets.length > 1 && (
        <CheckList
          title={tw('outletFilter')}
          testId="outlet-filter"
          options={options.outlets}
          chosen={filters.outlets}
          onToggle={actions.toggleOutlet}
        />
      )}
      <CheckList
        title={t('delegations')}
        testId="delegation-filter"
        options={options.delegations}
        chosen={filters.delegations}
        onToggle={actions.toggleDelegation}
        labelOf={nameOf}
      />
      <CheckList
        title={t('kinds')}
        options={options.kinds}
        chosen={filters.kinds}
        onToggle={onKind}
        labelOf={kindLabel}
      />
      <CheckList
        title={t('speakers')}
        options={options.speakers}
        chosen={filters.speakers}
        onToggle={actions.toggleSpeaker}
        labelOf={nameOf}
      />
    </section>
  );
}
