/**
 * Candidate indexes (token-index.ts): the positions a stage visits are exactly the tokens whose
 * word has the flag, in order, for the article asked about (not the one indexed before).
 */
import { describe, expect, it, vi } from 'vitest';

describe('token index', () => {
  it('lists the tokens whose word has an indexed flag, for each article', async () => {
    vi.resetModules();
    const { indexedWordFlag, positionsWith } = await import('../../../src/pipeline/token-index.ts');
    const { wordFlag } = await import('../../../src/pipeline/word-facts.ts');
    const { tokenize } = await import('../../../src/pipeline/tokenize.ts');
    // Fresh modules: enough plain flags first that the indexed ones fall in all three fields.
    const plain = Array.from({ length: 29 }, () => wordFlag(() => false));
    const isLong = indexedWordFlag((tok) => tok.isWord && tok.norm.length >= 4); // bit 29
    plain.push(...Array.from({ length: 15 }, () => wordFlag(() => false)));
    const isDigit = indexedWordFlag((tok) => /^[0-9]+$/.test(tok.text)); // bit 45
    plain.push(...Array.from({ length: 14 }, () => wordFlag(() => false)));
    const isComma = indexedWordFlag((tok) => tok.text === '،'); // bit 60
    const expected = (tokens: ReturnType<typeof tokenize>, flag: typeof isLong) =>
      tokens.flatMap((tok, t) => (flag(tok) ? [t] : []));
    const first = tokenize('قال الوزير، في بيان 12 صدر اليوم، إن المحادثات مستمرة 3');
    const second = tokenize('وأضاف، 7 كلمات فقط');
    for (const tokens of [first, second, first])
      for (const flag of [isLong, isComma, isDigit])
        expect(positionsWith(tokens, flag)).toEqual(expected(tokens, flag));
    expect(positionsWith(first, isComma)).toEqual([2, 8]);
    expect(() => positionsWith(first, plain[0]!)).toThrow();
    expect(() => indexedWordFlag(() => true)).toThrow();
  });

  it('finds the first listed position at or after a token, forward or a step back', async () => {
    const { PositionCursor } = await import('../../../src/pipeline/token-index.ts');
    const cursor = new PositionCursor([3, 7, 8, 20]);
    const asked = [0, 3, 4, 8, 8, 9, 5, 21, 2, 20].map((t) => cursor.firstFrom(t));
    const none = new PositionCursor([]).firstFrom(0);
    expect(asked.slice(0, 7)).toEqual([3, 3, 7, 8, 8, 20, 7]);
    expect(asked[7]).toBeGreaterThan(1e6);
    expect(asked.slice(8)).toEqual([3, 20]);
    expect(none).toBeGreaterThan(1e6);
  });
});
