/** Statements table, article view and edit history as tabs under the graph. */
import { ArticleView } from './article/ArticleView';
import { EditHistory } from './curation/EditHistory';
import { useT } from './i18n';
import { useIsnad, type IsnadState } from './store';
import { BOTTOM_TABS } from './store/ui-slice';
import { StatementsTable } from './table/StatementsTable';

const selectTab = (state: IsnadState) => state.tab;
const selectEditCount = (state: IsnadState) => state.edits.length;

export function BottomPanel({ height }: { height?: number }) {
  const t = useT();
  const tab = useIsnad(selectTab);
  const editCount = useIsnad(selectEditCount);
  return (
    <section
      className="bottom-panel"
      style={height ? { flexBasis: height } : undefined}
      data-testid="bottom-panel"
    >
      <div className="tabs" role="tablist">
        {BOTTOM_TABS.map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            id={`tab-${name}`}
            aria-selected={tab === name}
            aria-controls={`panel-${name}`}
            className={tab === name ? 'is-active' : undefined}
            onClick={() => useIsnad.getState().setTab(name)}
          >
            {t(name)}
            {name === 'edits' && editCount > 0 && ` (${editCount})`}
          </button>
        ))}
      </div>
      <div className="tab-panel" role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {tab === 'statements' ? (
          <StatementsTable />
        ) : tab === 'article' ? (
          <ArticleView />
        ) : (
          <EditHistory />
        )}
      </div>
    </section>
  );
}
