/**
 * Reading articles from disk, shared by the extract CLI and the Vite plugin that extracts data/:
 * both refuse a missing, non-UTF-8, empty, binary or non-Arabic file with one clear line.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { validateArticleText } from '../pipeline/index.ts';

export class ArticleInputError extends Error {}

/** Files named on the command line, and the .txt articles of folders, in name order. */
export function listArticleFiles(inputs: string[]): string[] {
  const files: string[] = [];
  for (const p of inputs) {
    if (!existsSync(p)) throw new ArticleInputError(`extract: ${p}: no such file or folder`);
    if (statSync(p).isDirectory()) {
      const inDir = readdirSync(p)
        .filter((f) => f.endsWith('.txt'))
        .sort();
      if (inDir.length === 0)
        throw new ArticleInputError(`extract: ${p}: folder has no .txt articles`);
      files.push(...inDir.map((f) => join(p, f)));
    } else files.push(p);
  }
  return files;
}

/** The article's text (without a byte-order mark), or an error naming the file. */
export function readArticle(file: string): string {
  const bytes = readFileSync(file);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ArticleInputError(
      `extract: ${file}: not valid UTF-8 (expected Arabic text in UTF-8)`,
    );
  }
  text = text.replace(/^\uFEFF/, '');
  try {
    validateArticleText(text);
  } catch (err) {
    const msg = err instanceof Error ? err.message.replace(/^extract: /, '') : String(err);
    throw new ArticleInputError(`extract: ${file}: ${msg}`);
  }
  return text;
}
