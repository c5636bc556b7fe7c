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
import { wordShape } from './word-shapes.ts';

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
  /** The distinct word this token spells, shared by every token written the same way. */
  word: Word;
  /** The word's yes/no facts as bits (word-facts.ts), -1 until read: the first 30, the next 30
   * and the last 30. */
  flags: number;
  flags2: number;
  flags3: number;
  /** The normalized form's last two letters and length (word-shapes.ts), for scans' filters. */
  shape: number;
}

/**
 * One distinct surface form, met in any article: its normalized form and, computed on first
 * need, what the lexicons say about it and the per-word facts of the stages (word-facts.ts).
 * Every token of that form shares these strings, so look-ups never hash a fresh slice.
 */
export interface Word {
  text: string;
  norm: string;
  isArabic: boolean;
  info: WordInfo | undefined;
  /** Where its per-word facts start in word-facts.ts's shared store, -1 until it has any. */
  factsAt: number;
  /** Its yes/no facts as bits (word-facts.ts), -1 until computed: the first 30, the next 30
   * and up to 30 more (all three copied onto its tokens). */
  flags: number;
  flags2: number;
  flags3: number;
  /** wordShape of its normalized form. */
  shape: number;
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
    // «القائد *سامي النجار*»: asterisks of chat and markdown bold mark emphasis, not a boundary a
    // name or a phrase stops at; they are skipped like spaces (offsets still point at the text).
    code === 0x2a ||
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

/**
 * Distinct words by their characters: an open-addressing table keyed by a hash computed while
 * scanning, so a word met before costs no slice and no string hashing. A slot keeps what the
 * look-up compares side by side — the word's index, its hash, where its characters lie in one
 * flat pool and how many — so a hit reads one slot and the pool, not the word and its string.
 * Bounded: random input must not grow memory without limit (the table starts afresh when full).
 */
const MAX_WORDS = 1 << 17;
const MAX_POOL = 1 << 23;
/** Four numbers a slot: word index (-1: free), hash, pool offset, length; doubles at three
 * quarters full (at half full, twice the memory for the same words: on a busy machine a look-up
 * then misses the processor's cache more often than it probes a second slot). */
const SLOT = 4;
let slots = newSlots(1 << 12);
let pool = new Uint16Array(1 << 16);
let poolUsed = 0;
let words: Word[] = [];

function newSlots(size: number): Int32Array {
  const table = new Int32Array(size * SLOT);
  for (let s = 0; s < table.length; s += SLOT) table[s] = -1;
  return table;
}

function resetWords(size: number): void {
  const old = slots;
  const oldWords = words;
  slots = newSlots(size);
  words = [];
  // Growing re-inserts every word; starting afresh (size unchanged) drops them.
  if (size * SLOT > old.length) {
    const mask = size - 1;
    for (let o = 0; o < old.length; o += SLOT) {
      const at = old[o]!;
      if (at < 0) continue;
      const hash = old[o + 1]!;
      let s = hash & mask;
      while (slots[s * SLOT]! >= 0) s = (s + 1) & mask;
      slots.set([at, hash, old[o + 2]!, old[o + 3]!], s * SLOT);
    }
    words = oldWords;
  } else poolUsed = 0;
}

/** The word spelled by `text[start, end)`, whose FNV-1a hash is `hash`. */
function internWord(text: string, start: number, end: number, hash: number): Word {
  const len = end - start;
  const table = slots;
  const chars = pool;
  const mask = table.length / SLOT - 1;
  let s = hash & mask;
  for (;;) {
    const o = s * SLOT;
    const at = table[o]!;
    if (at < 0) break;
    if (table[o + 1] === hash && table[o + 3] === len) {
      const off = table[o + 2]!;
      let k = 0;
      while (k < len && chars[off + k] === text.charCodeAt(start + k)) k++;
      if (k === len) return words[at]!;
    }
    s = (s + 1) & mask;
  }
  const poolFull = poolUsed > 0 && poolUsed + len > MAX_POOL;
  if (words.length * 4 >= (mask + 1) * 3 || poolFull) {
    if (words.length >= MAX_WORDS || poolFull) resetWords(mask + 1);
    else resetWords((mask + 1) * 2);
    return internWord(text, start, end, hash);
  }
  if (poolUsed + len > pool.length) {
    const grown = new Uint16Array(Math.max(pool.length * 2, poolUsed + len));
    grown.set(pool.subarray(0, poolUsed));
    pool = grown;
  }
  for (let k = 0; k < len; k++) pool[poolUsed + k] = text.charCodeAt(start + k);
  const word = newWord(text, start, end);
  const o = s * SLOT;
  table[o] = words.length;
  table[o + 1] = hash;
  table[o + 2] = poolUsed;
  table[o + 3] = len;
  poolUsed += len;
  words.push(word);
  return word;
}

function newWord(text: string, start: number, end: number): Word {
  const table = NORM_TABLE;
  const surface = text.slice(start, end);
  let arabic = false;
  let changed = -1;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (!arabic && c >= 0x0621 && isArabicLetter(c)) arabic = true;
    if (changed < 0 && table[c] !== c) changed = k;
  }
  let norm = surface;
  if (changed >= 0) {
    norm = text.slice(start, changed);
    for (let k = changed; k < end; k++) {
      const c = text.charCodeAt(k);
      const n = table[c] ?? c;
      if (n !== 0) norm += n === c ? text[k] : String.fromCharCode(n);
    }
  }
  return {
    text: surface,
    norm,
    isArabic: arabic,
    info: undefined,
    factsAt: -1,
    flags: -1,
    flags2: -1,
    flags3: -1,
    shape: wordShape(norm),
  };
}

