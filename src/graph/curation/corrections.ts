/**
 * The corrections file: the edits as JSON, for version control beside the articles and for
 * `npm run extract -- … --corrections corrections.json`; documented in the README. Reading one
 * back (with validation) is ./parse.ts, kept apart so the app loads the validator only on import.
 */
import type { ArticleRecord } from '../../core/types.ts';
import type { Edit } from './types.ts';

export const CORRECTIONS_FORMAT = 'isnad-corrections';
export const CORRECTIONS_VERSION = 1;

export interface CorrectionsFile {
  format: typeof CORRECTIONS_FORMAT;
  version: typeof CORRECTIONS_VERSION;
  /** The articles the edits were made on (id and title), to tell a reader what they are for. */
  articles: { id: string; title: string }[];
  edits: Edit[];
}

export function toCorrectionsFile(
  articles: readonly ArticleRecord[],
  edits: readonly Edit[],
): CorrectionsFile {
  return {
    format: CORRECTIONS_FORMAT,
    version: CORRECTIONS_VERSION,
    articles: articles.map((a) => ({ id: a.id, title: a.title })),
    edits: [...edits],
  };
}
