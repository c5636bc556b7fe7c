/**
 * Stage: known names. Walks the lexicon trie from every word (also from its clitic-stripped
 * readings: لبوتين, بترامب, للبيت الأبيض) and keeps the longest match. Offsets start at the
 * name's own first letter.
 */
import { adjectiveCountry, hasArticle, infoOf } from '../words.ts';
import { addAlias, addMention, addRoleKey, type Doc } from '../document.ts';
import { lexicon, type KnownName, type TrieNode } from '../lexicon/index.ts';
import { normalizeArabic } from '../../core/arabic.ts';
import { originalOffset, tokenAt, type Token } from '../tokenize.ts';
import { isQuoteMark } from './structure.ts';
import { wordFlag } from '../word-facts.ts';
import { indexedWordFlag, positionsWith } from '../token-index.ts';
import { SOURCE_NOUNS } from '../lexicon/discourse.ts';
import { AMBIGUOUS_PLACES, COMMON_WORD_PLACES } from '../lexicon/ambiguousPlaces.ts';
import { COMPETITION_WORDS, EVENT_WORDS } from '../lexicon/placeWords.ts';

const SOURCE_WORDS = new Set(SOURCE_NOUNS.map(normalizeArabic));
/** A reading of the word starts a name in the lexicon trie (few words do). */
const startsKnownName = indexedWordFlag((tok: Token) => infoOf(tok).trieStarts.length > 0);
/** A reading of the word is a known name by itself (most words that start one, such as أن or
 * علي, start only longer ones: without a next word that goes on a name, they match nothing). */
const isKnownNameAlone = wordFlag((tok: Token) =>
  infoOf(tok).trieStarts.some((s) => s.node.entry !== undefined),
);

/** Every word of a known name but its first (the trie's keys below its root), gathered once. */
let laterWords: Set<string> | undefined;
function gatherLaterWords(node: TrieNode, into: Set<string>): Set<string> {
  for (const [word, child] of node.next) {
    if (node !== lexicon().trie) into.add(word);
    gatherLaterWords(child, into);
  }
  return into;
}
/** The word is the second or a later word of some known name. */
const continuesKnownName = wordFlag((tok: Token) =>
  (laterWords ??= gatherLaterWords(lexicon().trie, new Set())).has(tok.norm),
);

interface Match {
  entry: KnownName;
  to: number;
}

/** The longest known name from token `t`, whose reading `first` (the trie's node for it) starts
 * one. */
