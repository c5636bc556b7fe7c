/**
 * A quick no for scans that look for a few words (or their clitic readings) among every token:
 * a word's shape is its last two letters (code units modulo 64), and a reading of a word —
 * itself, or the word less its clitics, ال restored after لل (clitics.ts) — ends with the
 * word's last two letters or is the word itself. The filter keeps the lengths of the wanted
 * words by shape, so most tokens are passed over without reading their readings; a false yes
 * only costs the full test.
 */
export class ShapeFilter {
  /** Lengths (one bit each, the longest sharing one) by shape; zero when cleared. */
  private readonly lengths = new Int32Array(4096);
  private readonly used: number[] = [];

  add(word: string): void {
    const s = wordShape(word) & LETTERS;
    if (this.lengths[s] === 0) this.used.push(s);
    this.lengths[s]! |= lengthBit(word.length);
  }

  /** Could the word of this shape (a token's `shape`: wordShape of its normalized form), or a
   * reading of it up to `shorter` letters shorter, be a wanted word? */
  mayHold(shape: number, shorter: number): boolean {
    const lengths = this.lengths[shape & LETTERS] ?? 0;
    if (lengths === 0) return false;
    const n = shape >>> 12;
    let wanted = lengthBit(n);
    for (let k = 1; k <= shorter; k++) wanted |= lengthBit(Math.max(n - k, 0));
    return (lengths & wanted) !== 0;
  }

  /** Forget every word (the table is kept for the next article). */
  clear(): void {
    for (const s of this.used) this.lengths[s] = 0;
    this.used.length = 0;
  }
}

/** The last two letters' bits of a shape. */
const LETTERS = 4095;

/** A word's shape: its last two code units (modulo 64 each) and its length (up to 63; longer
 * words measure 63, and every length from 30 on shares one bit). Computed once per distinct
 * word (tokenize.ts keeps it on the word and its tokens), so a scan reads it without the word's
 * characters. */
export function wordShape(word: string): number {
  const n = word.length;
  const last = n > 0 ? word.charCodeAt(n - 1) & 63 : 0;
  const before = n > 1 ? word.charCodeAt(n - 2) & 63 : 0;
  return last | (before << 6) | (Math.min(n, 63) << 12);
}

/** A bit for a word's length (the longest share one). */
function lengthBit(length: number): number {
  return 1 << Math.min(length, 30);
}
