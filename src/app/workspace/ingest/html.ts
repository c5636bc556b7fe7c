/**
 * A saved news page → its article: the page is parsed (DOMParser: nothing runs), scripts, styles
 * and frames are dropped, @mozilla/readability finds the main text, and the page's metadata
 * (./metadata.ts) gives title, outlet, address, date and author. The article text is the title
 * on the first line, then the main text's paragraphs, as the pipeline expects.
 */
import { Readability } from '@mozilla/readability';
import { InputProblem } from '../problems';
import type { ArticleDraft } from '../types';
import { readPageMetadata } from './metadata';

/** Less main text than this is no article (a home page, a login wall, an error page). */
const MIN_ARTICLE_CHARS = 80;

const BLOCKS = 'h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, td, figcaption';

/** The text of an HTML fragment, one line per block (paragraphs, headings, list items). */
export function blockText(root: ParentNode): string {
  const blocks = [...root.querySelectorAll(BLOCKS)].filter(
    (el) => !el.parentElement?.closest(BLOCKS),
  );
  const lines = (blocks.length > 0 ? blocks : [root as Element])
    .map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  return lines.join('\n');
}

export function articleFromHtml(
  html: string,
  fileName: string,
  parse: (html: string) => Document,
): ArticleDraft {
  const doc = parse(html);
  const meta = readPageMetadata(doc);
  for (const el of doc.querySelectorAll('script, style, noscript, iframe, object, embed, template'))
    if (el.getAttribute('type')?.toLowerCase() !== 'application/ld+json') el.remove();
  const read = new Readability(doc, { charThreshold: 200 }).parse();
  if (!read?.content) throw new InputProblem('no-article', fileName);
  const body = blockText(parse(`<body>${read.content}</body>`).body);
  if (body.replace(/\s/g, '').length < MIN_ARTICLE_CHARS)
    throw new InputProblem('no-article', fileName);
  const title = (meta.title || read.title || fileName).replace(/\s+/g, ' ').trim();
  // Readability keeps the headline in the content at times: do not say it twice.
  const text = body.startsWith(title) ? body : `${title}\n${body}`;
  const draft: ArticleDraft = { title, text, fileName };
  const source = meta.source || read.siteName?.trim();
  const byline = read.byline?.trim() || meta.byline;
  const date = meta.date;
  if (source) draft.source = source;
  if (meta.url) draft.url = meta.url;
  if (date) draft.date = date;
  if (byline) draft.byline = byline;
  return draft;
}
