/** The folding controls' words, in both interface languages. */
import type { Lang } from '../i18n';
import { useIsnad, type IsnadState } from '../store';

const en = {
  fold: 'Fold statements into the count',
  foldLabel: 'Fold this speaker’s statements back into the count on their node',
  showLabel: 'Draw this speaker’s statements around them on the graph',
  foldAll: 'Fold all expanded speakers ({n})',
  hint: 'Double-click a speaker on the graph to expand or fold their statements.',
};
type FoldMessageKey = keyof typeof en;

const ar: Record<FoldMessageKey, string> = {
  fold: 'اطوِ التصريحات في العدد',
  foldLabel: 'اطوِ تصريحات هذا المتحدث في العدد على عقدته',
  showLabel: 'ارسم تصريحات هذا المتحدث حوله على الشبكة',
  foldAll: 'اطوِ كل المتحدثين المفتوحين ({n})',
  hint: 'انقر نقرًا مزدوجًا على متحدث في الشبكة لفتح تصريحاته أو طيّها.',
};

export const FOLD_MESSAGES: Record<Lang, Record<FoldMessageKey, string>> = { en, ar };

/**
 * "Show 17 statements" / «اعرض 17 تصريحًا», with Arabic's number agreement for an object
 * (two: تصريحين, not the subject's تصريحان).
 */
export function showStatements(lang: Lang, count: number): string {
  if (lang === 'en') return `Show ${count} ${count === 1 ? 'statement' : 'statements'}`;
  if (count === 1) return 'اعرض التصريح';
  if (count === 2) return 'اعرض التصريحين';
  if (count % 100 === 0) return `اعرض ${count} تصريح`;
  if (count % 100 >= 3 && count % 100 <= 10) return `اعرض ${count} تصريحات`;
  return `اعرض ${count} تصريحًا`;
}

const selectLang = (state: IsnadState) => state.lang;

/** `t('key')` for the folding controls, in the interface language. */
export function useFoldT(): (key: FoldMessageKey, n?: number) => string {
  const lang = useIsnad(selectLang);
  return (key, n) => FOLD_MESSAGES[lang][key].replace('{n}', String(n ?? ''));
}
