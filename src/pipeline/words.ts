/**
 * Word tests shared by the stages: clitic-stripped readings of a token, and whether a token can
 * be part of a person's name.
 */
import { stems, type Stem } from './clitics.ts';
import {
  FACILITY_WORDS,
  MULTI_WORDS,
  SINGLE_WORDS,
  VERBAL_PLACE_WORDS,
} from './lexicon/placeWords.ts';
import { titleEndingAt, type Doc } from './document.ts';
import { lexicon, type TrieNode } from './lexicon/index.ts';
import type { Token } from './tokenize.ts';
import { normalizeArabic } from '../core/arabic.ts';
import { ORGANIZATION_HEADS } from './rules/organizationHeads.ts';
import { HONOREE_RANK_WORDS, NASAB_WORDS, STOP_GIVEN_WORDS } from './lexicon/nameParts.ts';
import { AFFIRMED_WORDS, DOCUMENT_FRAME_NOUNS, SPEECH_NOUNS } from './lexicon/discourse.ts';
import { wordFlag } from './word-facts.ts';
import { indexedWordFlag } from './token-index.ts';

/** Separate pronouns that given names spell once normalized (أنا / آنا). */
const PRONOUNS = new Set(['انا', 'انت', 'هو', 'هي', 'نحن', 'هم']);

/** Head nouns of organizations (وزارة، مكتب، هيئة …), as written without ال. */
const PLACE_NOUNS = new Set(
  [...SINGLE_WORDS, ...MULTI_WORDS, ...FACILITY_WORDS].map(normalizeArabic),
);

const ORGANIZATION_HEAD_WORDS = new Set(
  ORGANIZATION_HEADS.filter((r) => !r.definiteOnly).map((r) => normalizeArabic(r.head)),
);

/** Is this normalized word a place or facility noun (مدينة، مطار، ملعب)? */
export function isPlaceNoun(norm: string): boolean {
  return PLACE_NOUNS.has(norm);
}

// (Those in ة only: خطاب، حديث are family names too.)
const UTTERANCES = new Set(
  [...DOCUMENT_FRAME_NOUNS, ...SPEECH_NOUNS].filter((w) => w.endsWith('ة')).map(normalizeArabic),
);

const VERBAL_PLACE_NOUNS = new Set(VERBAL_PLACE_WORDS.map(normalizeArabic));

/** Is this normalized word a place noun that is a verbal noun too (سجن: imprisoning)? */
export function isVerbalPlaceNoun(norm: string): boolean {
  return VERBAL_PLACE_NOUNS.has(norm);
}

/** Is this normalized word (no article) the head noun of an organization (مجلس، شركة، هيئة)? */
export function isOrganizationHead(norm: string): boolean {
  return ORGANIZATION_HEAD_WORDS.has(norm);
}

export interface TrieStart extends Stem {
  node: TrieNode;
}

/** Everything the lexicons say about one normalized word, computed once per distinct word. */
export interface WordInfo {
  stems: Stem[];
  readings: string[];
  /** Readings without a leading و/ف only (cue verbs, participles). */
  conjReadings: string[];
  /** Always present (undefined when none): every WordInfo keeps one shape, so reading a field
   * in a scan's hot loop stays a monomorphic property load. */
  titleKey: string | undefined;
  /** The first reading that is a title head (what titleKey was read from), if any. */
  titleHead: string | undefined;
  adjective: string | undefined;
  cue: boolean;
  participle: boolean;
  stop: boolean;
  /** A media noun (قناة، لصحيفة). */
  media: boolean;
  /** A media noun (لقناة) or a common adjective (غربي): never part of a name. */
  notName: boolean;
  /** Clitic readings that start a known name in the lexicon trie (usually none), each with the
   * trie's node for it (looked up once per word, not per token). */
  trieStarts: TrieStart[];
  /** Clitics dropped to read a known given name, or -1. */
  givenStripped: number;
}

const cache = new Map<string, WordInfo>();
const MAX_CACHE = 100_000;

