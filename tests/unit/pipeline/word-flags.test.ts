/**
 * Word flags past the sixtieth: each is a bit of the word's third field, answered right for
 * every word (the stages use about sixty already; the next ones must not throw or read false).
 */
import { describe, expect, it, vi } from 'vitest';

describe('word flags', () => {
  it('answers flags in all three fields, each for the words it is true of', async () => {
    vi.resetModules();
    const facts = await import('../../../src/pipeline/word-facts.ts');
    const { tokenize } = await import('../../../src/pipeline/tokenize.ts');
    // Fresh modules: these flags are the only ones, registered before any word is read.
    const byLength = Array.from({ length: 75 }, (_, i) =>
      facts.wordFlag((tok) => tok.isWord && tok.norm.length === (i % 8) + 1),
    );
    const words = tokenize('أ بب ججج دddd هههههه').filter((t) => t.isWord);
    for (const [i, flag] of byLength.entries())
      for (const tok of words) expect(flag(tok)).toBe(tok.norm.length === (i % 8) + 1);
    expect(() => Array.from({ length: 20 }, () => facts.wordFlag(() => true))).toThrow();
  });
});
