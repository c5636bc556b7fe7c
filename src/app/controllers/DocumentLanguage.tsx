/** The page's `lang` and `dir` follow the interface language. */
import { useEffect } from 'react';
import { directionOf } from '../i18n';
import { useIsnad, type IsnadState } from '../store';

const selectLang = (state: IsnadState) => state.lang;

export function DocumentLanguage() {
  const lang = useIsnad(selectLang);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dir = directionOf(lang);
  }, [lang]);
  return null;
}