export function wordInfo(norm: string): WordInfo {
  let info = cache.get(norm);
  if (info) return info;
  const lex = lexicon();
  const st = stems(norm);
  const readings = st.map((x) => x.stem);
  const conjReadings =
    (norm[0] === 'و' || norm[0] === 'ف') && norm.length > 2 ? [norm, norm.slice(1)] : [norm];
  let titleKey: string | undefined;
  for (const r of readings) titleKey ??= lex.titleHeads.get(r);
  const adjective =
    lex.adjectives.get(norm) ?? (norm[0] === 'و' ? lex.adjectives.get(norm.slice(1)) : undefined);
  const media = readings.some((r) => lex.mediaNouns.has(r));
  info = {
    stems: st,
    readings,
    conjReadings,
    titleKey: titleKey || undefined,
    titleHead: readings.find((r) => lex.titleHeads.has(r)),
    adjective: adjective || undefined,
    cue: conjReadings.some((r) => lex.verbs.has(r)),
    participle: conjReadings.some((r) => lex.participles.has(r)),
    stop: lex.stopwords.has(norm) || (norm[0] === 'و' && lex.stopwords.has(norm.slice(1))),
    media,
    notName:
      media ||
      lex.commonAdjectives.has(norm) ||
      (norm[0] === 'و' && lex.commonAdjectives.has(norm.slice(1))),
    trieStarts: st.flatMap((x) => {
      const node = lex.trie.next.get(x.stem);
      return node ? [{ ...x, node }] : [];
    }),
    // «فالآن» is ف + الآن (now), not ف + آلان: a definite function word names nobody (وعلي
    // stays a given name: «على» is written with ى). «فأنا» is ف + the pronoun, not ف + آنا.
    givenStripped:
      st.find(
        (x) =>
          x.stem.length >= 2 &&
          lex.givenNames.has(x.stem) &&
          (x.stripped === 0 ||
            ((!x.stem.startsWith('ال') || !lex.stopwords.has(x.stem)) && !PRONOUNS.has(x.stem))),
      )?.stripped ?? -1,
  };
  // Bounded: random input must not grow memory without limit.
  if (cache.size >= MAX_CACHE) cache.clear();
  cache.set(norm, info);
  return info;
}

const NONE: string[] = [];

/** The word has readings without clitics besides itself (its stems beyond the first). */
export const hasClitics = wordFlag((tok: Token) => tok.isWord && infoOf(tok).stems.length > 1);

/** wordInfo, memoized on the token and its word (computed once per distinct word). */
export function infoOf(tok: Token): WordInfo {
  return (tok.info ??= tok.word.info ??= wordInfo(tok.norm));
}

/** The token's normalized readings: itself, then without و/ف and ب/ل/ك. */
export function readings(tok: Token | undefined): string[] {
  return tok && tok.isWord ? infoOf(tok).readings : NONE;
}

export function isStopword(norm: string): boolean {
  return lexicon().stopwords.has(norm);
}

// Asked of nearly every token by several scans, and rarely yes: the flag answers the no.
export function titleKeyOf(tok: Token | undefined): string | undefined {
  return tok && tok.isWord && hasTitleKey(tok) ? infoOf(tok).titleKey : undefined;
}

export function adjectiveCountry(tok: Token | undefined): string | undefined {
  return tok && tok.isWord && hasAdjective(tok) ? infoOf(tok).adjective : undefined;
}

export const hasTitleKey = indexedWordFlag(
  (tok: Token) => tok.isWord && infoOf(tok).titleKey !== undefined,
);
const hasAdjective = wordFlag((tok: Token) => tok.isWord && infoOf(tok).adjective !== undefined);

export function isCueVerb(tok: Token | undefined): boolean {
  return !!tok && isCueWord(tok);
}

export function isParticiple(tok: Token | undefined): boolean {
  return !!tok && isParticipleWord(tok);
}

export const isCueWord = indexedWordFlag((tok: Token) => tok.isWord && infoOf(tok).cue);
const isParticipleWord = wordFlag((tok: Token) => tok.isWord && infoOf(tok).participle);

/** Could this token be (part of) a person's name? */
export function nameLike(doc: Doc, t: number): boolean {
  const tok = doc.tokens[t];
  if (
    !tok ||
    !tok.isWord ||
    !(
      nameLikeWord(tok) ||
      givenBeforeNasab(doc, t) ||
      stopGivenName(doc, t) ||
      adjectiveGivenAfterTitle(doc, t)
    )
  )
    return false;
  const info = infoOf(tok);
  if (info.titleKey && !isGivenNameNotTitle(doc, t, info)) return false;
  if (imperfectVerbAt(doc, t, info)) return false;
  const m = doc.mentionAt[t] ?? -1;
  if (m >= 0 && doc.mentions[m]?.kind !== 'person') return false;
  return true;
}

