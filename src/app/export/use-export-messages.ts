import { useIsnad, type IsnadState } from '../store';
import { EXPORT_MESSAGES, type ExportMessageKey } from './messages';

const selectLang = (state: IsnadState) => state.lang;

/** `t('key')` for the export menu, in the interface language. */
export function useExportT(): (key: ExportMessageKey) => string {
  const lang = useIsnad(selectLang);
  return (key) => EXPORT_MESSAGES[lang][key];
}
