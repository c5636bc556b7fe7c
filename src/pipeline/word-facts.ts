/**
 * Per-word facts: what a stage asks of a word that depends on its letters only (its text and
 * normalized form, and the lexicons), never on where it stands. Computed once per distinct word
 * (tokenize.ts shares one `Word` among all its tokens, across articles) and then read from the
 * word's slot, so a stage's scan over every token does no string look-ups for words met before.
 *
 * Yes/no facts that scans ask of every token are flags: bits of one number computed for all of
 * them together the first time a word is met, and copied onto each token (`tok.flags`), so the
 * test is one AND on the token the scan holds already.
 */
import type { Token } from './tokenize.ts';

let slots = 0;
/** Stored for a fact whose value is `undefined` (an unset slot reads as undefined too). */
const NONE = Symbol('none');

export function wordFact<T>(compute: (tok: Token) => T): (tok: Token) => T {
  const slot = slots++;
  return (tok: Token): T => {
    const facts = tok.word.facts;
    const known = facts[slot];
    if (known !== undefined) return (known === NONE ? undefined : known) as T;
    const value = compute(tok);
    while (facts.length < slot) facts.push(undefined);
    facts[slot] = value === undefined ? NONE : value;
    return value;
  };
}

const flagTests: Array<(tok: Token) => boolean> = [];
let flagsComputed = false;
/** The word whose flags are being computed: a test that reads another flag of it runs that
 * test itself. */
let computing: Token['word'] | undefined;

/** A yes/no word fact kept as a bit of `tok.flags` (at most 30; registered at module load). */
export function wordFlag(test: (tok: Token) => boolean): (tok: Token) => boolean {
  if (flagTests.length >= 30) throw new Error('word-facts: more than 30 word flags');
  // A flag registered after words got their flags would read false for them.
  if (flagsComputed) throw new Error('word-facts: word flags must be registered at module load');
  const bit = 1 << flagTests.length;
  flagTests.push(test);
  return (tok: Token): boolean => {
    let flags = tok.flags;
    if (flags < 0) {
      if (computing === tok.word) return test(tok);
      flags = flagsOf(tok);
    }
    return (flags & bit) !== 0;
  };
}

/** Every flag of the token's word (computed on its first token), copied onto the token. */
function flagsOf(tok: Token): number {
  const word = tok.word;
  let flags = word.flags;
  if (flags < 0) {
    flagsComputed = true;
    const outer = computing;
    computing = word;
    flags = 0;
    try {
      flagTests.forEach((test, i) => {
        if (test(tok)) flags |= 1 << i;
      });
    } finally {
      computing = outer;
    }
    word.flags = flags;
  }
  tok.flags = flags;
  return flags;
}
