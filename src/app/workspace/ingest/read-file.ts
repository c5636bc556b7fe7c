/**
 * A user's file → an article draft, or an InputProblem that says what is wrong. Text (.txt),
 * Markdown (.md) and saved pages (.html) are read; a file over 50 MB, an empty or binary file,
 * bytes that are not UTF-8 (or the charset a page declares) and non-Arabic text are refused.
 */
import { InputProblem } from '../problems';
import type { ArticleDraft } from '../types';
import { articleFromHtml } from './html';
import { markdownToText } from './markdown';
import { checkArticleText, titleOf } from './text';

export const MAX_FILE_BYTES = 50 * 1024 * 1024;

const KINDS = {
  text: /\.(txt|text)$/i,
  markdown: /\.(md|markdown)$/i,
  html: /\.(html?|xhtml)$/i,
} as const;
type FileKind = keyof typeof KINDS;

export function kindOfFile(name: string, type = ''): FileKind | null {
  for (const [kind, pattern] of Object.entries(KINDS) as [FileKind, RegExp][])
    if (pattern.test(name)) return kind;
  if (type === 'text/html') return 'html';
  if (type === 'text/markdown') return 'markdown';
  if (type === 'text/plain' || (type === '' && !/\.[a-z0-9]{1,5}$/i.test(name))) return 'text';
  return null;
}

/** Files a folder or a drop may hold that nobody meant to add (.DS_Store, images): skipped. */
export function isArticleFile(name: string, type = ''): boolean {
  return !name.split('/').pop()?.startsWith('.') && kindOfFile(name, type) !== null;
}

/** The charset an HTML page declares in its first 2 KB (<meta charset> or http-equiv). */
function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  return /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
}

export function decodeBytes(bytes: Uint8Array, name: string, kind: FileKind): string {
  const sample = bytes.subarray(0, 8192);
  if (sample.includes(0)) throw new InputProblem('binary', name);
  const declared = kind === 'html' ? declaredCharset(bytes) : undefined;
  const charset = declared && declared !== 'utf-8' && declared !== 'utf8' ? declared : 'utf-8';
  try {
    return new TextDecoder(charset, { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new InputProblem('not-utf8', name, charset);
  }
}

export async function readArticleFile(
  file: File,
  parseHtml: (html: string) => Document,
): Promise<ArticleDraft> {
  const name = file.webkitRelativePath || file.name;
  const kind = kindOfFile(file.name, file.type);
  if (!kind) throw new InputProblem('unsupported', name);
  if (file.size > MAX_FILE_BYTES) throw new InputProblem('too-large', name);
  if (file.size === 0) throw new InputProblem('empty', name);
  const text = decodeBytes(new Uint8Array(await file.arrayBuffer()), name, kind);
  if (kind === 'html') {
    const draft = articleFromHtml(text, name, parseHtml);
    checkArticleText(draft.text, name);
    return draft;
  }
  const body = kind === 'markdown' ? markdownToText(text) : text;
  checkArticleText(body, name);
  return { title: titleOf(body), text: body, fileName: name };
}
