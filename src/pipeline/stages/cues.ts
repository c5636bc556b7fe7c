/**
 * Speech cues: speech verbs outside quotes (قال، أكد، أشار، وأضاف …), participles that open a
 * further claim by the same speaker (مؤكدًا، لافتًا إلى أن — also inside a quote), and «وأنّ…»
 * which starts a second reported claim of the same cue.
 */
import { mentionAtToken, titleStartingAt, type Doc } from '../document.ts';
import { tokenAt, type Token } from '../tokenize.ts';
import { infoOf } from '../words.ts';
import { lexicon } from '../lexicon/index.ts';
import { wordFlag } from '../word-facts.ts';
import { indexedWordFlag, positionsWith } from '../token-index.ts';
import {
  NOMINAL_WORDS,
  BY_SAYING_WORDS,
  AFFIRM_ONLY_PARTICIPLE_WORDS,
  ESPECIALLY_WORDS,
  DOCUMENT_FRAME_NOUNS,
  SPEECH_NOUNS,
} from '../lexicon/discourse.ts';
import { COLON_CARRY_VERBS, PRESENT_SPEECH_VERBS } from '../lexicon/speechVerbs.ts';
import { normalizeArabic } from '../../core/arabic.ts';
import { isAffirmedNoun } from './cueVerbs.ts';
import { documentFrameEnd, isFrameVerb } from './documentFrame.ts';
import { isComma, isQuoteMark } from './structure.ts';

export type CueKind = 'verb' | 'participle' | 'and' | 'noun';

export interface Cue {
  at: number;
  kind: CueKind;
}

const COMPLEMENTIZER = /^(ب)?ا[نن](ه|ها|هم|هما|نا|ني|ي|كم)?$/;

/** أن، إن، أنه، بأنها …: reported content starts after it. */
export function isComplementizer(tok: Token | undefined): boolean {
  return !!tok && tok.isWord && isComplementizerWord(tok);
}

/** Asked of many tokens by several stages: a bit, tested once per word. */
const isComplementizerWord = wordFlag((tok: Token) => COMPLEMENTIZER.test(tok.norm));

/** «وقال أعتقد أن…», «وأضاف أرى أن…»: a short word written with أ right before «أنّ» is a verb
 * of «I» (أعتقد، أرى، أظن، أتوقع، أؤكد) — the speaker's own words begin, no name. A name after
 * قال takes «إنّ» (وقال أنشيلوتي إن), and known given names (أحمد، أنس) are no verbs. */
export function isFirstPersonVerb(tok: Token | undefined, next: Token | undefined): boolean {
  if (!tok?.isWord || !next?.isWord || tok.norm.length > 5 || tok.norm.length < 3) return false;
  if (!tok.text.replace(/^[\u064B-\u065F\u0640]+/, '').startsWith('أ')) return false;
  if (infoOf(tok).givenStripped >= 0) return false;
  return next.norm === 'ان' && !next.text.startsWith('إ');
}

/** وأن، وأنه، وبأن، وإن هناك: a second claim under the same cue. */
export function isAndComplementizer(tok: Token | undefined, next?: Token): boolean {
  if (!tok || !tok.isWord || tok.norm.length <= 2 || tok.norm[0] !== 'و') return false;
  if (!COMPLEMENTIZER.test(tok.norm.slice(1))) return false;
  // Only a bare «وإن» can be concessive; «وإنها تقوم…», «وإنه…» carry a pronoun: a claim.
  const concessive =
    tok.norm === 'وان' && tok.text.replace(/[\u064B-\u065F\u0640]/g, '').startsWith('وإ');
  // «وإن كان» (even if), «وإن تراجعت» (and if) are no claims; «وإن هناك…», «وإن الحكومة…» are.
  return !concessive || (tok.norm === 'وان' && !!next?.isWord && /^(ال|هناك$)/.test(next.norm));
}

const DETACHED_PRONOUNS = new Set(['هو', 'هي', 'وهو', 'وهي', 'فهو', 'فهي']);

/** «وهو طالب في الكلية»: after a detached pronoun a word is the predicate of a nominal sentence (a
 * student), not a past verb (طالب: demanded), which would come first. */
