/**
 * Statements attributed by a source phrase rather than a speech verb: «وبحسب وزارة الصحة، فإن
 * عدد المصابين ارتفع» (the source first) and «ارتفع عدد الضحايا إلى 111، وفقا لوزارة الصحة»
 * (the source after the claim). The claim is the clause on the other side of the source.
 */
import { mentionAtToken, titleStartingAt, type Doc } from '../document.ts';
import { normalizeArabic } from '../../core/arabic.ts';
import {
  DOCUMENT_FRAME_NOUNS,
  SOURCE_PHRASE_WORDS,
  SOURCE_VERB_PHRASE_WORDS,
} from '../lexicon/discourse.ts';
import { adjectiveCountry, infoOf, readings } from '../words.ts';
import type { Token } from '../tokenize.ts';
import { wordFact, wordFlag } from '../word-facts.ts';
import { indexedWordFlag, positionsWith } from '../token-index.ts';
import { resolveInstitution, resolveTitle } from './describe.ts';
import { isQuoteMark } from './structure.ts';

/** Each phrase's words; «وفقا ل» ends in a ل glued to the source (لوزارة), read off the source. */
const PHRASES = [
  ...SOURCE_PHRASE_WORDS.map((p) => {
    const words = normalizeArabic(p).split(' ');
    const lam = words[words.length - 1] === 'ل';
    return { words: lam ? words.slice(0, -1) : words, lam, verb: false };
  }),
  ...SOURCE_VERB_PHRASE_WORDS.map((p) => ({
    words: normalizeArabic(p).split(' '),
    lam: false,
    verb: true,
  })),
];
/** The phrases whose first word a word can be (itself, or with «و»), in PHRASES order. */
const phrasesOpenedBy = wordFact((tok: Token) =>
  tok.isWord
    ? PHRASES.filter(({ words }) => tok.norm === words[0] || tok.norm === `و${words[0]}`)
    : [],
);
const opensSourcePhrase = indexedWordFlag((tok: Token) => phrasesOpenedBy(tok).length > 0);
const MIN_WORDS = 3;
const DOCUMENTS = new Set(DOCUMENT_FRAME_NOUNS.map((w) => `ال${normalizeArabic(w)}`));
/** «للبيان», «البيان», «التقرير»: the article's document named by its kind. */
const isDocumentWord = wordFlag(
  (tok: Token) => /^(و?لل|ال)/.test(tok.norm) && readings(tok).some((r) => DOCUMENTS.has(r)),
);
const MAX_CLAIM = 60;

interface Source {
  /** First token of the source phrase, and the token after its speaker. */
  from: number;
  to: number;
  speaker: string;
  /** The source is a document named by its kind (وفقا للبيان): its issuer speaks. */
  document?: boolean;
  /** «كما قالت X»: it follows its claim without a comma. */
  asSaid?: boolean;
}

/** The source phrase opening at `t` and who it names, if any; `issuer` is who spoke last (the
 * issuer of a document named by its kind). */
function sourceAt(doc: Doc, t: number, issuer?: string): Source | undefined {
  const first = doc.tokens[t];
  if (!first || !opensSourcePhrase(first)) return undefined;
  for (const { words, lam, verb } of phrasesOpenedBy(first)) {
    let j = t;
    let ok = true;
    for (const w of words) {
      const tok = doc.tokens[j];
      // The last word may carry the ل of «وفقا لـ»: «لوزارة».
      // «وبحسب»: a conjunction may lead the first word.
      if (!tok?.isWord || (tok.norm !== w && !(j === t && tok.norm === `و${w}`))) {
        ok = false;
        break;
      }
      j++;
    }
    if (!ok) continue;
    if (lam && !/^ل/.test(doc.tokens[j]?.norm ?? '')) continue;
    if (!lam && /^ل/.test(doc.tokens[j]?.norm ?? '') && words.length === 1) continue;
    // «حسبما قال/أعلن»: a speech verb between the phrase and the source; «كما» needs one.
    if (doc.tokens[j]?.isWord && infoOf(doc.tokens[j]!).cue) j++;
    else if (verb) continue;
    const found = named(doc, t, j, issuer);
    if (found && verb) found.asSaid = true;
    if (found) return found;
  }
  return undefined;
}

