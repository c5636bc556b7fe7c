/**
 * Stages: tokens, quotes and sentences. Quote marks in Arabic news are often mismatched (”…”,
 * “…″) or unbalanced, so a mark's role (opening or closing) comes from its surroundings: a mark
 * glued to the word after it opens, one glued to the word before it closes.
 */
import type { Doc, QuoteSpan } from '../document.ts';
import { tokenAt, tokenize, type Token } from '../tokenize.ts';
import { isCueVerb, isParticiple } from '../words.ts';
import { softenLineBreaks } from './lines.ts';
import { wordFlag } from '../word-facts.ts';

const QUOTE_MARKS = new Set(['“', '”', '„', '‟', '"', '«', '»', '″', '〝', '〞', '＂']);
const SENTENCE_END = new Set(['.', '!', '?', '؟', '…', '؛']);
const LONE_CLITICS = new Set(['و', 'ب', 'ف', 'ل', 'ك']);

export function tokenizeBody(doc: Doc): Doc {
  doc.tokens = tokenize(doc.text, doc.bodyEnd);
  softenLineBreaks(doc.tokens, doc.text);
  const n = doc.tokens.length;
  // The three per-token arrays are thirds of one: an article's typed arrays live outside the
  // JavaScript heap, and each costs an allocation there and its release by the collector.
  const cells = new Int32Array(3 * n).fill(-1, n);
  doc.sentence = cells.subarray(0, n);
  doc.quoteOf = cells.subarray(n, 2 * n);
  doc.mentionAt = cells.subarray(2 * n);
  return doc;
}

/** An Arabic or a Latin comma. */
export function isComma(tok: { text: string } | undefined): boolean {
  return tok?.text === '،' || tok?.text === ',';
}

export function isQuoteMark(tok: Token | undefined): boolean {
  return !!tok && isQuoteMarkWord(tok);
}

const isQuoteMarkWord = wordFlag((tok: Token) => !tok.isWord && QUOTE_MARKS.has(tok.text));

type Role = 'open' | 'close' | 'either';

function roleOf(tokens: Token[], i: number): Role {
  const tok = tokens[i] as Token;
  if (tok.text === '«') return 'open';
  if (tok.text === '»') return 'close';
  const prev = tokenAt(tokens, i - 1);
  const next = tokenAt(tokens, i + 1);
  const freeLeft =
    !prev ||
    tok.spaceBefore ||
    tok.newlineBefore ||
    (!prev.isWord && !isQuoteMark(prev) && prev.text !== '.') ||
    (prev.isWord && LONE_CLITICS.has(prev.norm));
  // Right after a speech verb or «:», a mark opens a quote (،مضيفا" لم نتوصل…) — unless the
  // word is itself quoted: «"آفاد".» (an acronym that reads as أفاد) closes.
  const quotedWord =
    isQuoteMark(tokenAt(tokens, i - 2)) && !!prev && !prev.spaceBefore && !tok.spaceBefore;
  if (
    prev &&
    !tok.newlineBefore &&
    !quotedWord &&
    (prev.text === ':' || (prev.isWord && (isCueVerb(prev) || isParticiple(prev))))
  )
    return 'open';
  const freeRight =
    !next || next.spaceBefore || next.newlineBefore || (!next.isWord && !isQuoteMark(next));
  if (freeLeft && !freeRight) return 'open';
  if (freeRight && !freeLeft) return 'close';
  return 'either';
}

export function findQuotes(doc: Doc): Doc {
  const { tokens } = doc;
  const quotes: QuoteSpan[] = [];
  let open = -1;
  const finish = (close: number, last: number): void => {
    quotes.push({ open, close });
    const q = quotes.length - 1;
    for (let t = open + 1; t <= last; t++) doc.quoteOf[t] = q;
    open = -1;
  };
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i] as Token;
    // A quote never runs past the end of its paragraph.
    if (tok.newlineBefore && open >= 0) finish(-1, i - 1);
    if (open < 0 && !tok.isWord && tok.text === '(') {
      const close = parenthesizedQuoteEnd(tokens, i);
      if (close > 0) {
        open = i;
        finish(close, close - 1);
        i = close;
        continue;
      }
    }
    if (!isQuoteMark(tok)) continue;
    const role = roleOf(tokens, i);
    if (open < 0) {
      if (role !== 'close') open = i;
    } else if (role === 'open') {
      finish(-1, i - 1);
      open = i;
    } else {
      finish(i, i - 1);
    }
  }
  if (open >= 0) finish(-1, tokens.length - 1);
  doc.quotes = quotes;
  return doc;
}

const MIN_PAREN_QUOTE_WORDS = 3;
const MAX_PAREN_QUOTE_TOKENS = 120;

/** «وقال النجار (ننظر إليها كشركة جيدة)»: some outlets quote in parentheses. A parenthesis
 * right after a speech verb, a colon, or a speech verb and up to three words (the speaker)
 * holding a clause of its own is a quote: the index of its «)», or -1. */