/** «سامي النجار يعمل على…», «يرجعون الخسارة»: an imperfect verb (يفعل، يفعلون) that no given name
 * reads (يزن، يحيى are known), before the word it governs, names nobody; at a name's end
 * (كمال يلدز.) the same shape is a foreign name. */
function imperfectVerbAt(doc: Doc, t: number, info: WordInfo): boolean {
  const tok = doc.tokens[t];
  if (!tok || info.givenStripped >= 0 || !imperfectShaped(tok)) return false;
  const next = doc.tokens[t + 1];
  if (next && NASAB.has(next.norm)) return false;
  return !!next?.isWord && doc.sentence[t + 1] === doc.sentence[t] && !/^و/.test(next.norm);
}

/** The word's shape alone (يفعل، يفعلون), asked once per word: nameLike is asked often. */
const imperfectShaped = wordFlag(
  (tok: Token) => /^ي[^اوي]{3}$/.test(tok.norm) || /^ي[^اوي].{2,3}ون$/.test(tok.norm),
);

const NASAB = new Set(NASAB_WORDS.map(normalizeArabic));
const HONOREE_RANKS = new Set(HONOREE_RANK_WORDS.map(normalizeArabic));

/** الملك، الأميرة، الشيخ…: a rank that institutions are named after with its bearer's name. */
export function isHonoreeRank(tok: Token | undefined): boolean {
  return !!tok?.isWord && HONOREE_RANKS.has(tok.norm);
}
const STOP_GIVEN = new Set(STOP_GIVEN_WORDS.map(normalizeArabic));

/** صباح: an Arabic given name that is a function word too (STOP_GIVEN_WORDS). */
export function isStopGivenWord(norm: string): boolean {
  return STOP_GIVEN.has(norm);
}

/** «الشيخ صباح الأحمد»: a given name that is a function word too, before ال and a given name. */
function stopGivenName(doc: Doc, t: number): boolean {
  const tok = doc.tokens[t];
  const next = doc.tokens[t + 1];
  if (!tok || !STOP_GIVEN.has(tok.norm) || !next?.isWord) return false;
  if (!hasArticle(next)) return givenChainAt(doc, t);
  return lexicon().givenNames.has(next.norm.slice(2)) && !infoOf(next).stop;
}

/** «الشيخ خالد صباح ناصر الحمود الصباح»: between two given names (the person's and the
 * grandfather's), such a word is the father's name. */
function givenChainAt(doc: Doc, t: number): boolean {
  const before = doc.tokens[t - 1];
  const after = doc.tokens[t + 1];
  if (!before?.isWord || !after?.isWord || doc.sentence[t + 1] !== doc.sentence[t - 1])
    return false;
  return infoOf(before).givenStripped === 0 && infoOf(after).givenStripped === 0;
}

/** «الأمير تركي بن عبدالله», «فلسطين بنت …»: a word that reads as a nationality or a place
 * (تركي: Turkish), or as a verb (يزيد), is a given name when بن/بنت follows it with a name. */
function givenBeforeNasab(doc: Doc, t: number): boolean {
  const tok = doc.tokens[t];
  const next = doc.tokens[t + 1];
  const after = doc.tokens[t + 2];
  if (!tok?.isArabic || !next?.isWord || !NASAB.has(next.norm) || !after?.isWord) return false;
  const info = infoOf(tok);
  // «الأمير يزيد بن سامي»: so is a word shaped like an imperfect verb (يزيد: increases).
  return (
    !hasArticle(tok) &&
    !info.stop &&
    !info.cue &&
    !info.titleKey &&
    (!!info.adjective || imperfectShaped(tok))
  );
}

/** «المستشار كامل الدباغ»: a given name that is a common adjective too (كامل: complete) is the
 * name right after a title phrase, before a family name in ال («الشكل الكامل» has no title
 * before it, and an adjective after a definite title would be definite). */
