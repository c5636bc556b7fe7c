/**
 * The gold annotation format (../shared/corpus/README.md), validated on load.
 */
import { z } from 'zod';

const kindSchema = z.union([z.string(), z.array(z.string())]);

export const goldSchema = z.object({
  article: z.string(),
  note: z.string().optional(),
  /** The article's field (politics, sports…), for per-field scores. */
  field: z.string().optional(),
  entities: z.array(
    z
      .object({
        id: z.string(),
        kind: kindSchema,
        names: z.array(z.string()),
        optional: z.boolean().optional(),
        delegation: z.string().optional(),
        head: z.boolean().optional(),
        role: z.string().optional(),
        country: z.string().optional(),
      })
      .passthrough(),
  ),
  statements: z.array(
    z
      .object({
        id: z.string(),
        speaker: z.string().nullable(),
        key: z.string(),
        mode: z.string().optional(),
        mentions: z.array(z.string()).optional(),
      })
      .passthrough(),
  ),
  optionalStatements: z
    .array(
      z
        .object({ id: z.string(), speaker: z.string().nullable().optional(), key: z.string() })
        .passthrough(),
    )
    .default([]),
});

export type Gold = z.infer<typeof goldSchema>;
export type GoldEntity = Gold['entities'][number];

export function parseGold(json: unknown, where: string): Gold {
  const r = goldSchema.safeParse(json);
  if (!r.success) {
    const issue = r.error.issues[0];
    throw new Error(
      `eval: invalid gold file ${where} at ${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}`,
    );
  }
  return r.data;
}

export function kindsOf(e: GoldEntity): string[] {
  return Array.isArray(e.kind) ? e.kind : [e.kind];
}
