import { describe, expect, it } from 'vitest';
import { normalizeArabic, normalizeForMatch } from '../../../src/pipeline/normalize.ts';
import { stems } from '../../../src/pipeline/clitics.ts';
import { originalOffset, tokenAt, tokenize } from '../../../src/pipeline/tokenize.ts';

describe('normalizeArabic folds spelling variants for matching', () => {
  it.each([
    ['diacritics are dropped', 'مُؤتمَرٌ', 'مؤتمر'],
    ['tatweel is dropped', 'بـــوتين', 'بوتين'],
    ['hamza alifs fold to alif', 'أإآ', 'ااا'],
    ['alif maqsura becomes ya', 'على', 'علي'],
    ['ta marbuta becomes ha', 'قمة', 'قمه'],
    ['zero-width and bidi marks vanish', 'ترا\u200fمب\u200b', 'ترامب'],
    ['whitespace collapses', '  دونالد \n ترامب ', 'دونالد ترامب'],
    ['Persian kaf and yeh are Arabic ones', 'الکویتیة', 'الكويتيه'],
    ['Persian and Urdu hehs are Arabic heh', 'ھذه ۀ ە', 'هذه ه ه'],
  ])('%s', (_title, input, expected) => {
    expect(normalizeArabic(input)).toBe(expected);
  });

  it('normalizeForMatch turns punctuation into spaces', () => {
    expect(normalizeForMatch('إلمندورف – ريتشاردسون')).toBe(
      normalizeForMatch('إلمندورف-ريتشاردسون'),
    );
  });
});

describe('clitic readings of a word', () => {
  it.each([
    ['و + name', 'وبوتين', 'بوتين'],
    ['ل + name', 'لبوتين', 'بوتين'],
    ['ب + name', 'بترامب', 'ترامب'],
    ['و + ب + name', 'وبترامب', 'ترامب'],
    ['لل gives back ال', 'للبيت', 'البيت'],
  ])('%s', (_t, word, stem) => {
    expect(stems(word).map((s) => s.stem)).toContain(stem);
  });
});

describe('tokens keep original offsets', () => {
  it('a word with diacritics maps normalized positions back', () => {
    const text = 'قال لِبوتين';
    const [, tok] = tokenize(text);
    expect(tok?.norm).toBe('لبوتين');
    expect(text.slice(originalOffset(tok!, 1), tok!.end)).toBe('بوتين');
  });

  it('punctuation and quotes are their own tokens', () => {
    expect(tokenize('قال: “نعم”.').map((t) => t.text)).toEqual(['قال', ':', '“', 'نعم', '”', '.']);
  });

  it('tokenAt reads a token, and nothing past either end (as an index out of bounds did)', () => {
    const tokens = tokenize('قال الوزير');
    expect(tokenAt(tokens, 1)?.text).toBe('الوزير');
    expect(tokenAt(tokens, -1)).toBeUndefined();
    expect(tokenAt(tokens, 2)).toBeUndefined();
  });
});
