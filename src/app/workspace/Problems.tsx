/** What went wrong with the last addition or with storage, in the interface language. */
import { useLang } from '../i18n';
import { useIsnad, type IsnadState } from '../store';
import { problemText, useWorkspaceT } from './messages';

const selectProblems = (state: IsnadState) => state.problems;
const selectForeign = (state: IsnadState) => state.foreignLink;

export function Problems() {
  const t = useWorkspaceT();
  const lang = useLang();
  const problems = useIsnad(selectProblems);
  const foreign = useIsnad(selectForeign);
  return (
    <>
      {foreign && (
        <div className="notice notice-warn" role="alert" data-testid="foreign-link">
          <span>{t('foreignLink', { set: foreign })}</span>
          <button
            type="button"
            aria-label="×"
            onClick={() => useIsnad.getState().setForeignLink(null)}
          >
            ×
          </button>
        </div>
      )}
      {problems.length > 0 && (
        <div className="notice notice-error" role="alert" data-testid="workspace-problems">
          <ul>
            {problems.map((p, i) => (
              <li key={i} data-code={p.code} dir="auto">
                {problemText(lang, p)}
                {p.detail && <small dir="ltr"> ({p.detail})</small>}
              </li>
            ))}
          </ul>
          <button
            type="button"
            aria-label="×"
            onClick={() => useIsnad.getState().dismissProblems()}
          >
            ×
          </button>
        </div>
      )}
    </>
  );
}
