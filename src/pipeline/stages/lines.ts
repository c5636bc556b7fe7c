/**
 * Scraped pages often break a sentence wherever the page had a link: «نفى المتحدث باسم الخارجية
 * ⏎الإيرانية⏎،⏎إسماعيل⏎بقائي …». Such a line break is only a space. A break is soft when the line
 * before it does not end a sentence and either the line after it is a fragment (one or two
 * Arabic words, or a line that opens with a comma), or the line before it is a fragment that
 * itself continued its sentence, or the line before ends on a given name, a preposition or a
 * title, or the line after opens with a nationality adjective (⏎الإيراني), or the text is wrapped
 * at a fixed width and the line before is a long one. A short line after a full stop stays a heading.
 */
import type { Token } from '../tokenize.ts';
import { normalizeArabic } from '../../core/arabic.ts';
import { wordInfo } from '../words.ts';
import { OPEN_ENDS_WORDS } from '../lexicon/discourse.ts';

const HARD_END = new Set(['.', '!', '?', '؟', '…', '؛', ':', '|']);
const CONTINUES = new Set(['،', ',', '.', '؛']);
const MAX_FRAGMENT_WORDS = 2;

/** A line of at least this many words that ends without a sentence's end was wrapped. */
const WRAPPED_LINE_WORDS = 8;

export function softenLineBreaks(tokens: Token[], text: string): void {
  const wrapped = hardWrapped(tokens);
  // Line starts: token indexes with a newline before them.
  let prevLineSoftFragment = false;
  let prevLineWords = 0;
  let lineStart = 0;
  while (lineStart < tokens.length) {
    let lineEnd = lineStart + 1;
    while (lineEnd < tokens.length && !(tokens[lineEnd] as Token).newlineBefore) lineEnd++;
    const first = tokens[lineStart] as Token;
    const before = tokens[lineStart - 1];
    const fragment = isFragment(tokens, lineStart, lineEnd);
    let soft = false;
    // A blank line always ends the paragraph.
    if (
      before &&
      first.newlineBefore &&
      !endsSentence(before) &&
      !blankBetween(text, before, first)
    ) {
      soft =
        fragment ||
        prevLineSoftFragment ||
        CONTINUES.has(first.text) ||
        isGivenName(before) ||
        leavesOpen(before) ||
        wordInfo(first.norm).adjective !== undefined ||
        (wrapped && prevLineWords >= WRAPPED_LINE_WORDS);
    }
    if (soft) {
      first.newlineBefore = false;
      first.spaceBefore = true;
    }
    prevLineSoftFragment = soft && fragment;
    prevLineWords = wordsIn(tokens, lineStart, lineEnd);
    lineStart = lineEnd;
  }
}

/** A text wrapped at a fixed width (copied from a PDF or a print view): most of its long lines
 * end in the middle of a sentence, so every break after a long line is a space. */
function hardWrapped(tokens: Token[]): boolean {
  let long = 0;
  let open = 0;
  let lineStart = 0;
  while (lineStart < tokens.length) {
    let lineEnd = lineStart + 1;
    while (lineEnd < tokens.length && !(tokens[lineEnd] as Token).newlineBefore) lineEnd++;
    const last = tokens[lineEnd - 1] as Token;
    if (lineEnd < tokens.length && wordsIn(tokens, lineStart, lineEnd) >= WRAPPED_LINE_WORDS) {
      long++;
      if (!endsSentence(last)) open++;
    }
    lineStart = lineEnd;
  }
  return open >= 2 && open * 2 >= long;
}

function wordsIn(tokens: Token[], from: number, to: number): number {
  let words = 0;
  for (let t = from; t < to; t++) if ((tokens[t] as Token).isWord) words++;
  return words;
}

function endsSentence(tok: Token): boolean {
  if (tok.isWord) return !tok.isArabic;
  return HARD_END.has(tok.text) || !CONTINUES.has(tok.text);
}

function blankBetween(text: string, before: Token, first: Token): boolean {
  let newlines = 0;
  for (let i = before.end; i < first.start; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x2029) newlines++;
  }
  return newlines >= 2;
}

const OPEN_ENDS = new Set(OPEN_ENDS_WORDS.map(normalizeArabic));

function leavesOpen(tok: Token): boolean {
  if (!tok.isWord || !tok.isArabic) return false;
  return OPEN_ENDS.has(tok.norm) || wordInfo(tok.norm).titleKey !== undefined;
}

/** «… إسماعيل⏎بقائي»: a line that ends on a given name goes on with the family name. */
function isGivenName(tok: Token): boolean {
  return tok.isWord && tok.isArabic && wordInfo(tok.norm).givenStripped >= 0;
}

/** One or two Arabic words, perhaps with a comma or a full stop. */
function isFragment(tokens: Token[], from: number, to: number): boolean {
  if (to - from > MAX_FRAGMENT_WORDS + 1) return false;
  let words = 0;
  for (let t = from; t < to; t++) {
    const tok = tokens[t] as Token;
    if (tok.isWord) {
      if (!tok.isArabic) return false;
      words++;
    } else if (!CONTINUES.has(tok.text)) return false;
  }
  return words <= MAX_FRAGMENT_WORDS;
}