function parenthesizedQuoteEnd(tokens: Token[], i: number): number {
  let k = i - 1;
  while (k >= i - 3 && tokens[k]?.isWord && !isCueVerb(tokens[k] as Token)) k--;
  const before = tokens[k];
  if (!before || !(before.text === ':' || (before.isWord && isCueVerb(before)))) return -1;
  if (k < i - 1 && before.text === ':') return -1;
  let words = 0;
  for (let j = i + 1; j < tokens.length && j - i < MAX_PAREN_QUOTE_TOKENS; j++) {
    const tok = tokens[j] as Token;
    if (tok.newlineBefore || tok.text === '(' || isQuoteMark(tok)) return -1;
    if (tok.text === ')') return words >= MIN_PAREN_QUOTE_WORDS ? j : -1;
    if (tok.isWord) words++;
  }
  return -1;
}

export function findSentences(doc: Doc): Doc {
  let s = 0;
  const { tokens } = doc;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i] as Token;
    if (tok.newlineBefore && i > 0 && !wrappedLine(tokens, i)) s++;
    doc.sentence[i] = s;
    // A full stop inside a quote does not end the reporting sentence.
    if (!tok.isWord && (doc.quoteOf[i] ?? -1) < 0 && endsSentence(tokens, i)) {
      const next = tokens[i + 1];
      // «."» closes a quote; «. "» opening a new quote starts a new sentence.
      if (
        next &&
        !next.newlineBefore &&
        !SENTENCE_END.has(next.text) &&
        (!isQuoteMark(next) || opensQuote(doc, i + 1))
      )
        s++;
    }
  }
  return doc;
}

/** A full stop, question or exclamation mark at `i` that ends a sentence: not the point of a
 * decimal number (4.4%), of an abbreviation (د.) or of an acronym (أ.ف.ب). */
export function endsSentence(tokens: Token[], i: number): boolean {
  const tok = tokens[i];
  return (
    !!tok &&
    SENTENCE_END.has(tok.text) &&
    !isDecimalPoint(tokens, i) &&
    !isAbbreviationPoint(tokens, i) &&
    !isAcronymPoint(tokens, i)
  );
}

/** «قال رئيس الغرفة، سامي النجار في مؤتمر صحفي،⏎أن الأسعار…»: a line broken after a comma, or
 * before the أن of a claim, goes on with the same sentence (text wrapped by its source). */
function wrappedLine(tokens: Token[], i: number): boolean {
  const prev = tokenAt(tokens, i - 1);
  const tok = tokens[i] as Token;
  if (prev?.text === '،' || prev?.text === ',') return true;
  return tok.isWord && /^[اأإ]ن$/.test(tok.text) && !!prev?.isWord;
}

/** The quote mark at `t` opens a quote (rather than closing one). */
function opensQuote(doc: Doc, t: number): boolean {
  const q = t + 1 < doc.quoteOf.length ? doc.quoteOf[t + 1]! : -1;
  return q >= 0 && doc.quotes[q]?.open === t;
}

/** «د. أحمد», «م. عبد الله», «أ.د.»: the point after a one-letter title abbreviation (doctor,
 * engineer, professor) ends no sentence. */
function isAbbreviationPoint(tokens: Token[], i: number): boolean {
  const prev = tokenAt(tokens, i - 1);
  const tok = tokens[i] as Token;
  return (
    tok.text === '.' &&
    !tok.spaceBefore &&
    !!prev?.isWord &&
    prev.isArabic &&
    prev.norm.length === 1 &&
    !tokenAt(tokens, i + 1)?.newlineBefore
  );
}

/** A full stop glued to the tokens on both sides (no space, no line break): the two tokens, or
 * undefined. */
function gluedPoint(tokens: Token[], i: number): [Token, Token] | undefined {
  const prev = tokenAt(tokens, i - 1);
  const next = tokenAt(tokens, i + 1);
  const tok = tokens[i] as Token;
  if (tok.text !== '.' || tok.spaceBefore || !prev || !next) return undefined;
  return next.spaceBefore || next.newlineBefore ? undefined : [prev, next];
}

/** «تي.آي.إم»: a point glued between the letters of an acronym ends no sentence. */
function isAcronymPoint(tokens: Token[], i: number): boolean {
  const glued = gluedPoint(tokens, i);
  if (!glued) return false;
  const [prev, next] = glued;
  return (
    prev.isWord &&
    next.isWord &&
    prev.isArabic &&
    next.isArabic &&
    prev.norm.length <= 3 &&
    next.norm.length <= 3
  );
}

/** «9.8 مليون»: a full stop between digits, with no space, is a decimal point. */
function isDecimalPoint(tokens: Token[], i: number): boolean {
  const glued = gluedPoint(tokens, i);
  return !!glued && /[0-9٠-٩]$/.test(glued[0].text) && /^[0-9٠-٩]/.test(glued[1].text);
}

/** The index of the quote that opens at token `t` (a quote mark, or «(» where findQuotes
 * recorded one), or -1. */
export function quoteOpenedAt(doc: Doc, t: number): number {
  // «(» opens a quote only where findQuotes recorded one: «وقال النجار (ننظر …)».
  const tok = tokenAt(doc.tokens, t);
  if (!isQuoteMark(tok) && tok?.text !== '(') return -1;
  const q = t + 1 < doc.quoteOf.length ? doc.quoteOf[t + 1]! : -1;
  return q >= 0 && doc.quotes[q]?.open === t ? q : -1;
}
