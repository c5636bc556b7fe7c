/**
 * Reading a corrections file back: validated by a schema of every edit, with an error that says
 * where the file is wrong. Loaded on demand by the app (the validator is not small).
 */
import { z } from 'zod';
import { ENTITY_KINDS, STATEMENT_MODES } from '../../core/types.ts';
import { CORRECTIONS_FORMAT, CORRECTIONS_VERSION, type CorrectionsFile } from './corrections.ts';

// No `new Function` probe or compiled parsers: the app's CSP allows no eval (src/build/csp.ts).
z.config({ jitless: true });

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
