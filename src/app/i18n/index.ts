import { useIsnad } from '../store';
import { KIND_NAMES, MESSAGES, type Lang, type MessageKey } from './messages';

export { LANGS, KIND_NAMES, type Lang, type MessageKey } from './messages';

export function translate(lang: Lang, key: MessageKey): string {
  return MESSAGES[lang][key];
}

export function kindName(lang: Lang, kind: string): string {
  return KIND_NAMES[lang][kind] ?? kind;
}

/** The page direction that goes with a language. */
export function directionOf(lang: Lang): 'rtl' | 'ltr' {
  return lang === 'ar' ? 'rtl' : 'ltr';
}

const selectLang = (state: { lang: Lang }) => state.lang;

/** `t('key')` in the current interface language; re-renders when the language changes. */
export function useT(): (key: MessageKey) => string {
  const lang = useIsnad(selectLang);
  return (key) => MESSAGES[lang][key];
}

export function useLang(): Lang {
  return useIsnad(selectLang);
}
