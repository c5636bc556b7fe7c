/**
 * Applies rules/outletFrames.ts: where a frame word stands before a marked-off name, the span of
 * that name. stages/organizations.ts turns the span into an outlet.
 */
import type { Doc } from '../document.ts';
import { normalizeArabic } from '../../core/arabic.ts';
import { SPEECH_NOUNS } from '../lexicon/discourse.ts';
import { OUTLET_FRAMES, type OutletFrame } from '../rules/outletFrames.ts';
import { tokenAt, type Token } from '../tokenize.ts';
import { wordFlag } from '../word-facts.ts';
import { indexedWordFlag } from '../token-index.ts';
import { infoOf, readings } from '../words.ts';
import { isQuoteMark } from './structure.ts';

export interface FramedName {
  /** The name's tokens [from, to), the letters of `from` glued before it (لـCNN), and the token
   * the scan resumes after (a closing mark, or the name's last word). */
  from: number;
  to: number;
  stripped: number;
  last: number;
  /** The quote span holding the name, when it is quoted. */
  quote?: number;
  rule: OutletFrame['rule'];
  cue: string;
}

/** Rows that ask for a word right before theirs come first: «وفقا لـ» is a credit even after a
 * speech verb. */
const ROWS = OUTLET_FRAMES.map((row) => ({
  ...row,
  words: new Set(row.words.map(normalizeArabic)),
  after: row.after && new Set(row.after.map(normalizeArabic)),
  between: new Set((row.between ?? []).map(normalizeArabic)),
})).sort((a, b) => Number(!!b.after) - Number(!!a.after));
type Row = (typeof ROWS)[number];
/** The most words a quoted or parenthesized name may have. */
const MAX_NAME_WORDS = 4;
/** The rows a word opens, read as written or after a leading «و» (وبحسب). */
function rowsOf(tok: Token): Row[] {
  const bare = tok.norm.replace(/^و(?=..)/, '');
  return ROWS.filter((row) => row.words.has(tok.norm) || row.words.has(bare));
}
/** «لـCNN»: a one-letter frame word glued to a name in Latin letters. */
const isGluedLatin = wordFlag((tok: Token) => tok.isWord && /^[لب][A-Za-z]/.test(tok.norm));
/** Most words open no frame: one bit says so. */
const mayOpenFrame = wordFlag((tok: Token) => tok.isWord && rowsOf(tok).length > 0);
/** Either: the words a framed name may start at (indexed: findOrganizations asks only there). */
export const mayStartFramedName = indexedWordFlag(
  (tok: Token) => isGluedLatin(tok) || mayOpenFrame(tok),
);

const SPEECH_NOUN_SET = new Set(SPEECH_NOUNS.map(normalizeArabic));
const isSpeechNoun = wordFlag((tok: Token) => readings(tok).some((r) => SPEECH_NOUN_SET.has(r)));
/** How far back a speech verb or noun frames an addressee: a title and a name may stand between
 * («وقال مساعد المدير العام للدفاع المدني سامي النجار لـ…»). */
const SPEECH_FRAME_REACH = 14;
/** Words between a noun of speech and its preposition: «مقابلة له مع», «اتصال هاتفي بـ». */
const NOUN_REACH = 2;

/** A speech verb or a noun of speech earlier in the sentence, close enough to frame `t`. */
function inSpeechFrame(doc: Doc, t: number): boolean {
  const sentence = doc.sentence[t];
  for (let k = t - 1; k >= 0 && k >= t - SPEECH_FRAME_REACH; k--) {
    if (doc.sentence[k] !== sentence) return false;
    const tok = doc.tokens[k] as Token;
    if (!tok.isWord) continue;
    if (infoOf(tok).cue || isSpeechNoun(tok)) return true;
  }
  return false;
}

/** A noun of speech right before `t`, or with one or two words between («مقابلة خاصة له»). */
function afterSpeechNoun(doc: Doc, t: number): boolean {
  for (let k = t - 1; k >= t - 1 - NOUN_REACH; k--) {
    const tok = tokenAt(doc.tokens, k);
    if (!tok?.isWord || doc.sentence[k] !== doc.sentence[t]) return false;
    if (isSpeechNoun(tok)) return true;
  }
  return false;
}

