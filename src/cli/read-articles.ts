/**
 * Reading articles from disk, shared by the extract CLI and the Vite plugin that extracts data/:
 * both refuse a missing, non-UTF-8, empty, binary, too long or non-Arabic file with one clear
 * line, and clean control characters at the door (same length: offsets hold).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { cleanControls, MAX_ARTICLE_CHARS, validateArticleText } from '../pipeline/index.ts';
import { checkInputFile, fileError, UserError } from './files.ts';

export class ArticleInputError extends UserError {}

/** Files named on the command line, and the .txt articles of folders, in name order. */
export function listArticleFiles(inputs: string[]): string[] {
  const files: string[] = [];
  for (const p of inputs) {
    let isFolder: boolean;
    try {
      isFolder = statSync(p).isDirectory();
    } catch (error) {
      throw new ArticleInputError(fileError('extract', p, error).message);
    }
    if (isFolder) {
      const inDir = readdirSync(p)
        .filter((f) => f.endsWith('.txt'))
        .sort();
      if (inDir.length === 0)
        throw new ArticleInputError(`extract: ${p}: folder has no .txt articles`);
      for (const f of inDir) {
        // A folder named «x.txt» inside, or a broken link, is named, not read.
        checkInputFile('extract', join(p, f));
        files.push(join(p, f));
      }
    } else {
      checkInputFile('extract', p);
      files.push(p);
    }
  }
  return files;
}

/** The article's text (without a byte-order mark, controls as spaces), or an error naming the file. */
export function readArticle(file: string): string {
  let bytes: Buffer;
  try {
    // UTF-8 takes at most 4 bytes a character: a bigger file is too long before it is read.
    if (statSync(file).size > MAX_ARTICLE_CHARS * 4)
      throw new ArticleInputError(
        `extract: ${file}: input is too long (over ${MAX_ARTICLE_CHARS.toLocaleString('en')} characters — split it into articles)`,
      );
    bytes = readFileSync(file);
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new ArticleInputError(fileError('extract', file, error).message);
  }
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
  return cleanControls(text);
}