export function predicateOfPronoun(doc: Doc, t: number): boolean {
  const prev = doc.tokens[t - 1];
  return (
    !!prev?.isWord && DETACHED_PRONOUNS.has(prev.norm) && doc.sentence[t - 1] === doc.sentence[t]
  );
}

export function findCues(doc: Doc): Cue[] {
  const cues: Cue[] = [];
  const tokens = doc.tokens;
  for (const t of positionsWith(tokens, mayBeCue)) {
    const tok = tokens[t];
    if (!tok?.isWord) continue;
    const info = infoOf(tok);
    // «(آفاد)», «(واس)»: a word alone in parentheses is an acronym or a name, never a cue; nor
    // is a word that names someone («"آفاد"» once known as the disaster authority).
    if (tokens[t - 1]?.text === '(' && tokens[t + 1]?.text === ')') continue;
    const named = doc.mentions[doc.mentionAt[t] ?? -1];
    if (named && (named.kind === 'organization' || named.kind === 'person')) continue;
    const q = doc.quoteOf[t] ?? -1;
    // Inside a quote that never closed, «وأضاف:» still introduces speech, and so does «وقال
    // الدكتور سامي النجار: “…”» (its subject, then a colon or a quote mark).
    const reopens = q >= 0 && doc.quotes[q]?.close === -1 && opensSpeechSoon(doc, t);
    const inQuote = q >= 0 && !doc.nameQuotes.has(q) && !reopens;
    if (
      !inQuote &&
      !describesDocument(doc, t) &&
      ((info.cue &&
        !embeddedPresent(doc, t) &&
        !embeddedPast(doc, t) &&
        !predicateOfPronoun(doc, t)) ||
        isExplainedWithShadda(tok) ||
        carriesOnBeforeColon(doc, t) ||
        explainsUnmarked(doc, t) ||
        documentFrameEnd(doc, t) >= 0 ||
        isExpressedBy(doc, t) ||
        talksAbout(doc, t))
    )
      cues.push({ at: t, kind: 'verb' });
    else if (info.participle && (!inQuote || followedByComplementizer(doc, t)))
      cues.push({ at: t, kind: 'participle' });
    else if (!inQuote && renewsStance(doc, t)) cues.push({ at: t, kind: 'participle' });
    else if (
      !inQuote &&
      tok.norm.charCodeAt(0) === 0x648 &&
      isAndComplementizer(tok, tokens[t + 1]) &&
      !ESPECIALLY.has(tokens[t - 1]?.norm ?? '')
    )
      cues.push({ at: t, kind: 'and' });
    else if (!inQuote && isNominalCue(tok)) cues.push({ at: t, kind: 'noun' });
    else if (!inQuote && bySayingBeforeWords(doc, t)) cues.push({ at: t, kind: 'noun' });
  }
  return cues;
}

/** A colon or a quote mark right after the cue, or after its subject (a title and a name, at
 * most eight words, no other punctuation between). */
