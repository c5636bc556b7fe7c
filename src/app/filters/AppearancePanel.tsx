/**
 * How the graph is drawn, Gephi Lite style: node size by degree or statements said, colour by
 * kind, article or delegation (with its key), statements folded into counts on their speakers.
 */
import { useMemo } from 'react';
import { FoldAll } from '../fold/FoldAll';
import { indexOf } from '../graph-index';
import { categories } from '../graph-view/measures';
import { useLang, useT, type MessageKey } from '../i18n';
import { nodeName } from '../i18n/names';
import { useIsnad, type IsnadState } from '../store';
import { COLOR_MEASURES, SIZE_MEASURES } from '../store/display-slice';
import { setFolding } from '../fold/actions';

const selectGraph = (state: IsnadState) => state.graph;
const selectDisplay = (state: IsnadState) => state.display;
const KEY_SHOWN = 10;
const COLOR_LABELS = {
  kind: 'colorByKind',
  article: 'colorByArticle',
  outlet: 'colorByOutlet',
  delegation: 'colorByDelegation',
} as const satisfies Record<(typeof COLOR_MEASURES)[number], MessageKey>;

export function AppearancePanel() {
  const t = useT();
  const lang = useLang();
  const graph = useIsnad(selectGraph);
  const display = useIsnad(selectDisplay);
  const key = useMemo(() => {
    if (!graph || display.colorBy === 'kind') return [];
    const index = indexOf(graph);
    return categories(index, display.colorBy)
      .slice(0, KEY_SHOWN)
      .map((c) => ({
        ...c,
        label:
          display.colorBy === 'article'
            ? (index.articles.find((a) => a.id === c.key)?.title ?? c.key)
            : display.colorBy === 'outlet'
              ? c.key
              : nodeName(index, c.key, lang),
      }));
  }, [graph, display.colorBy, lang]);
  const set = useIsnad.getState().setDisplay;

  return (
    <section className="appearance" aria-label={t('appearance')} data-testid="appearance">
      <h2>{t('appearance')}</h2>
      <label className="appearance-row">
        {t('sizeBy')}
        <select
          value={display.sizeBy}
          data-testid="size-by"
          onChange={(e) => set({ sizeBy: e.target.value as (typeof SIZE_MEASURES)[number] })}
        >
          {SIZE_MEASURES.map((m) => (
            <option key={m} value={m}>
              {t(m === 'degree' ? 'sizeByDegree' : 'sizeBySaid')}
            </option>
          ))}
        </select>
      </label>
      <label className="appearance-row">
        {t('colorBy')}
        <select
          value={display.colorBy}
          data-testid="color-by"
          onChange={(e) => set({ colorBy: e.target.value as (typeof COLOR_MEASURES)[number] })}
        >
          {COLOR_MEASURES.map((m) => (
            <option key={m} value={m}>
              {t(COLOR_LABELS[m])}
            </option>
          ))}
        </select>
      </label>
      {key.length > 0 && (
        <ul className="appearance-key">
          {key.map((c) => (
            <li key={c.key}>
              <span className="legend-swatch" style={{ background: c.color }} />
              <span dir="auto">{c.label}</span>
            </li>
          ))}
        </ul>
      )}
      <label className="appearance-check">
        <input
          type="checkbox"
          data-testid="fold-statements"
          checked={display.collapsed}
          onChange={(e) => setFolding(e.target.checked)}
        />
        {t('foldStatements')}
      </label>
      <FoldAll />
    </section>
  );
}
