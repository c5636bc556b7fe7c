/** Under the appearance panel's "Fold statements": fold every expanded speaker at once. */
import { useIsnad, type IsnadState } from '../store';
import { foldEverySpeaker } from './actions';
import { useFoldT } from './messages';

const selectCollapsed = (state: IsnadState) => state.display.collapsed;
const selectOpen = (state: IsnadState) => state.display.expanded.length;

export function FoldAll() {
  const t = useFoldT();
  const collapsed = useIsnad(selectCollapsed);
  const open = useIsnad(selectOpen);
  if (!collapsed) return null;
  return (
    <>
      {open > 0 && (
        <button
          type="button"
          className="fold-button fold-all"
          data-testid="fold-all"
          onClick={foldEverySpeaker}
        >
          {t('foldAll', open)}
        </button>
      )}
      <p className="fold-hint">{t('hint')}</p>
    </>
  );
}
