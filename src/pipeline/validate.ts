/**
 * Input checks with messages that say what is wrong and what was expected.
 */
import { MAX_ARTICLE_CHARS } from '../core/clean.ts';
import { ArticleError } from './types.ts';

export function validateArticleText(text: string): void {
  if (typeof text !== 'string')
    throw new ArticleError('extract: input is not text (expected Arabic text)');
  if (text.length > MAX_ARTICLE_CHARS)
    throw new ArticleError(
      `extract: input is too long (${text.length.toLocaleString('en')} characters; the limit is ${MAX_ARTICLE_CHARS.toLocaleString('en')} — split it into articles)`,
    );
  if (text.trim().length === 0)
    throw new ArticleError('extract: input is empty (expected Arabic text)');
  let control = 0;
  let arabic = 0;
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    // Word's line break (U+000B) is text, not a sign of binary; it is cleaned at the door.
    if (c === 0 || (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c && c !== 0x0b))
      control++;
    else if (c >= 0x0600 && c <= 0x06ff) arabic++;
  }
  if (control > sample.length * 0.01 || sample.includes('\u0000'))
    throw new ArticleError('extract: input looks binary (expected Arabic text)');
  if (arabic === 0)
    throw new ArticleError('extract: input has no Arabic letters (expected Arabic text)');
}
