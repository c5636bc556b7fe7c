/**
 * An `edited` mark in plain English, for the CSV `edited` column and tools that read one string
 * (the app says it in the interface language).
 */
import type { EditMark } from '../../core/types.ts';

const WORDS: Record<string, string> = {
  rename: 'renamed',
  retype: 'kind changed',
  merge: 'merged',
  split: 'split',
  delete: 'entity deleted',
  'add-entity': 'mention added',
  speaker: 'speaker changed',
  mode: 'mode changed',
  'add-statement': 'statement added',
  mention: 'mentions changed',
  member: 'members changed',
  head: 'head changed',
};

export function markText(mark: EditMark): string {
  const what = WORDS[mark.op] ?? mark.op;
  const from = mark.from ?? '—';
  const to = mark.to ?? '—';
  if (mark.from === undefined && mark.to === undefined) return what;
  return mark.from === undefined ? `${what}: ${to}` : `${what}: ${from} → ${to}`;
}