function rowHolds(doc: Doc, t: number, row: Row): boolean {
  if (row.needs === 'speech') return inSpeechFrame(doc, t);
  if (row.needs === 'speechNoun') return afterSpeechNoun(doc, t);
  if (row.after) {
    const before = tokenAt(doc.tokens, t - 1);
    return !!before?.isWord && readings(before).some((r) => row.after?.has(r) ?? false);
  }
  return true;
}

/** The name right at `n` when it is marked off as one: its [from, to) and the token after which
 * the scan resumes. */
export function markedName(
  doc: Doc,
  n: number,
): { from: number; to: number; last: number; quote?: number } | undefined {
  const tokens = doc.tokens;
  const tok = tokenAt(tokens, n);
  if (!tok) return undefined;
  if (isQuoteMark(tok)) {
    const q = doc.quoteOf[n + 1] ?? -1;
    const quote = doc.quotes[q];
    if (!quote || quote.open !== n || quote.close < 0) return undefined;
    const words = quote.close - n - 1;
    if (words < 1 || words > MAX_NAME_WORDS) return undefined;
    return { from: n + 1, to: quote.close, last: quote.close, quote: q };
  }
  if (tok.text === '(') {
    for (let k = n + 1; k <= n + 1 + MAX_NAME_WORDS; k++) {
      const inner = tokenAt(tokens, k);
      if (!inner) return undefined;
      if (inner.text === ')') return k > n + 1 ? { from: n + 1, to: k, last: k } : undefined;
      if (!inner.isWord) return undefined;
    }
    return undefined;
  }
  if (!tok.isWord || doc.sentence[n] !== doc.sentence[n - 1]) return undefined;
  // «CNN», «France 24»: a name in Latin letters.
  const latin = latinNameEnd(doc, n);
  if (latin > n) return { from: n, to: latin, last: latin - 1 };
  // «كوردستان24»: letters glued to a channel's number.
  if (tok.isArabic && /^\p{L}{3,}[0-9٠-٩]+$/u.test(tok.text))
    return { from: n, to: n + 1, last: n };
  return undefined;
}

/** Where one to three words in Latin letters (CNN، BBC News، France 24) end, from `from`. */
function latinNameEnd(doc: Doc, from: number): number {
  let end = from;
  while (end - from < 3) {
    const tok = doc.tokens[end];
    if (!tok?.isWord || tok.isArabic || !/[A-Za-z]/.test(tok.text)) break;
    if (doc.sentence[end] !== doc.sentence[from]) break;
    end++;
  }
  // «France 24»: a number may close the name.
  const num = doc.tokens[end];
  if (end > from && num && /^[0-9]+$/.test(num.text) && doc.sentence[end] === doc.sentence[from])
    end++;
  return end;
}

/** The marked-off name a frame word at `t` introduces, if any. */
export function framedNameAt(doc: Doc, t: number): FramedName | undefined {
  const tok = tokenAt(doc.tokens, t);
  if (!tok?.isWord) return undefined;
  // «لـCNN»: the name starts inside the frame word's own token.
  const glued = isGluedLatin(tok) ? ROWS.filter((row) => row.words.has(tok.norm[0] ?? '')) : [];
  for (const row of glued) {
    if (!rowHolds(doc, t, row)) continue;
    let to = t + 1;
    while (to < t + 3 && tokenAt(doc.tokens, to)?.isWord && !tokenAt(doc.tokens, to)?.isArabic)
      to++;
    return { from: t, to, stripped: 1, last: to - 1, rule: row.rule, cue: tok.text };
  }
  if (!mayOpenFrame(tok)) return undefined;
  for (const row of rowsOf(tok)) {
    if (!rowHolds(doc, t, row)) continue;
    let n = t + 1;
    if (row.between.has(tokenAt(doc.tokens, n)?.norm ?? '')) n++;
    const name = markedName(doc, n);
    if (name) return { ...name, stripped: 0, rule: row.rule, cue: tok.text };
  }
  return undefined;
}
