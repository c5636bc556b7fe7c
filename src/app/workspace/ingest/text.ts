/**
 * Checks every article passes before extraction, pasted or read from a file: the pipeline's own
 * (empty, binary, no Arabic letter), and that Arabic is most of the letters — an English page
 * with one Arabic name in it is not an Arabic article and would give an empty graph.
 */
import { validateArticleText } from '../../../pipeline/validate';
import { InputProblem, problemOfArticleError } from '../problems';

/** Below this share of Arabic among the letters, the text is taken for another language. */
const MIN_ARABIC_SHARE = 0.5;

export function arabicShare(text: string): number {
  let arabic = 0;
  let letters = 0;
  // Addresses and e-mails are Latin in any language: they say nothing about the article's.
  const sample = (text.length > 200_000 ? text.slice(0, 200_000) : text).replace(
    /(https?:\/\/|www\.)\S+|\S+@\S+\.\S+/g,
    ' ',
  );
  for (const ch of sample) {
    if (/\p{L}/u.test(ch)) {
      letters++;
      if (/\p{Script=Arabic}/u.test(ch)) arabic++;
    }
  }
  return letters === 0 ? 0 : arabic / letters;
}

export function checkArticleText(text: string, subject?: string): void {
  try {
    validateArticleText(text);
  } catch (error) {
    const message = (error as Error).message;
    throw new InputProblem(problemOfArticleError(message), subject, message);
  }
  if (arabicShare(text) < MIN_ARABIC_SHARE) throw new InputProblem('not-arabic', subject);
}

/** The first line, as the pipeline takes it, shortened for a list. */
export function titleOf(text: string): string {
  const line = text.trimStart().split('\n', 1)[0]?.trim() ?? '';
  return line.length <= 160 ? line : `${line.slice(0, 157)}…`;
}