/** Who the source phrase from `t` names at `j`. */
function named(doc: Doc, t: number, j: number, issuer?: string): Source | undefined {
  const m = mentionAtToken(doc, j);
  // «حسبما أفاد وكالة فرانس برس المحامي X»: an outlet right after the verb, then a person or a
  // title: the outlet is the one told, the person the source.
  if (m && m.from === j && m.kind === 'organization' && infoOf(doc.tokens[j - 1]!).cue) {
    const who = mentionAtToken(doc, m.to);
    const told = titleStartingAt(doc, m.to);
    const after = told ? mentionAtToken(doc, told.to) : undefined;
    const person = who?.kind === 'person' ? who : after?.kind === 'person' ? after : undefined;
    if (person) return { from: t, to: person.to, speaker: person.key };
  }
  if (m && m.from === j && (m.kind === 'person' || m.kind === 'organization'))
    return { from: t, to: m.to, speaker: m.key };
  // «حسبما أفادت صحيفة الوطن.»: an outlet named after its media noun (its mention starts after
  // the noun, in quotes or not).
  const noun = doc.tokens[j];
  if (!m && noun?.isWord && infoOf(noun).media) {
    const quoted = isQuoteMark(doc.tokens[j + 1]);
    const outlet = mentionAtToken(doc, quoted ? j + 2 : j + 1);
    if (outlet?.kind === 'organization' && outlet.from === (quoted ? j + 2 : j + 1)) {
      const to = quoted && isQuoteMark(doc.tokens[outlet.to]) ? outlet.to + 1 : outlet.to;
      return { from: t, to, speaker: outlet.key };
    }
  }
  const title = titleStartingAt(doc, j);
  if (title) {
    const named = mentionAtToken(doc, title.to);
    if (named?.kind === 'person') return { from: t, to: named.to, speaker: named.key };
    const who = title.person ?? resolveTitle(doc, title, j);
    if (who) return { from: t, to: title.to, speaker: who };
  }
  // «ووفقا للبيان، شملت الأضرار…»: the statement already quoted speaks for its issuer.
  if (issuer && noun && isDocumentWord(noun) && !mentionAtToken(doc, j + 1))
    return { from: t, to: j + 1, speaker: issuer, document: true };
  // «وبحسب المحطة البريطانية، فإن…»: a body or outlet named before by its kind.
  const body = resolveInstitution(doc, j);
  if (body)
    return { from: t, to: adjectiveCountry(doc.tokens[j + 1]) ? j + 2 : j + 1, speaker: body };
  return undefined;
}

/** What may follow «كما قال X» when it closes a claim: the sentence's end or a comma. */
function closesClaim(tok: Token | undefined): boolean {
  if (!tok || tok.newlineBefore || ['.', '،', ',', '؛', '!', '؟'].includes(tok.text)) return true;
  // «كما قالت الربيعي وعن روايتها شرحت…»: the next clause, joined by و (not a second speaker:
  // «كما قال الوزير ورئيس الوزراء»).
  const info = tok.isWord ? infoOf(tok) : undefined;
  return !!info && /^و/.test(tok.norm) && !info.titleKey && info.givenStripped < 0;
}

/** The sentence ends at `t` (a full stop, a line break or the text's end). */
function endsSentence(doc: Doc, t: number): boolean {
  const tok = doc.tokens[t];
  return !tok || tok.newlineBefore || tok.text === '.' || doc.sentence[t] !== doc.sentence[t - 1];
}

function words(doc: Doc, from: number, to: number): number {
  let n = 0;
  for (let t = from; t < to; t++) if (doc.tokens[t]?.isWord) n++;
  return n;
}