function adjectiveGivenAfterTitle(doc: Doc, t: number): boolean {
  const tok = doc.tokens[t];
  const next = doc.tokens[t + 1];
  // nameLike asks this of every word it turns down: one bit answers for most of them.
  if (!tok || !isAdjectiveGivenName(tok) || !next?.isWord) return false;
  if (doc.sentence[t + 1] !== doc.sentence[t] || !titleEndingAt(doc, t)) return false;
  const family = infoOf(next);
  return hasArticle(next) && !family.stop && !family.adjective && !family.notName && !family.cue;
}

/** كامل، جميل: a given name the lexicon also lists as a common adjective. */
const isAdjectiveGivenName = wordFlag((tok: Token): boolean => {
  const info = infoOf(tok);
  return tok.isArabic && info.notName && info.givenStripped === 0 && !info.media;
});

/** What nameLike asks of the word itself, wherever it stands (every test rules it out). */
/** The nouns an affirmation takes as its claim (وجود، ضرورة، أهمية), normalized: read here and
 * by stages/cueVerbs.ts. */
export const AFFIRMED_NOUNS = new Set(AFFIRMED_WORDS.map(normalizeArabic));
const nameLikeWord = wordFlag((tok: Token): boolean => {
  if (!tok.isArabic || tok.norm.length < 2) return false;
  const n = tok.norm;
  if (hasArticle(tok)) return false;
  const info = infoOf(tok);
  if (info.stop || info.notName || info.adjective || info.cue || info.participle) return false;
  if (/[0-9٠-٩]/.test(n)) return false;
  // «ألقى سامي النجار كلمة…»: a speech, a statement, a letter is what someone gave, never a
  // name (a given name such as لقاء excepted).
  if (UTTERANCES.has(n) && info.givenStripped !== 0) return false;
  // «أعلن مكتب …», «قالت هيئة …»: an institution noun is never a name.
  if (
    ORGANIZATION_HEAD_WORDS.has(n) ||
    (/^[وفبل]/.test(n) && ORGANIZATION_HEAD_WORDS.has(n.slice(1))) ||
    // «بقلعة», «ومدينة»: a place noun with a clitic starts a phrase, not a name part.
    (/^[وفبل]/.test(n) && PLACE_NOUNS.has(n.slice(1)))
  )
    return false;
  // «بوجود», «بدعوة»: a preposition glued to a noun an affirmation takes (وجود، دعوة) is the
  // verb's complement («وزعم الوزير بوجود…»), never a name.
  if (/^[بل]/.test(n) && info.givenStripped !== 0 && AFFIRMED_NOUNS.has(n.slice(1))) return false;
  // «لهؤلاء», «بذلك»: a preposition glued to a function word (a known given name such as لانا
  // excepted).
  if (info.givenStripped !== 0 && info.stems.some((x) => x.stripped > 0 && isStopword(x.stem)))
    return false;
  // A possessive ending (لمصلحتها، بلادهم) marks a common noun; so does a function word with a
  // pronoun (أمامه، لديه، عليها).
  if (n.length >= 5 && /(ها|هم|هما|كم)$/.test(n)) return false;
  // «بهزيمته», «لقائه»: a preposition and a pronoun around a noun (ه as written, not ة).
  if (n.length >= 5 && /^[بل]/.test(n) && /ه[\u064B-\u065F]*$/.test(tok.text)) return false;
  const pronoun = /(ه|ها|هم|هما|كم|نا)$/.exec(n);
  // (A known given name is no such pair: لانا is not لا + نا.)
  if (pronoun && isStopword(n.slice(0, -pronoun[0].length)) && info.givenStripped !== 0)
    return false;
  // «ليتحدث», «ليؤكد», «ليستقبل»: ل of purpose before an imperfect verb of the derived forms
  // (يتفعّل، يؤفعل، يستفعل) — no name begins so. The verb keeps its root's letters after the
  // prefix: «فليتشر» (Fletcher) is too short to be ف + ل + يتفعل.
  if (/^[وف]?ل(يت...|يؤ..|يست...)/.test(n) && n.length >= 6) return false;
  // Tanween marks an adverb or an indefinite noun (نادراً، جيداً), never a name.
  if (/[\u064B-\u064D]/.test(tok.text)) return false;
  // «حكمت بتأييد الحكم», «بإعدام»: ب before a verbal noun in تـ or a hamza is a phrase, not a
  // name (بتول, a given name, is known).
  // A Hebrew name in ئيل (بتسلئيل) is no verbal noun.
  const bare = tok.text.replace(/[\u064B-\u065F\u0640]/g, '');
  if (/^ب[تإأ]/.test(bare) && !/ئيل$/.test(bare) && info.givenStripped < 0) return false;
  return true;
});

