/**
 * Per-word facts: what a stage asks of a word that depends on its letters only (its text and
 * normalized form, and the lexicons), never on where it stands. Computed once per distinct word
 * (tokenize.ts shares one `Word` among all its tokens, across articles) and then read from the
 * word's slot, so a stage's scan over every token does no string look-ups for words met before.
 *
 * Yes/no facts that scans ask of every token are flags: bits of one number computed for all of
 * them together the first time a word is met, and copied onto each token (`tok.flags`,
 * `tok.flags2`, `tok.flags3`), so the test is one AND on the token the scan holds already. A
 * fact read from the word's slot is a load from memory far from the token (thousands of words):
 * a scan that asks one of every token asks a flag first.
 */
import type { Token } from './tokenize.ts';

let slots = 0;
/** Stored for a fact whose value is `undefined` (an unset slot reads as undefined too). */
const NONE = Symbol('none');

/**
 * Every word's facts side by side in one array, STRIDE slots a word from `word.factsAt`: a read
 * is one load from the word and one from the store (a facts array per word was two more, each
 * far from the token on a busy machine). Bounded like the word table: when full, every word
 * forgets its facts and the store starts afresh.
 */
const STRIDE = 8;
const MAX_STORE = (1 << 17) * STRIDE;
let store: unknown[] = [];
/** The words that hold a place in the store, in store order (to forget them when it is full). */
let owners: Array<Token['word']> = [];

function placeOf(word: Token['word']): number {
  if (store.length + STRIDE > MAX_STORE) {
    for (const w of owners) w.factsAt = -1;
    store = [];
    owners = [];
  }
  const at = store.length;
  for (let k = 0; k < STRIDE; k++) store.push(undefined);
  owners.push(word);
  word.factsAt = at;
  return at;
}

export function wordFact<T>(compute: (tok: Token) => T): (tok: Token) => T {
  const slot = slots++;
  if (slot >= STRIDE) throw new Error(`word-facts: more than ${STRIDE} word facts (raise STRIDE)`);
  return (tok: Token): T => {
    const word = tok.word;
    const at = word.factsAt;
    if (at >= 0) {
      const known = store[at + slot];
      if (known !== undefined) return (known === NONE ? undefined : known) as T;
    }
    const value = compute(tok);
    // compute may have given the word its place (another fact of it), or filled the store.
    const place = word.factsAt >= 0 ? word.factsAt : placeOf(word);
    store[place + slot] = value === undefined ? NONE : value;
    return value;
  };
}

const flagTests: Array<(tok: Token) => boolean> = [];
let flagsComputed = false;
/** The word whose flags are being computed: a test that reads another flag of it runs that
 * test itself. */
let computing: Token['word'] | undefined;

/** Bits a flag field holds: 30 keep the number a small integer (fast to store and test). */
const BITS = 30;

/** A yes/no word fact kept as a bit of `tok.flags`, then of `tok.flags2` and `tok.flags3` (at
 * most 90; registered at module load). */
export function wordFlag(test: (tok: Token) => boolean): (tok: Token) => boolean {
  const index = flagTests.length;
  if (index >= 3 * BITS) throw new Error(`word-facts: more than ${3 * BITS} word flags`);
  // A flag registered after words got their flags would read false for them.
  if (flagsComputed) throw new Error('word-facts: word flags must be registered at module load');
  flagTests.push(test);
  if (index < BITS) {
    const bit = 1 << index;
    return (tok: Token): boolean => {
      let flags = tok.flags;
      if (flags < 0) {
        if (computing === tok.word) return test(tok);
        flags = flagsOf(tok).flags;
      }
      return (flags & bit) !== 0;
    };
  }
  if (index < 2 * BITS) {
    const bit = 1 << (index - BITS);
    return (tok: Token): boolean => {
      let flags = tok.flags2;
      if (flags < 0) {
        if (computing === tok.word) return test(tok);
        flags = flagsOf(tok).flags2;
      }
      return (flags & bit) !== 0;
    };
  }
  const bit = 1 << (index - 2 * BITS);
  return (tok: Token): boolean => {
    let flags = tok.flags3;
    if (flags < 0) {
      if (computing === tok.word) return test(tok);
      flags = flagsOf(tok).flags3;
    }
    return (flags & bit) !== 0;
  };
}

/** Where the flag registered last keeps its bit: field 0 is `flags`, 1 `flags2`, 2 `flags3`. */
export function lastFlagBit(): { field: number; bit: number } {
  const index = flagTests.length - 1;
  return { field: Math.floor(index / BITS), bit: 1 << (index % BITS) };
}

/** Every flag of the token's word (computed on its first token), copied onto the token. */
export function flagsOf(tok: Token): Token['word'] {
  const word = tok.word;
  if (word.flags < 0) {
    flagsComputed = true;
    const outer = computing;
    computing = word;
    let flags = 0;
    let flags2 = 0;
    let flags3 = 0;
    try {
      flagTests.forEach((test, i) => {
        if (!test(tok)) return;
        if (i < BITS) flags |= 1 << i;
        else if (i < 2 * BITS) flags2 |= 1 << (i - BITS);
        else flags3 |= 1 << (i - 2 * BITS);
      });
    } finally {
      computing = outer;
    }
    word.flags = flags;
    word.flags2 = flags2;
    word.flags3 = flags3;
  }
  tok.flags = word.flags;
  tok.flags2 = word.flags2;
  tok.flags3 = word.flags3;
  return word;
}