/** Calls `emit(from, to, speaker, rule)` for each claim a source phrase attributes and no
 * statement already covers (`covered(from, to)`). */
export function findSourceFrames(
  doc: Doc,
  covered: (from: number, to: number) => boolean,
  emit: (from: number, to: number, speaker: string, rule: string) => void,
): void {
  const tokens = doc.tokens;
  // The statements found so far by start, to know who spoke last before a source phrase.
  const said = doc.statements
    .filter((s) => s.speaker)
    .map((s) => [s.start, s.speaker as string] as const)
    .sort((a, b) => a[0] - b[0]);
  let next = 0;
  let issuer: string | undefined;
  let sentenceStart = 0;
  // Only a phrase's first word opens one: those words' positions, not every token, are visited.
  const opens = positionsWith(tokens, opensSourcePhrase);
  for (let c = 0, t = -1; c < opens.length; c++) {
    const at = opens[c] as number;
    if (at <= t) continue; // inside the last source phrase
    // The last sentence start from the token after the last one visited to this one.
    for (let s = at; s > t && s > 0; s--)
      if (doc.sentence[s] !== doc.sentence[s - 1]) {
        sentenceStart = s;
        break;
      }
    t = at;
    const tok = tokens[t];
    if (!tok?.isWord || (doc.quoteOf[t] ?? -1) >= 0) continue;
    while (next < said.length && (said[next]?.[0] ?? 0) < tok.start) issuer = said[next++]?.[1];
    const source = sourceAt(doc, t, issuer);
    if (!source) continue;
    const sentence = doc.sentence[t];
    if (t === sentenceStart) {
      // The source first: the claim follows its comma (and a فإن).
      let from = source.to;
      if (tokens[from]?.text === '،' || tokens[from]?.text === ',') from++;
      // Only «فإن»/«فقد» make the rest a claim; «بحسب البيت الأبيض، ضم الوفد…» is sourced
      // narration. A document's words are its issuer's: «ووفقا للبيان، شملت الأضرار…».
      if (
        !source.document &&
        (!tokens[from]?.isWord || !/^(فان|فانه|فانها|فقد)$/.test(tokens[from]?.norm ?? ''))
      ) {
        t = source.to - 1;
        continue;
      }
      if (/^فان/.test(tokens[from]?.norm ?? '')) from++;
      let to = from;
      while (to < tokens.length && doc.sentence[to] === sentence && to - from < MAX_CLAIM) to++;
      while (to > from && !tokens[to - 1]?.isWord) to--;
      if (words(doc, from, to) >= MIN_WORDS && !covered(from, to))
        emit(from, to, source.speaker, 'source-before-content');
    } else if (
      tokens[t - 1]?.text === '،' ||
      tokens[t - 1]?.text === ',' ||
      // «كانت خجولة كما قالت X.»: «as X said» closes its sentence, with or without a comma.
      (source.asSaid && closesClaim(tokens[source.to])) ||
      // «… من حاملي الشهائد وفق سامي النجار المدير العام للشركة.»: so does a named person
      // (with the title after the name) at the sentence's end.
      (source.speaker.startsWith('person:') &&
        mentionAtToken(doc, source.to - 1)?.kind === 'person' &&
        endsSentence(doc, titleStartingAt(doc, source.to)?.to ?? source.to))
    ) {
      // The source after the claim, which runs from the sentence start to the comma.
      let from = Math.max(sentenceStart, t - MAX_CLAIM);
      if (tokens[from]?.isWord && /^(و|ف)$/.test(tokens[from]!.norm)) from++;
      const to = tokens[t - 1]?.isWord ? t : t - 1;
      if (words(doc, from, to) >= MIN_WORDS && !covered(from, to))
        emit(from, to, source.speaker, 'source-after-content');
    }
    t = source.to - 1;
  }
}