/** Starts with the article ال (also after و ب ل ف ك), not with a name such as إلمندورف. */
export const hasArticle: (tok: Token) => boolean = wordFlag(computeHasArticle);

function computeHasArticle(tok: Token): boolean {
  const n = tok.norm;
  if (n.startsWith('لل')) return true;
  const at = n.startsWith('ال') ? 0 : /^[وفبك]ال/.test(n) ? 1 : /^[وف][بلك]ال/.test(n) ? 2 : -1;
  // «فال» (a given name) is no ف + ال: the article needs a word after it.
  if (at < 0 || n.length < at + 4) return false;
  // The alif of the article is a plain alif (or wasla) as written; إل/أل start a name.
  let seen = 0;
  for (const ch of tok.text) {
    if (/[\u064B-\u065F\u0670\u0640]/.test(ch)) continue;
    if (seen === at) return ch === 'ا' || ch === 'ٱ';
    seen++;
  }
  return false;
}

/** What makes «أمين» a title (أمين عام، أمين سر); otherwise it is a given name (أمين الناصر). */
const TITLE_COMPLEMENTS = new Set(['عام', 'سر', 'العام', 'السر', 'الصندوق']);

function isGivenNameNotTitle(doc: Doc, t: number, info: WordInfo): boolean {
  return info.givenStripped === 0 && !TITLE_COMPLEMENTS.has(doc.tokens[t + 1]?.norm ?? '');
}

/**
 * «… الكعبي إن», «… الزبيدي،»: a family nisba (ال, three letters or more, ي) that no lexicon
 * reads as a nationality, an adjective, a title or a function word, and that a comma, a colon,
 * أن/إن or a speech verb closes at once. Relational adjectives in ي (الصحي، الاقتصادي) qualify
 * a noun and go on, or are known; a family name ends the phrase before what the person said.
 */
export function closingFamilyNisba(doc: Doc, t: number): boolean {
  const tok = doc.tokens[t];
  if (!tok?.isArabic || !isNisbaShaped(tok)) return false;
  const next = doc.tokens[t + 1];
  if (!next || doc.sentence[t + 1] !== doc.sentence[t]) return false;
  if (!next.isWord) return next.text === '،' || next.text === ',' || next.text === ':';
  return /^(ب)?ان$/.test(next.norm) || infoOf(next).cue;
}

const isNisbaShaped = wordFlag((tok: Token): boolean => {
  if (!/^ال.{3,}ي$/.test(tok.norm) || !hasArticle(tok)) return false;
  const info = infoOf(tok);
  return (
    !info.adjective &&
    !info.notName &&
    !info.stop &&
    !info.titleKey &&
    !info.cue &&
    !info.participle
  );
});

/**
 * «مديرة المدرسة وجدان الكعبي إن», «الدكتور صباح الجبوري إن», «العقيد فاخر الزبيدي أن»: right
 * after a title, a word that could be a given name though a lexicon reads it otherwise (و + a
 * noun, ف + a function word, a function word that is a given name too) is the given name when a
 * closing family nisba follows it. Still never a title, a speech verb, an institution, a speech
 * noun, a word with the article or with tanween.
 */
export function givenNameBeforeNisba(doc: Doc, t: number): boolean {
  const tok = doc.tokens[t];
  if (!tok?.isArabic || !tok.isWord || tok.norm.length < 3 || hasArticle(tok)) return false;
  if (doc.sentence[t + 1] !== doc.sentence[t] || !closingFamilyNisba(doc, t + 1)) return false;
  const info = infoOf(tok);
  if (info.titleKey || info.cue || info.participle || info.adjective || info.notName) return false;
  if (info.stop && !STOP_GIVEN.has(tok.norm)) return false;
  if (/[\u064B-\u064D]/.test(tok.text) || /[0-9٠-٩]/.test(tok.norm)) return false;
  const n = tok.norm;
  return (
    !UTTERANCES.has(n) &&
    !ORGANIZATION_HEAD_WORDS.has(n) &&
    !ORGANIZATION_HEAD_WORDS.has(n.slice(1))
  );
}