/** Punctuation tokens by code unit (a surrogate pair is made on the spot). */
const MARKS: Array<Word | undefined> = [];

function markWord(text: string, i: number, len: number): Word {
  const code = text.charCodeAt(i);
  if (len === 1) {
    const known = MARKS[code];
    if (known) return known;
  }
  const surface = text.slice(i, i + len);
  const word: Word = {
    text: surface,
    norm: surface,
    isArabic: false,
    info: undefined,
    factsAt: -1,
    flags: -1,
    flags2: -1,
    flags3: -1,
    shape: wordShape(surface),
  };
  if (len === 1) MARKS[code] = word;
  return word;
}

export function tokenize(text: string, end = text.length): Token[] {
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
      let hash = Math.imul(0x811c9dc5 ^ code, 0x01000193);
      let j = i + 1;
      while (j < end) {
        const c = text.charCodeAt(j);
        const k = cls[c];
        if (
          k === WORD ||
          (k === INVISIBLE && j + 1 < end && cls[text.charCodeAt(j + 1)] === WORD)
        ) {
          hash = Math.imul(hash ^ c, 0x01000193);
          j++;
        } else break;
      }
      const word = internWord(text, start, j, hash);
      if (word.norm === '') {
        space = true;
        i = j;
        continue;
      }
      tokens.push(token(tokens.length, start, j, word, true, newline, space));
      i = j;
    } else {
      // One punctuation token per code point (surrogate pairs kept whole).
      const cp = text.codePointAt(i) ?? code;
      const len = cp > 0xffff ? 2 : 1;
      tokens.push(token(tokens.length, i, i + len, markWord(text, i, len), false, newline, space));
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
  word: Word,
  isWord: boolean,
  newlineBefore: boolean,
  spaceBefore: boolean,
): Token {
  // Every field is set up front so every token keeps one hidden class (fast property access).
  return {
    index,
    start,
    end,
    text: word.text,
    norm: word.norm,
    isWord,
    isArabic: isWord && word.isArabic,
    newlineBefore,
    spaceBefore,
    info: word.info,
    word,
    flags: word.flags,
    flags2: word.flags2,
    flags3: word.flags3,
    shape: word.shape,
  };
}

/**
 * `tokens[i]`, or undefined when `i` is past either end. Read this way where `i` may fall
 * outside: V8 throws away a function's optimized code the first time it reads an array out of
 * its bounds and compiles it again (the stages' largest functions take tens of milliseconds).
 */
export function tokenAt(tokens: readonly Token[], i: number): Token | undefined {
  return i >= 0 && i < tokens.length ? tokens[i] : undefined;
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
