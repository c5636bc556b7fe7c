/**
 * Per-word facts: what a stage asks of a word that depends on its letters only (its text and
 * normalized form, and the lexicons), never on where it stands. Computed once per distinct word
 * (tokenize.ts shares one `Word` among all its tokens, across articles) and then read from the
 * word's slot, so a stage's scan over every token does no string look-ups for words met before.
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
