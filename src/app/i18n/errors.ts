/**
 * What went wrong, told to the user in the interface language with what to do next; the
 * technical message (from src/graph, src/pipeline, the browser) stays available as a detail.
 */
import type { Lang } from './messages';

export const PROBLEMS = [
  'too-large',
  'not-json',
  'invalid-graph',
  'empty-text',
  'extract-failed',
  'export-failed',
  'unknown',
] as const;
export type Problem = (typeof PROBLEMS)[number];

export type ProblemContext = 'open-file' | 'paste' | 'export';

/** Reads the technical message of a failure into one of the problems the user is told about. */
export function classifyProblem(context: ProblemContext, message: string): Problem {
  if (/larger than/i.test(message)) return 'too-large';
  if (/not valid JSON|JSON\.parse|Unexpected token/i.test(message)) return 'not-json';
  if (/text is empty|input is empty/i.test(message)) return 'empty-text';
  if (context === 'open-file') return 'invalid-graph';
  if (context === 'paste') return 'extract-failed';
  if (context === 'export') return 'export-failed';
  return 'unknown';
}

const TEXT: Record<Lang, Record<Problem, string>> = {
  en: {
    'too-large': 'This file is larger than 50 MB. Open a smaller graph file.',
    'not-json':
      'This file is not a graph file (it is not valid JSON). Choose a graph JSON saved by Isnad or by `npm run extract`.',
    'invalid-graph':
      'This file is JSON but not an Isnad graph. Choose a graph JSON saved by Isnad (Export → Graph JSON) or by `npm run extract`.',
    'empty-text': 'The text is empty. Paste the text of an Arabic news article.',
    'extract-failed':
      'Isnad could not read this text as an article. Check that it is Arabic news text, then try again.',
    'export-failed':
      'The export did not finish. Try a smaller scale or width, or export the current view only.',
    unknown: 'Something went wrong. Try again; if it keeps happening, reload the page.',
  },
  ar: {
    'too-large': 'حجم هذا الملف يتجاوز 50 ميغابايت. افتح ملف شبكة أصغر.',
    'not-json':
      'هذا ليس ملف شبكة (ليس JSON صالحًا). اختر ملف شبكة JSON حفظه إسناد أو أنتجه الأمر npm run extract.',
    'invalid-graph':
      'هذا الملف بصيغة JSON لكنه ليس شبكة إسناد. اختر ملف شبكة حفظه إسناد (تصدير ← شبكة JSON) أو أنتجه الأمر npm run extract.',
    'empty-text': 'النص فارغ. الصق نص مقال إخباري عربي.',
    'extract-failed':
      'تعذّر على إسناد قراءة هذا النص مقالًا. تحقّق من أنه نص إخباري عربي ثم أعد المحاولة.',
    'export-failed': 'لم يكتمل التصدير. جرّب مقياسًا أو عرضًا أصغر، أو صدّر العرض الحالي فقط.',
    unknown: 'حدث خطأ ما. أعد المحاولة، وإن تكرّر فأعد تحميل الصفحة.',
  },
};

export function problemText(lang: Lang, problem: Problem): string {
  return TEXT[lang][problem];
}
