/**
 * A linear scan of the original text into word and punctuation tokens. Words keep their
 * original span and a normalized form; whitespace is not a token but newlines are remembered,
 * since a line break ends a sentence.
 */
import type { WordInfo } from './words.ts';
import {
  isArabicLetter,
  isDiacritic,
  isFormatMark,
  normalizeChar,
  NORM_TABLE,
} from './normalize.ts';

export interface Token {
  index: number;
  start: number;
  end: number;
  /** Original characters. */
  text: string;
  /** Normalized characters (words), or the character itself (punctuation). */
  norm: string;
  isWord: boolean;
  isArabic: boolean;
  /** A newline separates this token from the previous one. */
  newlineBefore: boolean;
  spaceBefore: boolean;
  /** Lexicon facts about the word, memoized by words.ts. */
  info: WordInfo | undefined;
}

/** Character classes, looked up from one table: 1 word, 2 space, 3 newline, 4 invisible mark. */
const WORD = 1;
const SPACE = 2;
const NEWLINE = 3;
const INVISIBLE = 4;
const CLASS: Uint8Array = (() => {
  const c = new Uint8Array(0x10000);
  for (let code = 0; code < 0x10000; code++) {
    if (
      isArabicLetter(code) ||
      isDiacritic(code) ||
      (code >= 0x30 && code <= 0x39) ||
      (code >= 0x41 && code <= 0x5a) ||
      (code >= 0x61 && code <= 0x7a) ||
      (code >= 0x0660 && code <= 0x0669) ||
      (code >= 0x06f0 && code <= 0x06f9) ||
      (code >= 0xc0 && code <= 0x24f) ||
      code === 0x200c ||
      code === 0x200d
    )
      c[code] = WORD;
    else if (isNewlineCode(code)) c[code] = NEWLINE;
    else if (isSpaceCode(code)) c[code] = SPACE;
    else if (isFormatMark(code)) c[code] = INVISIBLE;
  }
  return c;
})();

function isSpaceCode(code: number): boolean {
  return (
    code === 0x20 ||
    code === 0x09 ||
    code === 0xa0 ||
    code === 0x3000 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x202f
  );
}

function isNewlineCode(code: number): boolean {
  return (
    code === 0x0a ||
    code === 0x0d ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x0b ||
    code === 0x0c
  );
}

/** Normalized forms of words with marks or variant letters, so a repeated word is built once. */
const NORM_CACHE = new Map<string, string>();
const MAX_NORM_CACHE = 50_000;

export function tokenize(text: string, end = text.length): Token[] {
  const table = NORM_TABLE;
  const cls = CLASS;
  const tokens: Token[] = [];
  let newline = false;
  let space = false;
  let i = 0;
  while (i < end) {
    const code = text.charCodeAt(i);
    const kind = cls[code];
    if (kind === NEWLINE) {
      newline = true;
      i++;
      continue;
    }
    if (kind === SPACE || kind === INVISIBLE) {
      space = true;
      i++;
      continue;
    }
    const start = i;
    if (kind === WORD) {
      // A word runs over word characters; an invisible mark stays inside only between letters.
      let j = i + 1;
      while (j < end) {
        const k = cls[text.charCodeAt(j)];
        if (k === WORD) j++;
        else if (k === INVISIBLE && j + 1 < end && cls[text.charCodeAt(j + 1)] === WORD) j++;
        else break;
      }
      const surface = text.slice(start, j);
      let norm: string;
      let arabic = false;
      let changed = -1;
      for (let k = start; k < j; k++) {
        const c = text.charCodeAt(k);
        if (!arabic && c >= 0x0621 && isArabicLetter(c)) arabic = true;
        if (changed < 0 && table[c] !== c) changed = k;
      }
      const cached = changed < 0 ? undefined : NORM_CACHE.get(surface);
      if (changed < 0) norm = surface;
      else if (cached !== undefined) norm = cached;
      else {
        // Only words that change pay for building a new string.
        norm = text.slice(start, changed);
        for (let k = changed; k < j; k++) {
          const c = text.charCodeAt(k);
          const n = table[c] ?? c;
          if (n !== 0) norm += n === c ? text[k] : String.fromCharCode(n);
        }
        // Bounded: random input must not grow memory without limit.
        if (NORM_CACHE.size >= MAX_NORM_CACHE) NORM_CACHE.clear();
        NORM_CACHE.set(surface, norm);
      }
      if (norm === '') {
        space = true;
        i = j;
        continue;
      }
      tokens.push(token(tokens.length, start, j, surface, norm, true, arabic, newline, space));
      i = j;
    } else {
      // One punctuation token per code point (surrogate pairs kept whole).
      const cp = text.codePointAt(i) ?? code;
      const len = cp > 0xffff ? 2 : 1;
      const surface = text.slice(i, i + len);
      tokens.push(token(tokens.length, i, i + len, surface, surface, false, false, newline, space));
      i += len;
    }
    newline = false;
    space = false;
  }
  return tokens;
}

function token(
  index: number,
  start: number,
  end: number,
  text: string,
  norm: string,
  isWord: boolean,
  isArabic: boolean,
  newlineBefore: boolean,
  spaceBefore: boolean,
): Token {
  // `info` is set up front so every token keeps one hidden class (fast property access).
  return {
    index,
    start,
    end,
    text,
    norm,
    isWord,
    isArabic,
    newlineBefore,
    spaceBefore,
    info: undefined,
  };
}

/** Original offset of the `normIndex`-th normalized character of a word token. */
export function originalOffset(tok: Token, normIndex: number): number {
  let seen = 0;
  let i = 0;
  const t = tok.text;
  while (i < t.length) {
    if (seen === normIndex) {
      // Skip marks that normalize away before the wanted letter.
      if (normalizeChar(t[i] ?? '') !== '') return tok.start + i;
    } else if (normalizeChar(t[i] ?? '') !== '') {
      seen++;
    }
    i++;
  }
  return tok.end;
}
