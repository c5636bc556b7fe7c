/**
 * Candidate indexes: where an article's tokens of a few kinds of word stand. A stage that acts
 * only at such words (a source phrase's first word, a landform, a facility's noun) visited every
 * token to ask each one, and 99% or more were not one: each question read the token, often its
 * word (far from the token in memory) and the lexicon's sets. Now the flags marked here are
 * asked of every token once, in one pass made the first time a stage wants any of them, and each
 * stage visits only the positions of its own words.
 */
import type { Token } from './tokenize.ts';
import { flagsOf, lastFlagBit, wordFlag } from './word-facts.ts';

type Flag = (tok: Token) => boolean;

const indexed: Flag[] = [];
/** Each indexed flag's bit and the word's field that holds it (word-facts.ts). */
const fields: number[] = [];
const bits: number[] = [];
/** All indexed bits of each field together: most tokens have none, and are passed at once. */
const any = [0, 0, 0];
/** The token array indexed last (one article at a time) and the positions found in it. */
let indexedTokens: readonly Token[] | undefined;
let positions: number[][] = [];

/** A word flag (word-facts.ts) whose tokens' positions are indexed; registered at module load. */
export function indexedWordFlag(test: Flag): Flag {
  if (indexedTokens)
    throw new Error('token-index: indexed flags must be registered at module load');
  const flag = wordFlag(test);
  const { field, bit } = lastFlagBit();
  indexed.push(flag);
  fields.push(field);
  bits.push(bit);
  any[field] = (any[field] as number) | bit;
  return flag;
}

/** The positions of the tokens whose word has `flag` (an indexed flag), ascending. */
export function positionsWith(tokens: readonly Token[], flag: Flag): readonly number[] {
  if (indexedTokens !== tokens) index(tokens);
  const k = indexed.indexOf(flag);
  if (k < 0) throw new Error('token-index: not an indexed word flag');
  return positions[k] ?? [];
}

function index(tokens: readonly Token[]): void {
  const lists = indexed.map((): number[] => []);
  const n = indexed.length;
  const [any1, any2, any3] = any as [number, number, number];
  for (let t = 0; t < tokens.length; t++) {
    const tok = tokens[t] as Token;
    // The flags as copied onto the token: its word, far from it in memory, is not read.
    if (tok.flags < 0) flagsOf(tok);
    if (((tok.flags & any1) | (tok.flags2 & any2) | (tok.flags3 & any3)) === 0) continue;
    for (let k = 0; k < n; k++) {
      const field = fields[k];
      const value = field === 0 ? tok.flags : field === 1 ? tok.flags2 : tok.flags3;
      if ((value & (bits[k] as number)) !== 0) lists[k]?.push(t);
    }
  }
  indexedTokens = tokens;
  positions = lists;
}

/** Larger than any token position (and a small integer, as positions are). */
const PAST_ALL = 0x3fffffff;

/**
 * A list of positions read along a scan that visits every token anyway (for other rules) but
 * asks one rule only near the listed words: `firstFrom(t)` is the first position at or after
 * `t`, found by moving from where the last question left off (the scan moves forward; a step
 * back is allowed).
 */
export class PositionCursor {
  private next = 0;

  constructor(private readonly positions: readonly number[]) {}

  firstFrom(t: number): number {
    const list = this.positions;
    let i = this.next;
    while (i > 0 && (list[i - 1] as number) >= t) i--;
    while (i < list.length && (list[i] as number) < t) i++;
    this.next = i;
    return i < list.length ? (list[i] as number) : PAST_ALL;
  }
}
