/**
 * In a speaker's inspector, while statements are folded: "Show 17 statements" draws them around
 * the speaker on the graph, "Fold statements into the count" folds them again. A real button,
 * so it is in the Tab order and Enter or Space presses it.
 */
import { useLang } from '../i18n';
import { useIsnad, type IsnadState } from '../store';
import { toggleSpeaker } from './actions';
import { showStatements, useFoldT } from './messages';

const selectCollapsed = (state: IsnadState) => state.display.collapsed;
const selectExpanded = (state: IsnadState) => state.display.expanded;

export function FoldButton({ speaker, count }: { speaker: string; count: number }) {
  const t = useFoldT();
  const lang = useLang();
  const collapsed = useIsnad(selectCollapsed);
  const open = useIsnad(selectExpanded).includes(speaker);
  if (!collapsed || count === 0) return null;
  return (
    <div className="fold-row">
      <button
        type="button"
        className="fold-button"
        data-testid="fold-toggle"
        aria-expanded={open}
        title={open ? t('foldLabel') : t('showLabel')}
        onClick={() => toggleSpeaker(speaker)}
      >
        <span aria-hidden="true">{open ? '⊖' : '⊕'}</span>{' '}
        {open ? t('fold') : showStatements(lang, count)}
      </button>
    </div>
  );
}
