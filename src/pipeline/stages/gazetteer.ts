/**
 * Stage: known names. Walks the lexicon trie from every word (also from its clitic-stripped
 * readings: لبوتين, بترامب, للبيت الأبيض) and keeps the longest match. Offsets start at the
 * name's own first letter.
 */
import { infoOf } from '../words.ts';
import { addMention, addRoleKey, type Doc } from '../document.ts';
import { lexicon, type KnownName, type TrieNode } from '../lexicon/index.ts';
import { normalizeArabic } from '../normalize.ts';
import { originalOffset, type Token } from '../tokenize.ts';
import { isQuoteMark } from './structure.ts';

const SOURCE_WORDS = new Set(
  [
    'بحسب',
    'حسب',
    'وفق',
    'وفقا',
    'ذكرت',
    'قالت',
    'نقلت',
    'أفادت',
    'قناة',
    'صحيفة',
    'موقع',
    'لقناة',
    'لصحيفة',
    'أوردت',
  ].map(normalizeArabic),
);

interface Match {
  entry: KnownName;
  to: number;
  stripped: number;
  restoredAl: boolean;
}

function longestFrom(
  doc: Doc,
  t: number,
  first: string,
  trie: TrieNode,
): Omit<Match, 'stripped' | 'restoredAl'> | undefined {
  let node = trie.next.get(first);
  let best: Omit<Match, 'stripped' | 'restoredAl'> | undefined;
  let j = t + 1;
  while (node) {
    if (node.entry) best = { entry: node.entry, to: j };
    const tok = doc.tokens[j];
    if (!tok) break;
    // A dash inside a name (إلمندورف-ريتشاردسون) is skipped.
    if (!tok.isWord) break;
    node = node.next.get(tok.norm);
    j++;
  }
  return best;
}

function quotedOrSourced(doc: Doc, from: number, to: number): boolean {
  const before = doc.tokens[from - 1];
  if (isQuoteMark(before) && isQuoteMark(doc.tokens[to])) return true;
  if (before && before.isWord && SOURCE_WORDS.has(before.norm)) return true;
  return false;
}

export function matchKnownNames(doc: Doc): Doc {
  const { trie } = lexicon();
  const tokens = doc.tokens;
  for (let t = 0; t < tokens.length; t++) {
    const tok = tokens[t] as Token;
    if (!tok.isWord || (doc.mentionAt[t] ?? -1) >= 0) continue;
    let best: Match | undefined;
    const starts = infoOf(tok).trieStarts;
    if (starts.length === 0) continue;
    for (const s of starts) {
      const m = longestFrom(doc, t, s.stem, trie);
      if (m && (!best || m.to > best.to))
        best = {
          ...m,
          stripped: s.stripped,
          restoredAl: s.stem.length > tok.norm.length - s.stripped,
        };
    }
    if (!best) continue;
    if (best.entry.quotedOnly && !quotedOrSourced(doc, t, best.to)) continue;
    const last = tokens[best.to - 1] as Token;
    const start = originalOffset(tok, best.stripped);
    const surface = doc.text.slice(start, last.end);
    const entry = best.entry;
    addMention(
      doc,
      {
        key: entry.key,
        kind: entry.kind,
        from: t,
        to: best.to,
        start,
        end: last.end,
        name: best.restoredAl ? 'ا' + surface : surface,
      },
      {
        labelEn: entry.labelEn,
        ...(entry.countryId ? { countryId: entry.countryId } : {}),
        ...(entry.isCountry && entry.countryId ? { lexiconId: entry.countryId } : {}),
      },
    );
    // Other spellings the lexicon knows help search and matching (تاس / وكالة تاس).
    const e = doc.entities.get(entry.key);
    if (e && entry.names)
      for (const n of entry.names) if (n !== e.label && !e.aliases.includes(n)) e.aliases.push(n);
    if (entry.kind === 'person')
      addRoleKey(doc, entry.key, lexicon().leaderRoleKeys.get(entry.key) ?? 'رئيس');
    t = best.to - 1;
  }
  return doc;
}
