/**
 * Which node keys from different articles are the same real entity. Outlets transliterate
 * foreign names differently (سيرغي/سيرجي لافروف, بيلوسوف/بيلاوسوف, أنكوراج/أنكوريج), so names are
 * compared by a consonant skeleton; a surname alone joins the one full name that ends with it.
 */
import { normalizeForMatch } from '../core/arabic.ts';
import type { ExtractedEntity } from '../core/types.ts';

const FOLD: Record<string, string> = {
  غ: 'ج',
  ق: 'ج',
  ط: 'ت',
  ص: 'س',
  ض: 'د',
  ظ: 'ز',
  ذ: 'ز',
  ث: 'س',
  ة: 'ه',
};
const VOWELS = new Set(['ا', 'و', 'ي', 'ى', 'ء', 'ئ', 'ؤ']);

/** The consonants of a name: long vowels dropped (but a word's first letter), g-sounds folded. */
export function skeleton(name: string): string {
  return normalizeForMatch(name)
    .split(' ')
    .map((word) => {
      let out = '';
      for (let i = 0; i < word.length; i++) {
        const ch = FOLD[word[i] ?? ''] ?? word[i] ?? '';
        if (i > 0 && VOWELS.has(ch)) continue;
        if (out.endsWith(ch)) continue;
        out += ch;
      }
      return out;
    })
    .join(' ');
}

/** key → the key it merges into (only keys that move are listed). */
export function mergeKeys(entities: ExtractedEntity[]): Map<string, string> {
  const alias = new Map<string, string>();
  // Same kind and same skeleton: one node; the key seen first (and its entity) wins.
  const bySkeleton = new Map<string, string>();
  for (const e of entities) {
    // A side belongs to its article's event (its key names the article): «الجانب الأمريكي» of
    // two meetings is never fused by its name.
    if (e.kind === 'delegation') continue;
    const id = `${e.kind}|${skeleton(e.label)}`;
    const first = bySkeleton.get(id);
    if (first === undefined) bySkeleton.set(id, e.key);
    else if (first !== e.key) alias.set(e.key, first);
  }
  const target = (k: string): string => alias.get(k) ?? k;
  // A surname alone joins the one longer name ending with it.
  const bySurname = new Map<string, Set<string>>();
  for (const e of entities) {
    if (e.kind !== 'person') continue;
    const words = skeleton(e.label).split(' ');
    if (words.length < 2) continue;
    const last = words[words.length - 1] ?? '';
    if (!bySurname.has(last)) bySurname.set(last, new Set());
    bySurname.get(last)?.add(target(e.key));
  }
  for (const e of entities) {
    if (e.kind !== 'person') continue;
    const words = skeleton(e.label).split(' ');
    if (words.length !== 1) continue;
    const full = bySurname.get(words[0] ?? '');
    if (full && full.size === 1) alias.set(e.key, [...full][0] as string);
  }
  // Resolve chains (a → b → c).
  for (const [k, v] of alias) alias.set(k, target(v) === k ? v : target(v));
  return alias;
}
