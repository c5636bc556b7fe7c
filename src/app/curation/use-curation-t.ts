import { useIsnad, type IsnadState } from '../store';
import { CURATION_MESSAGES, type CurationMessageKey } from './messages';

const selectLang = (state: IsnadState) => state.lang;

/** `t('key')` for the correction tools, in the interface language. */
export function useCurationT(): (key: CurationMessageKey) => string {
  const lang = useIsnad(selectLang);
  return (key) => CURATION_MESSAGES[lang][key];
}
