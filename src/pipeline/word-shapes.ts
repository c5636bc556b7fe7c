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
    const s = shapeOf(word);
    if (this.lengths[s] === 0) this.used.push(s);
    this.lengths[s]! |= lengthBit(word.length);
  }

  /** Could `norm`, or a reading of it up to `shorter` letters shorter, be a wanted word? */
  mayHold(norm: string, shorter: number): boolean {
    const lengths = this.lengths[shapeOf(norm)] ?? 0;
    if (lengths === 0) return false;
    const n = norm.length;
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

function shapeOf(word: string): number {
  const n = word.length;
  return (word.charCodeAt(n - 1) & 63) | ((n > 1 ? word.charCodeAt(n - 2) & 63 : 0) << 6);
}

/** A bit for a word's length (the longest share one). */
function lengthBit(length: number): number {
  return 1 << Math.min(length, 30);
}
