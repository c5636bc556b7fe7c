/**
 * The development corpus: where its third-party texts live (git-ignored, recovered on demand)
 * and how a search result becomes the exact text its checksum names.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export const CORPUS = resolve(dirname(new URL(import.meta.url).pathname));
export const TEXTS = resolve(CORPUS, '../.dev-articles/corpus');
export const GOLD = join(CORPUS, 'gold');
export const SOURCES = join(CORPUS, 'sources');

export interface Source {
  id: string;
  url: string;
  outlet: string;
  field: string;
  /** What to search for (corpus `pages`) to find the text again; the result's address is `url`. */
  query: string;
  sha256?: string;
  chars?: number;
  /** Strings the search result holds that are not the article (ads, share buttons), dropped. */
  drops?: string[];
  /** `tune` rules may be written against; `blind` is scored only before and after. */
  split?: 'tune' | 'blind';
}

/** The search result's text → the article text: a leading date marker and `drops` removed, trimmed. */
export function cleanResult(raw: string, drops: string[] = []): string {
  let text = raw.replace(/^\s*date \d{4}-\d{2}-\d{2}\s*/, '');
  for (const d of drops) text = text.split(d).join('');
  return text.trim();
}

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export function readSource(id: string): Source {
  return JSON.parse(readFileSync(join(SOURCES, `${id}.json`), 'utf8')) as Source;
}

export function sourceIds(): string[] {
  if (!existsSync(SOURCES)) return [];
  return readdirSync(SOURCES)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -5))
    .sort();
}

export function textPath(id: string): string {
  return join(TEXTS, `${id}.txt`);
}
