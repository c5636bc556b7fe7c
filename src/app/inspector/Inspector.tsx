/** The selected node's details, by kind. */
import { isStatement } from '../../graph/types';
import { indexOf } from '../graph-index';
import { KIND_COLORS } from '../graph-view/style';
import { kindName, useLang, useT } from '../i18n';
import { nameIn, otherName } from '../i18n/names';
import { useIsnad, type IsnadState } from '../store';
import { DelegationDetails } from './DelegationDetails';
import { EntityDetails } from './EntityDetails';
import { Overview } from './Overview';
import { StatementDetails } from './StatementDetails';

const selectGraph = (state: IsnadState) => state.graph;
const selectSelected = (state: IsnadState) => state.selected;

export function Inspector() {
  const t = useT();
  const lang = useLang();
  const graph = useIsnad(selectGraph);
  const selected = useIsnad(selectSelected);
  const index = graph ? indexOf(graph) : null;
  const attrs = selected && index ? index.nodes.get(selected) : undefined;

  return (
    <section className="inspector" data-testid="inspector" aria-label={t('inspector')}>
      {!index ? null : !selected || !attrs ? (
        <Overview index={index} />
      ) : (
        <>
          <header className="inspector-head">
            <span className="kind-chip">
              <span
                className="kind-dot"
                aria-hidden="true"
                style={{ background: KIND_COLORS[attrs.kind] }}
              />
              {kindName(lang, attrs.kind)}
            </span>
            <h2 dir="auto">
              {nameIn(lang, attrs, selected)}
              {otherName(lang, attrs) && (
                <span className="name-other" dir="rtl" lang="ar">
                  {otherName(lang, attrs)}
                </span>
              )}
            </h2>
            <button
              type="button"
              className="close-button"
              aria-label={t('dismiss')}
              onClick={() => useIsnad.getState().select(null)}
            >
              ×
            </button>
          </header>
          {isStatement(attrs) ? (
            <StatementDetails index={index} nodeKey={selected} attrs={attrs} />
          ) : attrs.kind === 'delegation' ? (
            <DelegationDetails index={index} nodeKey={selected} attrs={attrs} />
          ) : (
            <EntityDetails index={index} nodeKey={selected} attrs={attrs} />
          )}
        </>
      )}
    </section>
  );
}
