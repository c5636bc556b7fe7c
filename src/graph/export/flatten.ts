/**
 * GEXF, GraphML and CSV cells only hold scalars: lists become one readable string.
 * `mentions` → `seed@120-126; seed@300-305` (article@start-end, offsets into the article text),
 * `edited` marks → `speaker changed: X → Y | mode changed: direct → reported`, other lists
 * (aliases) → `a | b`.
 */
import { markText } from '../curation/describe.ts';
import type { EditMark, Mention } from '../types';

export type Scalar = string | number | boolean;

export const LIST_SEPARATOR = ' | ';

export function flattenMentions(mentions: readonly Mention[] | undefined): string {
  return (mentions ?? []).map((m) => `${m.article}@${m.start}-${m.end}`).join('; ');
}

export function flattenValue(key: string, value: unknown): Scalar | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return value;
  if (key === 'mentions' && Array.isArray(value)) return flattenMentions(value as Mention[]);
  if (key === 'edited' && Array.isArray(value))
    return (value as EditMark[]).map(markText).join(LIST_SEPARATOR);
  if (Array.isArray(value)) return value.map((item) => flattenItem(item)).join(LIST_SEPARATOR);
  return JSON.stringify(value);
}

function flattenItem(item: unknown): string {
  return typeof item === 'object' && item !== null ? JSON.stringify(item) : String(item);
}

/** Every attribute as a scalar; undefined and null ones are left out. */
export function flattenAttributes(attributes: Record<string, unknown>): Record<string, Scalar> {
  const flat: Record<string, Scalar> = {};
  for (const [key, value] of Object.entries(attributes)) {
    const scalar = flattenValue(key, value);
    if (scalar !== undefined) flat[key] = scalar;
  }
  return flat;
}