function longestFrom(doc: Doc, t: number, first: TrieNode): Match | undefined {
  let node: TrieNode | undefined = first;
  let best: Match | undefined;
  let j = t + 1;
  while (node) {
    if (node.entry) best = { entry: node.entry, to: j };
    const tok = tokenAt(doc.tokens, j);
    if (!tok) break;
    // A dash inside a name (إلمندورف-ريتشاردسون) is skipped.
    if (!tok.isWord) break;
    // Most words go on no known name: a bit on the token spares the look-up.
    node = continuesKnownName(tok) ? node.next.get(tok.norm) : undefined;
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
  const lex = lexicon();
  const tokens = doc.tokens;
  const aliased = new Set<string>();
  const firstWords = positionsWith(tokens, startsKnownName);
  for (let c = 0, t = -1; c < firstWords.length; c++) {
    if ((firstWords[c] as number) <= t) continue; // inside the last name found
    t = firstWords[c] as number;
    const tok = tokens[t] as Token;
    if (!tok.isWord || (doc.mentionAt[t] ?? -1) >= 0) continue;
    if (!startsKnownName(tok)) continue;
    if (!isKnownNameAlone(tok)) {
      const next = tokenAt(tokens, t + 1);
      if (!next || !next.isWord || !continuesKnownName(next)) continue;
    }
    const starts = infoOf(tok).trieStarts;
    // The longest match over the clitic readings of this word.
    let entry: KnownName | undefined;
    let to = -1;
    let stripped = 0;
    let restoredAl = false;
    for (const s of starts) {
      const m = longestFrom(doc, t, s.node);
      if (m && m.to > to) {
        entry = m.entry;
        to = m.to;
        stripped = s.stripped;
        restoredAl = s.stem.length > tok.norm.length - s.stripped;
      }
    }
    if (!entry) continue;
    if (entry.quotedOnly && !quotedOrSourced(doc, t, to)) continue;
    // «العاصمة السعودية الرياض», «الأراضي السعودية»: a country's name that is also its feminine
    // adjective describes the definite noun before it.
    if (to === t + 1 && entry.isCountry && stripped === 0 && describesNounBefore(doc, t)) continue;
    // «كأس آسيا», «دوري أبطال أوروبا»: the place names the competition.
    // «مهرجان نابلس», «اتفاق الدوحة»: or the event (EVENT_WORDS).
    if (
      entry.kind === 'place' &&
      stripped === 0 &&
      t > 0 &&
      namesCompetition(tokens[t - 1] as Token)
    )
      continue;
    // «سورياً», «مصرياً»: a place's name takes no tanween; a last word written with one is an
    // indefinite noun or adjective (a Syrian), not the place.
    if (entry.kind === 'place' && /[\u064B-\u064D]/.test((tokens[to - 1] as Token).text)) continue;
    // A town spelled like a common word (صور: pictures) only where the article names its
    // country (lexicon COMMON_WORD_PLACES).
    if (
      to === t + 1 &&
      entry.kind === 'place' &&
      !commonWordPlaceHere(doc, tok.norm.slice(stripped))
    )
      continue;
    // «عمان»: Amman or Oman, as the article's other words say.
    if (to === t + 1 && !tok.text.includes('\u0651'))
      entry = placeReading(doc, tok.norm.slice(stripped)) ?? entry;
    // «صوّر» (he filmed) is not «صور» (Tyre): a short one-word name written with a shadda its
    // lexicon spellings lack is another word (and «عمّان» the city keeps its own shadda).
    // Only short names are at risk of being a verb (صور، جدة read as جدّة is still the city).
    if (
      to === t + 1 &&
      tok.norm.length - stripped <= 3 &&
      tok.text.includes('\u0651') &&
      !entry.names?.some((n) => n.includes('\u0651'))
    )
      continue;
    // «محمد بن سلمان آل سعود»: a known person's name goes on with the family after آل.
    if (
      entry.kind === 'person' &&
      tokenAt(tokens, to)?.norm === 'ال' &&
      tokenAt(tokens, to + 1)?.isWord &&
      !infoOf(tokens[to + 1] as Token).stop &&
      doc.sentence[to + 1] === doc.sentence[t]
    )
      to += 2;
    // «الصليب الأحمر اللبناني»: a movement of national societies with a nationality after it is
    // that country's own society, a body of its own (not the international committee).
    const national =
      entry.nationalBranches === true &&
      to < doc.sentence.length &&
      doc.sentence[to] === doc.sentence[t] &&
      tokens[to]?.isWord === true &&
      hasArticle(tokens[to] as Token) &&
      !!adjectiveCountry(tokens[to]);
    if (national) {
      const end = (tokens[to] as Token).end;
      const start = originalOffset(tok, stripped);
      // «للصليب الأحمر اللبناني»: the article that «لل» swallowed comes back, as for a known name.
      const name = (restoredAl ? 'ا' : '') + doc.text.slice(start, end);
      const branch = addMention(doc, {
        key: `organization:${normalizeArabic(name)}`,
        kind: 'organization',
        from: t,
        to: to + 1,
        start,
        end,
        name,
        reason: { rule: 'national-branch', cue: (tokens[to] as Token).text },
      });
      // The kind's own names (مجلس النواب) are spellings of the country's body too: search
      // and matching find it by them.
      for (const n of entry.names ?? []) addAlias(branch, n);
      t = to;
      continue;
    }
    const last = tokens[to - 1] as Token;
    const start = originalOffset(tok, stripped);
    const surface = doc.text.slice(start, last.end);
    const mention = {
      key: entry.key,
      kind: entry.kind,
      from: t,
      to,
      start,
      end: last.end,
      name: restoredAl ? 'ا' + surface : surface,
      reason: { rule: 'lexicon' },
    };
    const e = addMention(doc, mention, extraOf(entry));
    // Other spellings the lexicon knows help search and matching (تاس / وكالة تاس).
    if (entry.names && !aliased.has(entry.key)) {
      aliased.add(entry.key);
      for (const n of entry.names) addAlias(e, n);
    }
    if (entry.kind === 'person')
      addRoleKey(doc, entry.key, lex.leaderRoleKeys.get(entry.key) ?? 'رئيس');
    // «شركة الاتصالات السعودية», «صحيفة عكاظ»: the body's kind before its known name is a
    // spelling of it too.
    const before = tokens[t - 1];
    const kind = entry.kind === 'organization' && stripped === 0 ? kindNounOf(before) : undefined;
    if (before && kind) {
      const alias = `${doc.text.slice(originalOffset(before, before.norm.length - kind.length), before.end)} ${e.label}`;
      if (!e.aliases.includes(alias)) e.aliases.push(alias);
    }
    t = to - 1;
  }
  return doc;
}

const COMPETITION = new Set([...COMPETITION_WORDS, ...EVENT_WORDS].map(normalizeArabic));
const namesCompetition = wordFlag(
  (tok: Token) => tok.isWord && infoOf(tok).readings.some((r) => COMPETITION.has(r)),
);

/** The word at `t` is a nationality adjective (السعودية) after a definite noun in ة or ات. */
function describesNounBefore(doc: Doc, t: number): boolean {
  const tok = doc.tokens[t];
  const before = doc.tokens[t - 1];
  if (!tok || !before?.isWord || !lexicon().adjectives.has(tok.norm)) return false;
  const info = infoOf(before);
  return /^ال/.test(before.norm) && /(ه|ات)$/.test(before.norm) && !info.stop && !info.cue;
}

interface Ambiguity {
  spelling: string;
  other: KnownName;
  otherSigns: Set<string>;
  defaultSigns: Set<string>;
}
let ambiguities: Ambiguity[] | undefined;
/** Per document: the spellings read as their other place (counted once, on first need). */
const otherReadings = new WeakMap<Doc, Map<string, boolean>>();

function ambiguityRows(): Ambiguity[] {
  if (ambiguities) return ambiguities;
  const lex = lexicon();
  ambiguities = [];
  for (const row of AMBIGUOUS_PLACES) {
    let node: TrieNode | undefined = lex.trie;
    for (const w of normalizeArabic(row.otherName).split(' ')) node = node?.next.get(w);
    if (!node?.entry) continue;
    ambiguities.push({
      spelling: normalizeArabic(row.spelling),
      other: node.entry,
      otherSigns: new Set(row.otherSigns.map(normalizeArabic)),
      defaultSigns: new Set(row.defaultSigns.map(normalizeArabic)),
    });
  }
  return ambiguities;
}

const LEADING_CLITIC = new Set([...'وفبل'].map((c) => c.charCodeAt(0)));

/** The word without one leading و ف ب ل (a test of its first letter, not a regex). */
function withoutLeadingClitic(norm: string): string {
  return LEADING_CLITIC.has(norm.charCodeAt(0)) ? norm.slice(1) : norm;
}

/** A sign of any ambiguity row, itself or without one leading clitic: the count below looks up
 * only such words (a bit on the token), not every word of the article. */
const ALL_SIGNS = new Set(
  AMBIGUOUS_PLACES.flatMap((row) => [...row.otherSigns, ...row.defaultSigns]).map(normalizeArabic),
);
const mayBeSign = wordFlag(
  (tok: Token) =>
    tok.isWord && (ALL_SIGNS.has(tok.norm) || ALL_SIGNS.has(withoutLeadingClitic(tok.norm))),
);

/** The ambiguity row of a spelling (the first, as the table lists them): asked of every word of
 * every organization's name, so a look-up, not a scan of the rows. */
let ambiguityBySpelling: Map<string, Ambiguity> | undefined;
function ambiguityOf(word: string): Ambiguity | undefined {
  if (!ambiguityBySpelling) {
    ambiguityBySpelling = new Map();
    for (const a of ambiguityRows())
      if (!ambiguityBySpelling.has(a.spelling)) ambiguityBySpelling.set(a.spelling, a);
  }
  return ambiguityBySpelling.get(word);
}

/** Is this normalized word a spelling that names one place or another by the article
 * (placeReading may read it otherwise)? */
export function isAmbiguousSpelling(word: string): boolean {
  return ambiguityOf(word) !== undefined;
}

const COMMON_WORD_ROWS = new Map(
  COMMON_WORD_PLACES.map((row) => [
    normalizeArabic(row.spelling),
    new Set(row.signs.map(normalizeArabic)),
  ]),
);
/** Per document: whether each common-word town's country is named in it. */
const commonWordContext = new WeakMap<Doc, Map<string, boolean>>();

/** A one-word town name (normalized) that is no common word, or whose country the article names. */
function commonWordPlaceHere(doc: Doc, word: string): boolean {
  const signs = COMMON_WORD_ROWS.get(word);
  if (!signs) return true;
  let memo = commonWordContext.get(doc);
  if (!memo) commonWordContext.set(doc, (memo = new Map()));
  let here = memo.get(word);
  if (here === undefined) {
    here = doc.tokens.some(
      (x) => x.isWord && (signs.has(x.norm) || signs.has(withoutLeadingClitic(x.norm))),
    );
    memo.set(word, here);
  }
  return here;
}

/** What a one-word ambiguous spelling (normalized) names in this article when it is not the
 * lexicon's reading; undefined otherwise. Organizations ask too (منتخب عمان). */
export function placeReading(doc: Doc, word: string): KnownName | undefined {
  const row = ambiguityOf(word);
  if (!row) return undefined;
  let memo = otherReadings.get(doc);
  if (!memo) otherReadings.set(doc, (memo = new Map()));
  let other = memo.get(row.spelling);
  if (other === undefined) {
    let otherCount = 0;
    let defaultCount = 0;
    for (const x of doc.tokens) {
      if (!x.isWord || !mayBeSign(x)) continue;
      const bare = withoutLeadingClitic(x.norm);
      if (row.otherSigns.has(x.norm) || row.otherSigns.has(bare)) otherCount++;
      else if (row.defaultSigns.has(x.norm) || row.defaultSigns.has(bare)) defaultCount++;
    }
    memo.set(row.spelling, (other = otherCount > defaultCount));
  }
  return other ? row.other : undefined;
}

const KIND_NOUNS = new Set(
  ['شركة', 'مجموعة', 'وكالة', 'صحيفة', 'جريدة', 'قناة', 'موقع', 'مجلة', 'نادي', 'فريق', 'مجمع'].map(
    normalizeArabic,
  ),
);

/** The kind noun a token is read as, without its clitics (لشركة → شركة). */
function kindNounOf(tok: Token | undefined): string | undefined {
  return tok?.isWord ? infoOf(tok).readings.find((r) => KIND_NOUNS.has(r)) : undefined;
}

type Extra = Parameters<typeof addMention>[2];
const extras = new WeakMap<KnownName, Extra>();

/** The entity facts a lexicon entry carries, built once per entry. */
function extraOf(entry: KnownName): Extra {
  let extra = extras.get(entry);
  if (!extra) {
    extra = {
      labelEn: entry.labelEn,
      ...(entry.countryId ? { countryId: entry.countryId } : {}),
      ...(entry.isCountry && entry.countryId ? { lexiconId: entry.countryId } : {}),
    };
    extras.set(entry, extra);
  }
  return extra;
}