function opensSpeechSoon(doc: Doc, t: number): boolean {
  for (let k = t + 1; k <= t + 9 && doc.sentence[k] === doc.sentence[t]; k++) {
    const tok = doc.tokens[k];
    if (!tok) return false;
    if (!tok.isWord)
      return /^[:“”"«]/.test(tok.text) && (k === t + 1 || !!mentionAtToken(doc, k - 1));
  }
  return false;
}

/** What every kind of cue asks of the word itself: a word that fails all of it is no cue
 * wherever it stands, so the scan skips it with one bit test. */
const mayBeCue = indexedWordFlag((tok: Token): boolean => {
  const info = infoOf(tok);
  const n = tok.norm;
  return (
    info.cue ||
    info.participle ||
    isExplainedWithShadda(tok) ||
    isColonCarry(tok) ||
    UNMARKED_EXPLAIN.test(n) ||
    isFrameVerb(tok) ||
    isExpressedWord(tok) ||
    isTalkWord(tok) ||
    isAffirmOnly(tok) ||
    (n.length > 2 && n[0] === 'و' && COMPLEMENTIZER.test(n.slice(1))) ||
    (n.length >= 7 && isNominalWord(tok)) ||
    isBySayingWord(tok)
  );
});

const ESPECIALLY = new Set(ESPECIALLY_WORDS.map(normalizeArabic));
const AFFIRM_ONLY = new Set(AFFIRM_ONLY_PARTICIPLE_WORDS.map(normalizeArabic));

/** «مجددًا دعم الحكومة …»: an adverb-like participle is a cue only before an affirmed noun. */
function renewsStance(doc: Doc, t: number): boolean {
  const tok = doc.tokens[t];
  const next = doc.tokens[t + 1];
  return !!tok && !!next?.isWord && isAffirmOnly(tok) && isAffirmedNoun(next.norm);
}

const isAffirmOnly = wordFlag((tok: Token) =>
  infoOf(tok).conjReadings.some((r) => AFFIRM_ONLY.has(r)),
);

/** «عبّر الوزير عن …», «وعبر ماركو بيتريتش، مدرب الفريق، عن …»: «عبر» (expressed) opens a
 * clause with its subject named right after it; the preposition «عبر» (via) follows a noun. */
function isExpressedBy(doc: Doc, t: number): boolean {
  const tok = doc.tokens[t];
  if (!tok?.isWord || !isExpressedWord(tok)) return false;
  const before = doc.tokens[t - 1];
  // At the clause's head: after punctuation, or a function word (فيما عبرت، كما عبر).
  const opens =
    !before || !before.isWord || doc.sentence[t - 1] !== doc.sentence[t] || infoOf(before).stop;
  if (!opens && !/^[وف]/.test(tok.norm)) return false;
  const next = doc.mentions[doc.mentionAt[t + 1] ?? -1];
  const named =
    next && next.from === t + 1 && (next.kind === 'person' || next.kind === 'organization');
  if (!named && !titleStartingAt(doc, t + 1)) return false;
  // «عن» must follow within the clause (an adjunct in commas may come first: «، خلال اجتماعه
  // مع رئيس بعثة المنظمة الدولية … محمد الحداد، عن …»).
  for (let k = t + 2; k < t + EXPRESSED_REACH && doc.sentence[k] === doc.sentence[t]; k++)
    if (doc.tokens[k]?.norm === 'عن') return true;
  return false;
}

/** «وتحدث المدرب عن أن الفريق جاهز», «وتحدث الكاتب عن روايته: "…"»: talking about something is
 * speech only when what was said follows — «عن أن…», or a colon or a quote mark after its subject
 * and topic in the same clause; «تحدث عن الأزمة» alone names a topic, no claim. */
function talksAbout(doc: Doc, t: number): boolean {
  const tok = doc.tokens[t];
  if (!tok?.isWord || !isTalkWord(tok)) return false;
  for (let k = t + 1; k < t + TALK_REACH && doc.sentence[k] === doc.sentence[t]; k++) {
    const w = doc.tokens[k];
    if (!w) return false;
    if (!w.isWord) {
      if (w.text === ':' || isQuoteMark(w)) return k > t + 1;
      if (w.text !== '،' && w.text !== ',') return false;
      continue;
    }
    if (w.norm === 'عن' && isComplementizer(doc.tokens[k + 1])) return true;
    if (infoOf(w).cue) return false;
  }
  return false;
}

/** How far after «تحدث» what was said may start, in tokens. */
const TALK_REACH = 16;

const isTalkWord = wordFlag((tok: Token): boolean => /^[وف]?تحدث(ت)?$/.test(tok.norm));

/** How far after «عبر» its «عن» may come, in tokens. */
const EXPRESSED_REACH = 32;

const isExpressedWord = wordFlag((tok: Token): boolean => /^[وف]?عبر(ت)?$/.test(tok.norm));

/** «وبيّن أن…» (explained): without its shadda the word is the preposition «بين»; «وعدّ أن…»
 * (considered) likewise is another word without it. */
const isExplainedWithShadda = wordFlag(
  (tok: Token): boolean =>
    tok.norm.length <= 4 && /^[وف]?(بيّن|عدّ)ت?$/.test(tok.text.replace(/\u0640|\u064E/g, '')),
);

const PRESENT = new Set(PRESENT_SPEECH_VERBS.map(normalizeArabic));
/** A word of `words` as written or after a و/ف joined to it, asked once per word. */
function wordOf(words: readonly string[]): (tok: Token) => boolean {
  const set = new Set(words.map(normalizeArabic));
  return wordFlag((tok: Token): boolean => set.has(tok.norm.replace(/^[وف]/, '')));
}

/** A colon or a quote mark: the words themselves follow. */
function opensWords(tok: Token | undefined): boolean {
  return tok?.text === ':' || isQuoteMark(tok);
}

const isColonCarry = wordOf(COLON_CARRY_VERBS);

/** «يتابع: "…"», «واستكمل: …»: a verb that carries the speaker on in these forms opens speech
 * only right before a colon or a quote mark. */
function carriesOnBeforeColon(doc: Doc, t: number): boolean {
  const tok = doc.tokens[t];
  return !!tok && isColonCarry(tok) && opensWords(doc.tokens[t + 1]);
}

/** «أن الوزارة تؤكد على…» (inside a claim, its subject before it), «ويتوقع أن تبدأ…» (it is
 * expected): a present-tense verb that is not at the head of its clause, or that has no subject
 * before its content, reports nothing. */
function embeddedPresent(doc: Doc, t: number): boolean {
  const tok = doc.tokens[t];
  if (!tok) return false;
  const bare = tok.norm.replace(/^[وف]/, '');
  if (!PRESENT.has(tok.norm) && !PRESENT.has(bare)) return false;
  if (isComplementizer(tokenAt(doc.tokens, t + 1))) return true;
  if (bare !== tok.norm) return false;
  const prev = tokenAt(doc.tokens, t - 1);
  const head =
    !prev || !prev.isWord || doc.sentence[t - 1] !== doc.sentence[t] || infoOf(prev).stop;
  return !head;
}

/** «وأضاف أن قرارات المحكمة أكدت على ضرورة…»: a past verb right after its own subject, inside
 * a claim that opened with أن earlier in the sentence, is part of that claim (no و before it, no
 * comma: «، فيما أكد X» and «وأكد» start reports of their own). */
function embeddedPast(doc: Doc, t: number): boolean {
  const tok = doc.tokens[t];
  const prev = doc.tokens[t - 1];
  if (!tok || startsWithAnd(tok) || !prev?.isWord) return false;
  if (doc.sentence[t - 1] !== doc.sentence[t]) return false;
  const info = infoOf(prev);
  if (info.stop || info.cue || info.participle) return false;
  for (let k = t - 2; k >= 0 && t - k <= 40 && doc.sentence[k] === doc.sentence[t]; k--) {
    const w = doc.tokens[k];
    if (!w?.isWord) {
      // «وقال: كما رأينا فإن الحزب أكد رفضه…»: words after a speech verb's colon, unquoted, are
      // the speaker's own; a verb there with its subject is part of them.
      if (w?.text === ':') return speechColon(doc, k);
      if (isComma(w) || isQuoteMark(w)) return false;
      continue;
    }
    if (isComplementizer(w)) return cueBefore(doc, k);
    if (infoOf(w).cue) return false;
  }
  return false;
}

/** «في بيان ورد لـ"…"», «في تصريح أدلى به»: a verb right after an indefinite document or speech
 * noun is a relative clause describing it (which came, which he gave), not a new report. */
const DESCRIBED = new Set([...DOCUMENT_FRAME_NOUNS, ...SPEECH_NOUNS].map(normalizeArabic));

function describesDocument(doc: Doc, t: number): boolean {
  const tok = doc.tokens[t];
  const prev = doc.tokens[t - 1];
  if (!tok || !prev?.isWord || doc.sentence[t - 1] !== doc.sentence[t]) return false;
  // «ألقى كلمة أكد فيها أن…»: what the speech held is a report after all.
  if (/^(في|خلال)/.test(doc.tokens[t + 1]?.norm ?? '')) return false;
  // (ورد، a verb of documents, begins with و of its own: «بيان ورد» is no «بيان ورَدّ».)
  return (
    (!/^[وف]/.test(tok.norm) || isFrameVerb(tok)) &&
    (DESCRIBED.has(prev.norm) || DESCRIBED.has(prev.norm.replace(/^[وفبل]/, '')))
  );
}

/** «وأضاف», «فقال»: و/ف is a conjunction opening a clause of its own — unless the verb itself
 * begins with و (واصل: went on), which an embedded clause may hold («أن المصنع واصل الإنتاج»). */
const startsWithAnd = wordFlag(
  (tok: Token) => /^[وف]/.test(tok.norm) && lexicon().verbs.has(tok.norm.slice(1)),
);

/** A speech verb or participle earlier in the sentence than `t` (whose أن opened the claim; a
 * sentence-initial «ثم إن» opens none). */
/** The colon at `t` follows a speech verb right away or after its subject (a name or a title,
 * a few words), and no quote mark follows it: unquoted words of the speaker. */
function speechColon(doc: Doc, t: number): boolean {
  if (isQuoteMark(doc.tokens[t + 1])) return false;
  for (let k = t - 1; k >= 0 && t - k <= 6 && doc.sentence[k] === doc.sentence[t]; k--) {
    const w = doc.tokens[k];
    if (!w?.isWord) return false;
    if (infoOf(w).cue) return true;
  }
  return false;
}

function cueBefore(doc: Doc, t: number): boolean {
  for (let k = t - 1; k >= 0 && t - k <= 40 && doc.sentence[k] === doc.sentence[t]; k--) {
    const w = doc.tokens[k];
    if (w?.isWord && (infoOf(w).cue || infoOf(w).participle)) return true;
  }
  return false;
}

const UNMARKED_EXPLAIN = /^[وف]?بينت?$/;

/** «وبين كومار، أن…», «بينت الدراسة أن…»: بيّن written without its shadda is «between» too; it
 * explains only as the clause's first word (or with the ت of a feminine subject) with أن soon
 * after. */
function explainsUnmarked(doc: Doc, t: number): boolean {
  const tok = doc.tokens[t];
  if (!tok || !UNMARKED_EXPLAIN.test(tok.norm)) return false;
  const prev = doc.tokens[t - 1];
  const first = !prev || !prev.isWord || doc.sentence[t - 1] !== doc.sentence[t];
  return (
    (first || tok.norm.endsWith('ت')) &&
    (followedByComplementizer(doc, t) || complementizerAfterSubject(doc, t + 1))
  );
}

/** «وبين مدير المستشفى سعيد الراشد أن…»: أن after the verb's subject — a title phrase, a name,
 * or both, with commas — found whole (a subject is at most a dozen words). */
function complementizerAfterSubject(doc: Doc, from: number): boolean {
  for (let k = from; k < from + 12 && doc.sentence[k] === doc.sentence[from];) {
    const tok = doc.tokens[k];
    if (isComplementizer(tok)) return k > from;
    const title = titleStartingAt(doc, k);
    if (title) k = title.to;
    else if (mentionAtToken(doc, k)) k++;
    else if (isComma(tok)) k++;
    else return false;
  }
  return false;
}

const NOMINAL = new Set(NOMINAL_WORDS);

function isNominalCue(tok: Token | undefined): boolean {
  return !!tok && tok.isWord && tok.norm.length >= 7 && isNominalWord(tok);
}

const isNominalWord = wordFlag((tok: Token): boolean => {
  const n = tok.norm;
  return NOMINAL.has(n) || ((n[0] === 'و' || n[0] === 'ف') && NOMINAL.has(n.slice(1)));
});

const isBySayingWord = wordOf(BY_SAYING_WORDS);

/** «… تصريحاته بقوله: "…"»: «by his saying» right before a colon, a quote mark or إن. */
function bySayingBeforeWords(doc: Doc, t: number): boolean {
  const tok = doc.tokens[t];
  const next = doc.tokens[t + 1];
  return !!tok && isBySayingWord(tok) && (opensWords(next) || isComplementizer(next));
}

function followedByComplementizer(doc: Doc, t: number): boolean {
  for (let k = 1; k <= 3; k++) if (isComplementizer(doc.tokens[t + k])) return true;
  return false;
}
