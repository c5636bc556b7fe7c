/**
 * Extraction of a pasted article off the main thread: no text, however shaped or long, can
 * freeze the tab, and Cancel simply terminates this worker. Text is cleaned at the door
 * (control characters → spaces, same length) and checked against the size limit first.
 */
import { buildGraph } from '../../graph/build';
import {
  ArticleError,
  cleanControls,
  extractArticle,
  MAX_ARTICLE_CHARS,
  validateArticleText,
} from '../../pipeline/index';
import type { ExtractReply, ExtractRequest } from './extract-protocol';

const post = (reply: ExtractReply) => postMessage(reply);

addEventListener('message', (event: MessageEvent<ExtractRequest>) => {
  const text = event.data.text;
  try {
    if (text.length > MAX_ARTICLE_CHARS)
      return post({
        type: 'error',
        problem: 'textTooLong',
        detail: text.length.toLocaleString('en'),
      });
    if (text.trim() === '') return post({ type: 'error', problem: 'textEmpty' });
    // Pasted text is never binary: cleaned first (Word's line breaks are U+000B), then checked.
    const clean = cleanControls(text);
    validateArticleText(clean);
    const result = extractArticle({ id: 'pasted', text: clean }, (done, total) =>
      post({ type: 'progress', done, total }),
    );
    post({ type: 'done', graph: buildGraph([result]).export() });
  } catch (error) {
    if (error instanceof ArticleError)
      post({ type: 'error', problem: 'raw', detail: error.message });
    else throw error;
  }
});
