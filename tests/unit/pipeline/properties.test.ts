/**
 * Property tests: whatever the input — random strings, random Arabic, the seed mangled (quotes
 * removed, paragraphs repeated, invisible marks, HTML) — extraction never throws, every offset
 * slices back to its surface, and work grows linearly with the input.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractArticle, type ExtractionResult } from '../../../src/pipeline/index.ts';
import { tokenize } from '../../../src/pipeline/tokenize.ts';

const seed = readFileSync(new URL('../../../data/seed.txt', import.meta.url), 'utf8');

function checkOffsets(text: string, r: ExtractionResult): void {
  for (const e of r.entities)
    for (const m of e.mentions) {
      expect(m.start).toBeGreaterThanOrEqual(0);
      expect(m.end).toBeLessThanOrEqual(text.length);
      expect(text.slice(m.start, m.end)).toBe(m.text);
    }
  for (const s of r.statements) expect(text.slice(s.start, s.end)).toBe(s.text);
  for (const x of r.relations)
    if (x.evidence) expect(text.slice(x.evidence.start, x.evidence.end)).toBe(x.evidence.text);
}

const arabicChar = fc.constantFrom(
  ...'ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآىةًٌٍَُِّْـ،.:؛؟“”"«»″ \n-–'.split(''),
);
const arabicText = fc.array(arabicChar, { maxLength: 400 }).map((a) => a.join(''));
const noise = [
  '\u200f',
  '\u200b',
  '\u200e',
  '\u202b',
  '\ufeff',
  '<p>',
  '</p>',
  '<b>',
  '&nbsp;',
  '“',
  '”',
  '″',
  '"',
  '\n\n',
];

const mangledSeed = fc
  .record({
    dropQuotes: fc.boolean(),
    repeat: fc.integer({ min: 1, max: 3 }),
    inserts: fc.array(fc.tuple(fc.nat(seed.length), fc.constantFrom(...noise)), { maxLength: 40 }),
  })
  .map(({ dropQuotes, repeat, inserts }) => {
    let t = dropQuotes ? seed.replace(/[“”″"«»]/g, '') : seed;
    const paras = t.split('\n');
    t = paras.flatMap((p, i) => (i % 3 === 0 ? Array(repeat).fill(p) : [p])).join('\n');
    for (const [at, s] of [...inserts].sort((a, b) => b[0] - a[0]))
      t = t.slice(0, at % (t.length + 1)) + s + t.slice(at % (t.length + 1));
    return t;
  });

describe('extraction is total and keeps offsets exact', () => {
  it.each([
    ['random strings', fc.string({ maxLength: 300 })],
    ['random unicode', fc.string({ unit: 'binary', maxLength: 200 })],
    ['random Arabic', arabicText],
    ['a mangled seed', mangledSeed],
  ] as const)('%s', (_t, arb) => {
    fc.assert(
      fc.property(arb, (text: string) => {
        const r = extractArticle({ id: 'p', text });
        checkOffsets(text, r);
      }),
      { numRuns: 60 },
    );
  });
});

describe('work grows linearly with input', () => {
  it('tokens per character stay constant from 1× to 50× the seed', () => {
    const small = tokenize(seed).length / seed.length;
    const big = seed.repeat(50);
    expect(tokenize(big).length / big.length).toBeCloseTo(small, 3);
  });

  // Time is not asserted here: linear.test.ts proves linear growth by counting work on every
  // adversarial shape (tests/fixtures/adversarial.ts), and `npm run bench -- adversarial` times it.
});
