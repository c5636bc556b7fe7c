import { useT } from '../i18n';
import { useIsnad, type IsnadState } from '../store';

const selectLang = (state: IsnadState) => state.lang;

export function LangSwitch() {
  const t = useT();
  const lang = useIsnad(selectLang);
  const other = lang === 'ar' ? 'en' : 'ar';
  return (
    <button
      type="button"
      className="lang-switch"
      lang={other}
      title={t('switchLanguageLabel')}
      onClick={() => useIsnad.getState().setLang(other)}
    >
      {t('switchLanguage')}
    </button>
  );
}
