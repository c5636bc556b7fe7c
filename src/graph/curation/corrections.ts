/**
 * The corrections file: the edits as JSON, for version control beside the articles and for
 * `npm run extract -- … --corrections corrections.json`. Read back with validation and a clear
 * error; the format is documented in the README.
 */
import { z } from 'zod';
import { ENTITY_KINDS, STATEMENT_MODES, type ArticleRecord } from '../../core/types.ts';
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

export class CorrectionsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CorrectionsError';
  }
}

const span = z.object({
  article: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
const entity = z.object({ key: z.string(), label: z.string(), at: span.optional() });
const kind = z.enum(ENTITY_KINDS);
const mode = z.enum(STATEMENT_MODES);

const edit = z.discriminatedUnion('op', [
  z.object({ op: z.literal('rename'), entity, label: z.string() }),
  z.object({ op: z.literal('retype'), entity, kind }),
  z.object({
    op: z.literal('merge'),
    into: entity,
    others: z.array(entity).min(1),
    label: z.string(),
  }),
  z.object({ op: z.literal('split'), entity, mentions: z.array(span).min(1), label: z.string() }),
  z.object({ op: z.literal('delete'), entity }),
  z.object({ op: z.literal('add-entity'), kind, label: z.string(), at: span }),
  z.object({ op: z.literal('speaker'), statement: span, speaker: entity.nullable() }),
  z.object({ op: z.literal('mode'), statement: span, mode }),
  z.object({ op: z.literal('reject'), statement: span }),
  z.object({ op: z.literal('add-statement'), at: span, speaker: entity.nullable(), mode }),
  z.object({ op: z.literal('mention'), statement: span, entity, present: z.boolean() }),
  z.object({ op: z.literal('member'), delegation: entity, person: entity, present: z.boolean() }),
  z.object({ op: z.literal('head'), delegation: entity, person: entity.nullable() }),
]);

const file = z.object({
  format: z.literal(CORRECTIONS_FORMAT),
  version: z.literal(CORRECTIONS_VERSION),
  articles: z.array(z.object({ id: z.string(), title: z.string() })).default([]),
  edits: z.array(edit),
});

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

/** A parsed corrections file, or a CorrectionsError saying where it is wrong. */
export function parseCorrections(json: unknown): CorrectionsFile {
  const parsed = file.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? issue.path.join('.') || '(root)' : '(root)';
    throw new CorrectionsError(
      `corrections: invalid file at ${where}: ${issue?.message ?? 'unknown error'} (expected an Isnad corrections file, format "${CORRECTIONS_FORMAT}", version ${CORRECTIONS_VERSION})`,
    );
  }
  return parsed.data as CorrectionsFile;
}

/**
 * Which articles a set of edits belongs to: their ids and a checksum of their texts, so edits
 * stored for one article set are found again after it is extracted again (the text is the same,
 * the extraction may not be).
 */
export function articleSetKey(articles: readonly ArticleRecord[]): string {
  let hash = 0x811c9dc5;
  for (const article of articles) {
    const text = `${article.id}\u0000${article.text}\u0000`;
    for (let i = 0; i < text.length; i++) {
      hash ^= text.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
  }
  return `${articles.map((a) => a.id).join('+')}:${hash.toString(16).padStart(8, '0')}`;
}
