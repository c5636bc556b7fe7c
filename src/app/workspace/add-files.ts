/**
 * Files chosen, dropped or found in a folder → articles added to the workspace. Each file is read
 * on its own: a bad one is reported by name and the others are still added.
 */
import type { ShownProblem } from '../store/workspace-slice';
import { checkArticleText, titleOf } from './ingest/text';
import { InputProblem } from './problems';
import { addArticles } from './session';
import type { ArticleDraft } from './types';

// DOMParser builds an inert document: scripts in a saved page never run. Its styles would not
// apply either, but the page's Content-Security-Policy still reports them, so style elements,
// style attributes and stylesheet links are dropped from the markup first (the text and the
// metadata — canonical link, JSON-LD — stay).
const parseHtml = (html: string) =>
  new DOMParser().parseFromString(withoutStyles(html), 'text/html');

export function withoutStyles(html: string): string {
  return html
    .replace(/<style\b[\s\S]*?<\/style\s*>/gi, '')
    .replace(/<link\b[^>]*\brel\s*=\s*["']?stylesheet[^>]*>/gi, '')
    .replace(/\sstyle\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi, '');
}

const problemOf = (error: unknown, subject: string): ShownProblem =>
  error instanceof InputProblem
    ? { code: error.code, subject: error.subject ?? subject }
    : { code: 'extract-failed', subject, detail: (error as Error).message };

export async function addFiles(files: File[], fromFolder = false): Promise<void> {
  // The readers (with readability) load on first use: they do not weigh on the first page load.
  const { isArticleFile, readArticleFile } = await import('./ingest/read-file');
  // A folder brings what sits beside the articles (.DS_Store, images): those are skipped quietly.
  const chosen = fromFolder ? files.filter((f) => isArticleFile(f.name, f.type)) : files;
  const drafts: ArticleDraft[] = [];
  const problems: ShownProblem[] = [];
  const sorted = [...chosen].sort((a, b) =>
    (a.webkitRelativePath || a.name).localeCompare(b.webkitRelativePath || b.name),
  );
  for (const file of sorted) {
    try {
      drafts.push(await readArticleFile(file, parseHtml));
    } catch (error) {
      problems.push(problemOf(error, file.webkitRelativePath || file.name));
    }
  }
  await addArticles(drafts, problems);
}

/** Pasted text: checked first, so a non-Arabic paste is said at once and nothing changes. */
export function pastedDraft(text: string): ArticleDraft {
  checkArticleText(text);
  const body = text.replace(/^\uFEFF/, '');
  return { title: titleOf(body), text: body };
}
