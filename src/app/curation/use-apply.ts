import { useState } from 'react';
import type { Edit } from '../../graph/curation/index';
import { useLang } from '../i18n';
import { useIsnad } from '../store';
import { failureText } from './words';

/** Applies an edit; a failure becomes a line the tools show until the next edit. */
export function useApply(): { apply(edit: Edit): boolean; problem: string | null } {
  const lang = useLang();
  const [problem, setProblem] = useState<string | null>(null);
  return {
    problem,
    apply(edit) {
      const failure = useIsnad.getState().applyEdit(edit);
      setProblem(failure ? failureText(lang, failure) : null);
      return failure === null;
    },
  };
}
